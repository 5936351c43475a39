import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An event's title, description and venue may carry a Welsh version beside the English (null
 * where none is given), and an event may be held in both languages (bilingual: Welsh first).
 */
export class EventsInWelshAndEnglish1796261100000 implements MigrationInterface {
  name = 'EventsInWelshAndEnglish1796261100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "events"
        ADD "title_cy" text,
        ADD "description_cy" text,
        ADD "venue_name_cy" text,
        ADD "venue_address_cy" text,
        ADD "bilingual" boolean NOT NULL DEFAULT false
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "events"
        DROP COLUMN "bilingual",
        DROP COLUMN "venue_address_cy",
        DROP COLUMN "venue_name_cy",
        DROP COLUMN "description_cy",
        DROP COLUMN "title_cy"
    `);
  }
}
