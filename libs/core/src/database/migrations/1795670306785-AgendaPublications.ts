import { MigrationInterface, QueryRunner } from "typeorm";

export class AgendaPublications1795670306785 implements MigrationInterface {
    name = 'AgendaPublications1795670306785'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "agenda_publications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "sessions" jsonb NOT NULL,
                "changes" text array NOT NULL,
                "published_by" uuid,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ed5dfbdc06d7f09ac6bd49ce41a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "agenda_publications_event_version" ON "agenda_publications" ("event_id", "version")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."agenda_publications_event_version"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda_publications"
        `);
    }

}
