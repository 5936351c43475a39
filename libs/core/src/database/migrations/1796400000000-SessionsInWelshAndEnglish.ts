import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session's title, description and room may carry a Welsh version beside the English, as an
 * event's do (null where none is given): a Welsh reader sees "Siambr y Cyngor", not "Council
 * Chamber", where the organisers gave it.
 */
export class SessionsInWelshAndEnglish1796400000000 implements MigrationInterface {
  name = 'SessionsInWelshAndEnglish1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "agenda_sessions"
        ADD "title_cy" text,
        ADD "description_cy" text,
        ADD "room_cy" text
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "agenda_sessions"
        DROP COLUMN "room_cy",
        DROP COLUMN "description_cy",
        DROP COLUMN "title_cy"
    `);
  }
}
