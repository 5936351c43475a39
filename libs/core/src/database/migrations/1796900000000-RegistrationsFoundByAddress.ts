import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's registrations are found by their address (GET /me/registrations, the private
 * calendar feed): the only index holding it led with the event, so each read scanned the table.
 */
export class RegistrationsFoundByAddress1796900000000 implements MigrationInterface {
  name = 'RegistrationsFoundByAddress1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "registrations_email" ON "registrations" ("email")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "registrations_email"`);
  }
}
