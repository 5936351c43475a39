import { MigrationInterface, QueryRunner } from "typeorm";

export class LiveStreams1795673093807 implements MigrationInterface {
    name = 'LiveStreams1795673093807'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "live_streams" (
                "session_id" uuid NOT NULL,
                "stream" text NOT NULL,
                "last_seq" integer NOT NULL,
                CONSTRAINT "PK_0d662cbbfb37f9be553010cc7ef" PRIMARY KEY ("session_id", "stream")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "live_changes" (
                "session_id" uuid NOT NULL,
                "stream" text NOT NULL,
                "seq" integer NOT NULL,
                "type" text NOT NULL,
                "data" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_33850fbcfe1147ed7d8bee12bf2" PRIMARY KEY ("session_id", "stream", "seq")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "live_streams"
            ADD CONSTRAINT "FK_d9f4a70ecb3ec45705a3b932dc0" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "live_changes"
            ADD CONSTRAINT "FK_2866c48550ed2cb7b52f48d3a3a" FOREIGN KEY ("session_id", "stream") REFERENCES "live_streams"("session_id", "stream") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "live_changes" DROP CONSTRAINT "FK_2866c48550ed2cb7b52f48d3a3a"
        `);
        await queryRunner.query(`
            ALTER TABLE "live_streams" DROP CONSTRAINT "FK_d9f4a70ecb3ec45705a3b932dc0"
        `);
        await queryRunner.query(`
            DROP TABLE "live_changes"
        `);
        await queryRunner.query(`
            DROP TABLE "live_streams"
        `);
    }

}
