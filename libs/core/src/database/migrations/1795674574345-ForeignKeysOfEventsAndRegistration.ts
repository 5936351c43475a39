import { MigrationInterface, QueryRunner } from "typeorm";

export class ForeignKeysOfEventsAndRegistration1795674574345 implements MigrationInterface {
    name = 'ForeignKeysOfEventsAndRegistration1795674574345'

    // Rows of events and registration were only ever written by their services; these make the
    // database hold them together too. ON DELETE: what is part of an event (its agenda, organisers,
    // publications, invitations) goes with it; an event people registered for or sent apologies to
    // cannot be deleted (it is cancelled instead: the minutes need who came); a removed session
    // takes its speakers, but its workshop choices stay (the calendar tells those seats it is cancelled); a registration takes its workshop choices; people
    // and organisations are erased in place, so links to them only go null if a row is ever deleted.
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "events"
            ADD CONSTRAINT "FK_584e0a0162c2603db3f1dda0062" FOREIGN KEY ("host_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_organisers"
            ADD CONSTRAINT "FK_a5a521bf106d97f8ac8dfc08f07" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_organisers"
            ADD CONSTRAINT "FK_f5a4d9f0e209d0fd7af98a1eacd" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_sessions"
            ADD CONSTRAINT "FK_11a4bfa7fefae9e4d2074d147da" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_publications"
            ADD CONSTRAINT "FK_cd75221eedabb19aea9fd0e1324" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_publications"
            ADD CONSTRAINT "FK_85d0646ce060785c0a63c772581" FOREIGN KEY ("published_by") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "session_speakers"
            ADD CONSTRAINT "FK_0b34864cef1c5f92554d6b52b28" FOREIGN KEY ("session_id") REFERENCES "agenda_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "session_speakers"
            ADD CONSTRAINT "FK_2ccc0c17425bd82956dcbdc0f6c" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "apologies"
            ADD CONSTRAINT "FK_0ac0514d66586b65d0117f46171" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "apologies"
            ADD CONSTRAINT "FK_e87f26b0fa98f9025fa3f2c0df4" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD CONSTRAINT "FK_c082d66f7080c743a96c1e91807" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD CONSTRAINT "FK_ad432b49cda6a69929604db8875" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD CONSTRAINT "FK_f2f19e84cbef6d9f7f7ca002e88" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "workshop_choices"
            ADD CONSTRAINT "FK_06b1980ad230df6296c6205c896" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "FK_d4dcb14581e4fafa601e15e3533" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "FK_d4dcb14581e4fafa601e15e3533"
        `);
        await queryRunner.query(`
            ALTER TABLE "workshop_choices" DROP CONSTRAINT "FK_06b1980ad230df6296c6205c896"
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations" DROP CONSTRAINT "FK_f2f19e84cbef6d9f7f7ca002e88"
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations" DROP CONSTRAINT "FK_ad432b49cda6a69929604db8875"
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations" DROP CONSTRAINT "FK_c082d66f7080c743a96c1e91807"
        `);
        await queryRunner.query(`
            ALTER TABLE "apologies" DROP CONSTRAINT "FK_e87f26b0fa98f9025fa3f2c0df4"
        `);
        await queryRunner.query(`
            ALTER TABLE "apologies" DROP CONSTRAINT "FK_0ac0514d66586b65d0117f46171"
        `);
        await queryRunner.query(`
            ALTER TABLE "session_speakers" DROP CONSTRAINT "FK_2ccc0c17425bd82956dcbdc0f6c"
        `);
        await queryRunner.query(`
            ALTER TABLE "session_speakers" DROP CONSTRAINT "FK_0b34864cef1c5f92554d6b52b28"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_publications" DROP CONSTRAINT "FK_85d0646ce060785c0a63c772581"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_publications" DROP CONSTRAINT "FK_cd75221eedabb19aea9fd0e1324"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_sessions" DROP CONSTRAINT "FK_11a4bfa7fefae9e4d2074d147da"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_organisers" DROP CONSTRAINT "FK_f5a4d9f0e209d0fd7af98a1eacd"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_organisers" DROP CONSTRAINT "FK_a5a521bf106d97f8ac8dfc08f07"
        `);
        await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "FK_584e0a0162c2603db3f1dda0062"
        `);
    }

}
