import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Liveblog entries and Q&A questions keep the language they were written in (Welsh or English:
 * the writer's interface language unless they chose the other), so pages can mark text in the
 * other language with its lang and screen readers pronounce it. Earlier rows were English.
 */
export class EntriesAndQuestionsKeepTheirLanguage1796420000000 implements MigrationInterface {
  name = 'EntriesAndQuestionsKeepTheirLanguage1796420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "liveblog_entries" ADD "language" character varying(2) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "liveblog_entries" ADD CONSTRAINT "liveblog_entries_language_check" CHECK ("language" IN ('cy', 'en'))`);
    await queryRunner.query(`ALTER TABLE "qa_questions" ADD "language" character varying(2) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_language_check" CHECK ("language" IN ('cy', 'en'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "qa_questions" DROP CONSTRAINT "qa_questions_language_check"`);
    await queryRunner.query(`ALTER TABLE "qa_questions" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "liveblog_entries" DROP CONSTRAINT "liveblog_entries_language_check"`);
    await queryRunner.query(`ALTER TABLE "liveblog_entries" DROP COLUMN "language"`);
  }
}
