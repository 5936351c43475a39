import { MigrationInterface, QueryRunner } from 'typeorm';
import { REGISTER_PLACE_CONFIRMING_ADDRESSES_FIRST } from './1796280000000-RegistrationsWaitForAConfirmedAddress';

/**
 * One place decision, in RegistrationService (issue 17): register_place, the PL/pgSQL copy of
 * the common case, is dropped. Each event gets a narrow row of counters, event_places: its
 * public places (capacity less reserved), the places taken (confirmed or offered, not
 * reserved) and the length of its waiting list. Triggers keep them: the counters follow every
 * change of a registration's status by construction, whichever code makes it, and `places`
 * follows the event's capacity. Decisions lock this row, not the event's, and read counts
 * from it instead of counting the registrations (see docs/registration-capacity.md).
 *
 * Threshold notices ("80% full") that a higher one overtook before they were sent are kept
 * as `superseded`: their dedupe key still says they happened, so they are never recorded again.
 */
export class PlacesCountedPerEvent1796300000000 implements MigrationInterface {
  name = 'PlacesCountedPerEvent1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS register_place(uuid, uuid, jsonb, jsonb, text, text, boolean)`);
    await queryRunner.query(`
      CREATE TABLE "event_places" (
        "event_id" uuid PRIMARY KEY REFERENCES "events" ("id") ON DELETE CASCADE,
        "places" integer,
        "taken" integer NOT NULL DEFAULT 0,
        "waiting" integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`
      INSERT INTO "event_places" ("event_id", "places", "taken", "waiting")
      SELECT e.id, e.capacity - e.reserved_places,
             (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status IN ('confirmed', 'offered') AND NOT r.reserved),
             (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted')
        FROM events e`);
    await queryRunner.query(`
      CREATE FUNCTION event_places_follow_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO event_places (event_id, places) VALUES (NEW.id, NEW.capacity - NEW.reserved_places);
        ELSIF NEW.capacity IS DISTINCT FROM OLD.capacity OR NEW.reserved_places IS DISTINCT FROM OLD.reserved_places THEN
          UPDATE event_places SET places = NEW.capacity - NEW.reserved_places WHERE event_id = NEW.id;
        END IF;
        RETURN NULL;
      END;
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER event_places_follow_event AFTER INSERT OR UPDATE OF capacity, reserved_places ON events
      FOR EACH ROW EXECUTE FUNCTION event_places_follow_event()`);
    await queryRunner.query(`
      CREATE FUNCTION event_places_count_registration() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_taken int := 0;
        old_waiting int := 0;
        new_taken int := 0;
        new_waiting int := 0;
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          old_taken := CASE WHEN OLD.status IN ('confirmed', 'offered') AND NOT OLD.reserved THEN 1 ELSE 0 END;
          old_waiting := CASE WHEN OLD.status = 'waitlisted' THEN 1 ELSE 0 END;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          new_taken := CASE WHEN NEW.status IN ('confirmed', 'offered') AND NOT NEW.reserved THEN 1 ELSE 0 END;
          new_waiting := CASE WHEN NEW.status = 'waitlisted' THEN 1 ELSE 0 END;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.event_id = OLD.event_id THEN
          IF new_taken <> old_taken OR new_waiting <> old_waiting THEN
            UPDATE event_places SET taken = taken + new_taken - old_taken, waiting = waiting + new_waiting - old_waiting WHERE event_id = NEW.event_id;
          END IF;
          RETURN NULL;
        END IF;
        IF (old_taken + old_waiting) > 0 THEN
          UPDATE event_places SET taken = taken - old_taken, waiting = waiting - old_waiting WHERE event_id = OLD.event_id;
        END IF;
        IF (new_taken + new_waiting) > 0 THEN
          UPDATE event_places SET taken = taken + new_taken, waiting = waiting + new_waiting WHERE event_id = NEW.event_id;
        END IF;
        RETURN NULL;
      END;
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER event_places_count_registration AFTER INSERT OR DELETE OR UPDATE OF status, reserved, event_id ON registrations
      FOR EACH ROW EXECUTE FUNCTION event_places_count_registration()`);
    await queryRunner.query(`ALTER TYPE "public"."outbox_status" ADD VALUE IF NOT EXISTS 'superseded'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "outbox_messages" SET "status" = 'sent' WHERE "status" = 'superseded'`);
    await queryRunner.query(`CREATE TYPE "public"."outbox_status_old" AS ENUM('pending', 'sent', 'failed')`);
    await queryRunner.query(`DROP INDEX "public"."outbox_messages_unqueued"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "status" TYPE "public"."outbox_status_old" USING "status"::"text"::"public"."outbox_status_old"`);
    await queryRunner.query(`DROP TYPE "public"."outbox_status"`);
    await queryRunner.query(`ALTER TYPE "public"."outbox_status_old" RENAME TO "outbox_status"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "status" SET DEFAULT 'pending'`);
    await queryRunner.query(`CREATE INDEX "outbox_messages_unqueued" ON "outbox_messages" ("created_at") WHERE "status" = 'pending'`);
    await queryRunner.query(`DROP TRIGGER event_places_count_registration ON registrations`);
    await queryRunner.query(`DROP FUNCTION event_places_count_registration()`);
    await queryRunner.query(`DROP TRIGGER event_places_follow_event ON events`);
    await queryRunner.query(`DROP FUNCTION event_places_follow_event()`);
    await queryRunner.query(`DROP TABLE "event_places"`);
    await queryRunner.query(REGISTER_PLACE_CONFIRMING_ADDRESSES_FIRST);
  }
}
