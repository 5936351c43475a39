import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Minutes keep the language they are written in (Welsh or English, the drafter's by default,
 * changeable in the editor): their exports head each part in it, or in both for a bilingual
 * event (issue 18.5).
 */
export class MinutesKeepTheirLanguage1796410000000 implements MigrationInterface {
  name = 'MinutesKeepTheirLanguage1796410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes" ADD "language" character varying(2) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "minutes_language_check" CHECK ("language" IN ('cy', 'en'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "minutes_language_check"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP COLUMN "language"`);
  }
}
