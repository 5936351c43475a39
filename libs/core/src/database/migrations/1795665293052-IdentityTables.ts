import { MigrationInterface, QueryRunner } from "typeorm";

export class IdentityTables1795665293052 implements MigrationInterface {
    name = 'IdentityTables1795665293052'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."organisation_kind" AS ENUM('council', 'other')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."membership" AS ENUM('full', 'affiliate', 'none')
        `);
        await queryRunner.query(`
            CREATE TABLE "organisations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "kind" "public"."organisation_kind" NOT NULL,
                "membership" "public"."membership" NOT NULL DEFAULT 'none',
                "region" text,
                "website" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_4a3dcb66f1630f551b81bca1b34" UNIQUE ("name"),
                CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "people" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text,
                "name" text NOT NULL,
                "job_title" text,
                "organisation_id" uuid,
                "phone" text,
                "pronouns" text,
                "accessibility_needs" text,
                "dietary_needs" text,
                "roles" text array NOT NULL DEFAULT '{}',
                "erased_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "people_email_key" ON "people" ("email")
        `);
        await queryRunner.query(`
            ALTER TABLE "people"
            ADD CONSTRAINT "FK_3958103badcd484388324981ef8" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "people" DROP CONSTRAINT "FK_3958103badcd484388324981ef8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."people_email_key"
        `);
        await queryRunner.query(`
            DROP TABLE "people"
        `);
        await queryRunner.query(`
            DROP TABLE "organisations"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."membership"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."organisation_kind"
        `);
    }

}
