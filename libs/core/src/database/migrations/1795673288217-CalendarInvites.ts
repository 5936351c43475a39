import { MigrationInterface, QueryRunner } from "typeorm";

export class CalendarInvites1795673288217 implements MigrationInterface {
    name = 'CalendarInvites1795673288217'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "calendar_feeds" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "calendar_feeds_email" ON "calendar_feeds" ("email")
        `);
        await queryRunner.query(`
            CREATE TABLE "calendar_items" (
                "uid" text NOT NULL,
                "event_id" uuid NOT NULL,
                "session_id" uuid,
                "sequence" integer NOT NULL DEFAULT '0',
                "fingerprint" text NOT NULL,
                "snapshot" jsonb NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d0a89c3130aa946816db615f0ad" PRIMARY KEY ("uid")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "calendar_items_event" ON "calendar_items" ("event_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "calendar_sync_requests" (
                "event_id" uuid NOT NULL,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "synced_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_31b1ba42557e1b4c6657e12232f" PRIMARY KEY ("event_id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "calendar_sync_requests"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."calendar_items_event"
        `);
        await queryRunner.query(`
            DROP TABLE "calendar_items"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."calendar_feeds_email"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."calendar_feeds_token_hash_key"
        `);
        await queryRunner.query(`
            DROP TABLE "calendar_feeds"
        `);
    }

}
