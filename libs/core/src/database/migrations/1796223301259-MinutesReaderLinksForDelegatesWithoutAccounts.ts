import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The circulation mail's private link to a draft (read and suggest corrections without an
 * account); a correction made through one has no author account, only the link.
 */
export class MinutesReaderLinksForDelegatesWithoutAccounts1796223301259 implements MigrationInterface {
  name = 'MinutesReaderLinksForDelegatesWithoutAccounts1796223301259';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "minutes_reader_links" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "minutes_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "email" text NOT NULL,
                "name" text NOT NULL,
                "person_id" uuid,
                "registration_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_minutes_reader_links" PRIMARY KEY ("id"),
                CONSTRAINT "FK_minutes_reader_links_minutes" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE
            )
        `);
    await queryRunner.query(`CREATE UNIQUE INDEX "minutes_reader_links_token" ON "minutes_reader_links" ("token_hash")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "minutes_reader_links_recipient" ON "minutes_reader_links" ("minutes_id", "email")`);
    await queryRunner.query(`ALTER TABLE "minutes_comments" ALTER COLUMN "author_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "minutes_comments" ADD "reader_link_id" uuid`);
    await queryRunner.query(`
            ALTER TABLE "minutes_comments"
            ADD CONSTRAINT "FK_minutes_comments_reader_link" FOREIGN KEY ("reader_link_id") REFERENCES "minutes_reader_links"("id") ON DELETE SET NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes_comments" DROP CONSTRAINT "FK_minutes_comments_reader_link"`);
    await queryRunner.query(`ALTER TABLE "minutes_comments" DROP COLUMN "reader_link_id"`);
    await queryRunner.query(`DELETE FROM "minutes_comments" WHERE "author_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "minutes_comments" ALTER COLUMN "author_id" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "minutes_reader_links"`);
  }
}
