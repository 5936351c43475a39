import { MigrationInterface, QueryRunner } from "typeorm";

export class LiveblogEntriesAndEditors1795673080502 implements MigrationInterface {
    name = 'LiveblogEntriesAndEditors1795673080502'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."liveblog_entry_kind" AS ENUM('update', 'quote', 'key_moment', 'image')
        `);
        await queryRunner.query(`
            CREATE TABLE "liveblog_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "kind" "public"."liveblog_entry_kind" NOT NULL,
                "body" text NOT NULL DEFAULT '',
                "body_html" text NOT NULL DEFAULT '',
                "quote_person_id" uuid,
                "quote_name" text,
                "quote_organisation" text,
                "image_url" text,
                "image_alt" text,
                "pinned" boolean NOT NULL DEFAULT false,
                "author_id" uuid,
                "client_id" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP WITH TIME ZONE,
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_105bd9c5c0ce3295fc140f962e0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "liveblog_entries_one_pinned" ON "liveblog_entries" ("session_id")
            WHERE pinned
                AND deleted_at IS NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "liveblog_entries_idempotency" ON "liveblog_entries" ("session_id", "author_id", "client_id")
            WHERE client_id IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "liveblog_entries_session_published" ON "liveblog_entries" ("session_id", "published_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "liveblog_editors" (
                "session_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "added_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_185391bd35a8d4749f965878f7e" PRIMARY KEY ("session_id", "person_id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "liveblog_editors"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."liveblog_entries_session_published"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."liveblog_entries_idempotency"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."liveblog_entries_one_pinned"
        `);
        await queryRunner.query(`
            DROP TABLE "liveblog_entries"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."liveblog_entry_kind"
        `);
    }

}
