import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who may vote and ask in a session's Q&A (anyone, signed-in people, or whoever has the room's code), and that code. */
export class QaSettingsTakePartAndRoomCode1796260000001 implements MigrationInterface {
  name = 'QaSettingsTakePartAndRoomCode1796260000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "qa_take_part" AS ENUM ('anyone', 'signed-in', 'room-code')`);
    await queryRunner.query(`ALTER TABLE "qa_settings" ADD "take_part" "qa_take_part" NOT NULL DEFAULT 'anyone'`);
    await queryRunner.query(`ALTER TABLE "qa_settings" ADD "room_code" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "qa_settings" DROP COLUMN "room_code"`);
    await queryRunner.query(`ALTER TABLE "qa_settings" DROP COLUMN "take_part"`);
    await queryRunner.query(`DROP TYPE "qa_take_part"`);
  }
}
