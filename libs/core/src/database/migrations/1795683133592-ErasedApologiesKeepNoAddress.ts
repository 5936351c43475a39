import { MigrationInterface, QueryRunner } from 'typeorm';

/** An apology outlives the erasure of whoever sent it (the minutes list it), without their address. */
export class ErasedApologiesKeepNoAddress1795683133592 implements MigrationInterface {
  name = 'ErasedApologiesKeepNoAddress1795683133592';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "apologies"
            ALTER COLUMN "email" DROP NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "apologies"
            ALTER COLUMN "email"
            SET NOT NULL
        `);
  }
}
