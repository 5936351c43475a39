import { MigrationInterface, QueryRunner } from 'typeorm';

/** Requests for access from people of member organisations without an account (one open per address). */
export class AccessRequests1796290000000 implements MigrationInterface {
  name = 'AccessRequests1796290000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."access_request_status" AS ENUM('pending', 'approved', 'declined')`);
    await queryRunner.query(`
      CREATE TABLE "access_requests" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" text NOT NULL,
        "name" text NOT NULL,
        "job_title" text,
        "organisation_id" uuid NOT NULL,
        "reason" text,
        "event_path" text,
        "language" text NOT NULL DEFAULT 'en',
        "status" "public"."access_request_status" NOT NULL DEFAULT 'pending',
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "decided_by" uuid,
        "decline_note" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_f89e51c15e3dbea13aa248fe128" PRIMARY KEY ("id"),
        CONSTRAINT "FK_971eb884d9d7d8e21b804e341a9" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX "access_requests_one_pending_per_email" ON "access_requests" ("email") WHERE status = 'pending'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "access_requests"`);
    await queryRunner.query(`DROP TYPE "public"."access_request_status"`);
  }
}
