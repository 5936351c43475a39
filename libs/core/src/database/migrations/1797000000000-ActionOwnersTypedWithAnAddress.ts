import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An action's owner typed with an address is marked, so that the minute-takers see only what
 * they typed, never whose address it is (the person stays linked for their mail and My actions).
 * Earlier actions are left as they were: which of them were typed was not recorded.
 */
export class ActionOwnersTypedWithAnAddress1797000000000 implements MigrationInterface {
  name = 'ActionOwnersTypedWithAnAddress1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes_actions" ADD "owner_typed" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes_actions" DROP COLUMN "owner_typed"`);
  }
}
