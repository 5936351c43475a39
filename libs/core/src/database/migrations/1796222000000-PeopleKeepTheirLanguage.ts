import { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's chosen language (Welsh or English): the interface, their mails and invites follow it. Null until chosen. */
export class PeopleKeepTheirLanguage1796222000000 implements MigrationInterface {
  name = 'PeopleKeepTheirLanguage1796222000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" ADD "language" character varying(2)`);
    await queryRunner.query(`ALTER TABLE "people" ADD CONSTRAINT "people_language_check" CHECK ("language" IN ('cy', 'en'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "people_language_check"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "language"`);
  }
}
