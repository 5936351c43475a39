import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A mail that met a temporary failure waits for its next try in its row (`retry_at`), not in
 * the queue's retry count: it keeps being tried, further apart, for days, as a mail server would.
 */
export class OutboxRetrySchedule1796270000000 implements MigrationInterface {
  name = 'OutboxRetrySchedule1796270000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "retry_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "retry_at"`);
  }
}
