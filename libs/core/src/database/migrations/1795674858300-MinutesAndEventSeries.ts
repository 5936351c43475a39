import { MigrationInterface, QueryRunner } from "typeorm";

export class MinutesAndEventSeries1795674858300 implements MigrationInterface {
    name = 'MinutesAndEventSeries1795674858300'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."action_status" AS ENUM('open', 'done')
        `);
        await queryRunner.query(`
            CREATE TABLE "minutes_actions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "minutes_id" uuid NOT NULL,
                "item_key" text,
                "description" text NOT NULL,
                "owner_person_id" uuid,
                "owner_organisation_id" uuid,
                "owner_name" text,
                "due_date" date,
                "status" "public"."action_status" NOT NULL DEFAULT 'open',
                "done_note" text,
                "done_at" TIMESTAMP WITH TIME ZONE,
                "done_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c44abbd010c6b69a0e9cfc75023" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "minutes_actions_owner_person" ON "minutes_actions" ("owner_person_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "minutes_actions_minutes" ON "minutes_actions" ("minutes_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."minutes_status" AS ENUM('draft', 'approved', 'published')
        `);
        await queryRunner.query(`
            CREATE TABLE "minutes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "session_id" uuid,
                "status" "public"."minutes_status" NOT NULL DEFAULT 'draft',
                "version" integer NOT NULL DEFAULT '1',
                "content" jsonb NOT NULL,
                "created_by" uuid NOT NULL,
                "circulated_at" TIMESTAMP WITH TIME ZONE,
                "approved_by" uuid,
                "approved_at" TIMESTAMP WITH TIME ZONE,
                "published_by" uuid,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6430e69788e26236b493d6fcc7e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "minutes_event" ON "minutes" ("event_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "minutes_revisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "minutes_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "content" jsonb NOT NULL,
                "saved_by" uuid,
                "reason" text NOT NULL,
                "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_52acb3b63c997951fc869981fc7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "minutes_revisions_version_key" ON "minutes_revisions" ("minutes_id", "version")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."minutes_comment_status" AS ENUM('pending', 'accepted', 'declined')
        `);
        await queryRunner.query(`
            CREATE TABLE "minutes_comments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "minutes_id" uuid NOT NULL,
                "item_key" text NOT NULL,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                "replacement" text,
                "status" "public"."minutes_comment_status" NOT NULL DEFAULT 'pending',
                "decided_by" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d9590dcf365c8be7b751c0e7a6e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "minutes_comments_minutes" ON "minutes_comments" ("minutes_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "events"
            ADD "series" text
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "series"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."minutes_comments_minutes"
        `);
        await queryRunner.query(`
            DROP TABLE "minutes_comments"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."minutes_comment_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."minutes_revisions_version_key"
        `);
        await queryRunner.query(`
            DROP TABLE "minutes_revisions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."minutes_event"
        `);
        await queryRunner.query(`
            DROP TABLE "minutes"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."minutes_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."minutes_actions_minutes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."minutes_actions_owner_person"
        `);
        await queryRunner.query(`
            DROP TABLE "minutes_actions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."action_status"
        `);
    }

}
