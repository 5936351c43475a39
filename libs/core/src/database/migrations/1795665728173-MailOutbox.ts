import { MigrationInterface, QueryRunner } from "typeorm";

export class MailOutbox1795665728173 implements MigrationInterface {
    name = 'MailOutbox1795665728173'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed')
        `);
        await queryRunner.query(`
            CREATE TABLE "outbox_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" text NOT NULL,
                "recipient" text NOT NULL,
                "template_data" jsonb NOT NULL DEFAULT '{}',
                "dedupe_key" text NOT NULL,
                "status" "public"."outbox_status" NOT NULL DEFAULT 'pending',
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "queued_at" TIMESTAMP WITH TIME ZONE,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "message_id" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "outbox_messages_dedupe_key" ON "outbox_messages" ("dedupe_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "outbox_messages_unqueued" ON "outbox_messages" ("created_at")
            WHERE "status" = 'pending'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."outbox_messages_unqueued"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."outbox_messages_dedupe_key"
        `);
        await queryRunner.query(`
            DROP TABLE "outbox_messages"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."outbox_status"
        `);
    }

}
