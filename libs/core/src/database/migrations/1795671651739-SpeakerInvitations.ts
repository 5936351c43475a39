import { MigrationInterface, QueryRunner } from "typeorm";

export class SpeakerInvitations1795671651739 implements MigrationInterface {
    name = 'SpeakerInvitations1795671651739'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "session_speakers"
            ADD "invite_token_hash" text
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "session_speakers_invite_token" ON "session_speakers" ("invite_token_hash")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."session_speakers_invite_token"
        `);
        await queryRunner.query(`
            ALTER TABLE "session_speakers" DROP COLUMN "invite_token_hash"
        `);
    }

}
