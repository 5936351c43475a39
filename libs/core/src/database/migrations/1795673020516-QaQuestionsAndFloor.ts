import { MigrationInterface, QueryRunner } from "typeorm";

export class QaQuestionsAndFloor1795673020516 implements MigrationInterface {
    name = 'QaQuestionsAndFloor1795673020516'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."qa_floor_request_status" AS ENUM('waiting', 'speaking', 'spoke', 'withdrawn')
        `);
        await queryRunner.query(`
            CREATE TABLE "qa_floor_requests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "name" text NOT NULL,
                "organisation" text,
                "topic" text,
                "requester_key" text NOT NULL DEFAULT '',
                "status" "public"."qa_floor_request_status" NOT NULL DEFAULT 'waiting',
                "position" integer NOT NULL DEFAULT '0',
                "spoke_at" TIMESTAMP WITH TIME ZONE,
                "duration_seconds" integer,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b07af627f8e3ddf8f4951b79514" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "qa_floor_requests_one_waiting" ON "qa_floor_requests" ("session_id", "requester_key")
            WHERE status IN ('waiting', 'speaking') AND requester_key <> ''
        `);
        await queryRunner.query(`
            CREATE INDEX "qa_floor_requests_session" ON "qa_floor_requests" ("session_id", "status", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "qa_moderation_actions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "question_id" uuid,
                "actor_person_id" uuid,
                "action" text NOT NULL,
                "detail" jsonb,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9beba0fea57db6b38cfccc593a2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "qa_moderation_actions_session" ON "qa_moderation_actions" ("session_id", "at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."qa_question_status" AS ENUM(
                'pending',
                'approved',
                'answering',
                'answered',
                'hidden',
                'merged'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "qa_questions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "body" text NOT NULL,
                "original_body" text,
                "asker_name" text,
                "asker_organisation" text,
                "anonymous" boolean NOT NULL DEFAULT false,
                "asker_key" text NOT NULL DEFAULT '',
                "asker_person_id" uuid,
                "status" "public"."qa_question_status" NOT NULL,
                "hidden_reason" text,
                "filtered" boolean NOT NULL DEFAULT false,
                "merged_into_id" uuid,
                "vote_count" integer NOT NULL DEFAULT '0',
                "answering_at" TIMESTAMP WITH TIME ZONE,
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c9296edfe55d68b00bf87f5c587" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "qa_questions_session_status" ON "qa_questions" ("session_id", "status")
        `);
        await queryRunner.query(`
            CREATE TABLE "qa_votes" (
                "question_id" uuid NOT NULL,
                "voter_key" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6bbf93c2f9922f9c8f1da3d5292" PRIMARY KEY ("question_id", "voter_key")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."qa_moderation" AS ENUM('pre', 'post')
        `);
        await queryRunner.query(`
            CREATE TABLE "qa_settings" (
                "session_id" uuid NOT NULL,
                "moderation" "public"."qa_moderation" NOT NULL DEFAULT 'post',
                "open" boolean NOT NULL DEFAULT true,
                "anonymous_allowed" boolean NOT NULL DEFAULT true,
                "word_filter" boolean NOT NULL DEFAULT false,
                "speaker_seconds" integer NOT NULL DEFAULT '120',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3f62ee77b47483460772cac31c9" PRIMARY KEY ("session_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "qa_floor_requests"
            ADD CONSTRAINT "FK_fe76c77eb6f8919151c851313ca" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "qa_questions"
            ADD CONSTRAINT "FK_24c621cc026e26a56c5ab31ab8c" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "qa_votes"
            ADD CONSTRAINT "FK_2f8225305da97f538cff18d7fdb" FOREIGN KEY ("question_id") REFERENCES "qa_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "qa_settings"
            ADD CONSTRAINT "FK_3f62ee77b47483460772cac31c9" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "qa_settings" DROP CONSTRAINT "FK_3f62ee77b47483460772cac31c9"
        `);
        await queryRunner.query(`
            ALTER TABLE "qa_votes" DROP CONSTRAINT "FK_2f8225305da97f538cff18d7fdb"
        `);
        await queryRunner.query(`
            ALTER TABLE "qa_questions" DROP CONSTRAINT "FK_24c621cc026e26a56c5ab31ab8c"
        `);
        await queryRunner.query(`
            ALTER TABLE "qa_floor_requests" DROP CONSTRAINT "FK_fe76c77eb6f8919151c851313ca"
        `);
        await queryRunner.query(`
            DROP TABLE "qa_settings"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."qa_moderation"
        `);
        await queryRunner.query(`
            DROP TABLE "qa_votes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."qa_questions_session_status"
        `);
        await queryRunner.query(`
            DROP TABLE "qa_questions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."qa_question_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."qa_moderation_actions_session"
        `);
        await queryRunner.query(`
            DROP TABLE "qa_moderation_actions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."qa_floor_requests_session"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."qa_floor_requests_one_waiting"
        `);
        await queryRunner.query(`
            DROP TABLE "qa_floor_requests"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."qa_floor_request_status"
        `);
    }

}
