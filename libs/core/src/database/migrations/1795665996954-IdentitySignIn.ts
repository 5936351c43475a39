import { MigrationInterface, QueryRunner } from "typeorm";

export class IdentitySignIn1795665996954 implements MigrationInterface {
    name = 'IdentitySignIn1795665996954'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "api_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "name" text NOT NULL,
                "secret_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "api_tokens_person" ON "api_tokens" ("person_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "api_tokens_secret_hash_key" ON "api_tokens" ("secret_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "secret_hash" text NOT NULL,
                "person_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "sessions_secret_hash_key" ON "sessions" ("secret_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "sessions_person" ON "sessions" ("person_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "sign_in_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "link_hash" text NOT NULL,
                "code_hash" text NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_32dc38a124eb12791e7726a4492" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "sign_in_tokens_link_hash_key" ON "sign_in_tokens" ("link_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "sign_in_tokens_person" ON "sign_in_tokens" ("person_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "rate_limit_counters" (
                "bucket" text NOT NULL,
                "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "hits" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_1d945ced931693101cb40178ac2" PRIMARY KEY ("bucket", "window_start")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "rate_limit_counters_window" ON "rate_limit_counters" ("window_start")
        `);
        await queryRunner.query(`
            ALTER TABLE "api_tokens"
            ADD CONSTRAINT "FK_e805e6bd18e894e005f72e4fa55" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "FK_c3942eab830cae599a763e11557" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sign_in_tokens"
            ADD CONSTRAINT "FK_e61b6591b571c68444fc6d72c51" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sign_in_tokens" DROP CONSTRAINT "FK_e61b6591b571c68444fc6d72c51"
        `);
        await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "FK_c3942eab830cae599a763e11557"
        `);
        await queryRunner.query(`
            ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_e805e6bd18e894e005f72e4fa55"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."rate_limit_counters_window"
        `);
        await queryRunner.query(`
            DROP TABLE "rate_limit_counters"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."sign_in_tokens_person"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."sign_in_tokens_link_hash_key"
        `);
        await queryRunner.query(`
            DROP TABLE "sign_in_tokens"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."sessions_person"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."sessions_secret_hash_key"
        `);
        await queryRunner.query(`
            DROP TABLE "sessions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."api_tokens_secret_hash_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."api_tokens_person"
        `);
        await queryRunner.query(`
            DROP TABLE "api_tokens"
        `);
    }

}
