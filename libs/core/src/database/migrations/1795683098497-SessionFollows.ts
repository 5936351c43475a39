import { MigrationInterface, QueryRunner } from "typeorm";

export class SessionFollows1795683098497 implements MigrationInterface {
    name = 'SessionFollows1795683098497'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "session_follows" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "person_id" uuid,
                "email" text,
                "confirmed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "session_follows_one_follower" CHECK ((person_id IS NULL) <> (email IS NULL)),
                CONSTRAINT "PK_42aafa3322e0619c0f9f168e243" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "session_follows_event" ON "session_follows" ("event_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "session_follows_email" ON "session_follows" ("session_id", "email")
            WHERE email IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "session_follows_person" ON "session_follows" ("session_id", "person_id")
            WHERE person_id IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "session_follows"
            ADD CONSTRAINT "FK_9990908cacd7ae04622f14691ac" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "session_follows"
            ADD CONSTRAINT "FK_9c87f685049083902e591846a99" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "session_follows"
            ADD CONSTRAINT "FK_d8fe694528a8552c2d336fc3c4d" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "session_follows" DROP CONSTRAINT "FK_d8fe694528a8552c2d336fc3c4d"
        `);
        await queryRunner.query(`
            ALTER TABLE "session_follows" DROP CONSTRAINT "FK_9c87f685049083902e591846a99"
        `);
        await queryRunner.query(`
            ALTER TABLE "session_follows" DROP CONSTRAINT "FK_9990908cacd7ae04622f14691ac"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."session_follows_person"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."session_follows_email"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."session_follows_event"
        `);
        await queryRunner.query(`
            DROP TABLE "session_follows"
        `);
    }

}
