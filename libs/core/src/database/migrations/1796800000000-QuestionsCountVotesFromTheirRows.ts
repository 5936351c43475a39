import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A question's vote count is its qa_votes rows, counted when read: the stored vote_count made
 * every vote on a question update the one row, so votes queued on it (issue 17). The rows
 * already hold every vote, so nothing is lost; going back recounts the column from them.
 */
export class QuestionsCountVotesFromTheirRows1796800000000 implements MigrationInterface {
  name = 'QuestionsCountVotesFromTheirRows1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "qa_questions" DROP COLUMN "vote_count"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "qa_questions" ADD "vote_count" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`UPDATE "qa_questions" q SET "vote_count" = (SELECT count(*) FROM "qa_votes" v WHERE v."question_id" = q."id")`);
  }
}
