import { MigrationInterface, QueryRunner } from "typeorm";

export class OffersCheckInCodesWalkIns1795673118169 implements MigrationInterface {
    name = 'OffersCheckInCodesWalkIns1795673118169'

    // Offer mode on the waiting list, check-in codes and walk-ins (who may give no address).
    // The generator also dropped and re-created two unchanged indexes (a column-order quirk): removed.
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."waiting_list_mode" AS ENUM('promote', 'offer')
        `);
        await queryRunner.query(`
            ALTER TABLE "events"
            ADD "waiting_list_mode" "public"."waiting_list_mode" NOT NULL DEFAULT 'promote'
        `);
        await queryRunner.query(`
            ALTER TABLE "events"
            ADD "offer_hours" integer NOT NULL DEFAULT '48'
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD "walk_in" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD "check_in_code_hash" text
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD "offer_expires_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD "offer_token_hash" text
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ALTER COLUMN "email" DROP NOT NULL
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."registration_status"
            ADD VALUE 'offered'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "registrations_check_in_code" ON "registrations" ("check_in_code_hash")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."registrations_check_in_code"
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."registration_status_old" AS ENUM(
                'confirmed',
                'waitlisted',
                'pending',
                'declined',
                'cancelled'
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ALTER COLUMN "status" TYPE "public"."registration_status_old" USING "status"::"text"::"public"."registration_status_old"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."registration_status"
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."registration_status_old"
            RENAME TO "registration_status"
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ALTER COLUMN "email"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations" DROP COLUMN "offer_token_hash"
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations" DROP COLUMN "offer_expires_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations" DROP COLUMN "check_in_code_hash"
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations" DROP COLUMN "walk_in"
        `);
        await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "offer_hours"
        `);
        await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "waiting_list_mode"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."waiting_list_mode"
        `);
    }

}
