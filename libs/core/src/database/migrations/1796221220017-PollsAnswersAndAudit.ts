import { MigrationInterface, QueryRunner } from 'typeorm';

/** Live polls of a session, one answer per participant (the primary key), and their audit trail. */
export class PollsAnswersAndAudit1796221220017 implements MigrationInterface {
  name = 'PollsAnswersAndAudit1796221220017';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "poll_kind" AS ENUM ('single', 'multiple', 'rating', 'text')`);
    await queryRunner.query(`CREATE TYPE "poll_status" AS ENUM ('draft', 'open', 'closed')`);
    await queryRunner.query(`
      CREATE TABLE "polls" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "question" text NOT NULL,
        "kind" "poll_kind" NOT NULL,
        "options" jsonb NOT NULL DEFAULT '[]',
        "max_choices" integer,
        "status" "poll_status" NOT NULL DEFAULT 'draft',
        "results_shown" boolean NOT NULL DEFAULT false,
        "requires_sign_in" boolean NOT NULL DEFAULT false,
        "created_by" uuid,
        "opened_at" TIMESTAMP WITH TIME ZONE,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_polls" PRIMARY KEY ("id"),
        CONSTRAINT "FK_polls_session" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "polls_session" ON "polls" ("session_id", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "poll_answers" (
        "poll_id" uuid NOT NULL,
        "participant_key" text NOT NULL,
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "person_id" uuid,
        "choices" integer[] NOT NULL DEFAULT '{}',
        "text" text,
        "hidden" boolean NOT NULL DEFAULT false,
        "filtered" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_poll_answers" PRIMARY KEY ("poll_id", "participant_key"),
        CONSTRAINT "FK_poll_answers_poll" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "poll_answers_id" ON "poll_answers" ("id")`);
    await queryRunner.query(`
      CREATE TABLE "poll_actions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "poll_id" uuid,
        "actor_person_id" uuid,
        "action" text NOT NULL,
        "detail" jsonb,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_poll_actions" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "poll_actions_session" ON "poll_actions" ("session_id", "at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "poll_actions"`);
    await queryRunner.query(`DROP TABLE "poll_answers"`);
    await queryRunner.query(`DROP TABLE "polls"`);
    await queryRunner.query(`DROP TYPE "poll_status"`);
    await queryRunner.query(`DROP TYPE "poll_kind"`);
  }
}
