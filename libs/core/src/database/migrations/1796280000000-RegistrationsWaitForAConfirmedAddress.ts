import { MigrationInterface, QueryRunner } from 'typeorm';

/** register_place as this migration left it (a later migration's down restores it). */
export const REGISTER_PLACE_CONFIRMING_ADDRESSES_FIRST = `
      CREATE OR REPLACE FUNCTION register_place(p_event_id uuid, p_id uuid, p_fields jsonb, p_mail jsonb, p_check_in_code text, p_when text, p_member boolean)
      RETURNS jsonb LANGUAGE plpgsql AS $$
      DECLARE
        e events%ROWTYPE;
        v_email text := p_fields->>'email';
        v_org_key text := p_fields->>'organisationKey';
        v_confirmed int;
        v_waitlisted int;
        v_org int;
        v_status registration_status;
        v_kind text;
        v_position int;
        v_places int;
        v_id uuid;
        v_ids uuid[] := '{}';
        v_row registrations%ROWTYPE;
        v_percent int;
      BEGIN
        -- Committed without waiting for the disk, so the lock is not held across the flush; the
        -- caller waits for durability (one flush shared by concurrent callers) before answering.
        PERFORM set_config('synchronous_commit', 'off', true);
        SELECT * INTO e FROM events WHERE id = p_event_id FOR UPDATE;
        IF NOT FOUND THEN RETURN jsonb_build_object('outcome', 'no_event'); END IF;
        IF e.status = 'draft' THEN RETURN jsonb_build_object('outcome', 'draft'); END IF;
        IF e.status = 'cancelled' THEN RETURN jsonb_build_object('outcome', 'cancelled'); END IF;
        IF e.registration_opens_at IS NOT NULL AND now() < e.registration_opens_at THEN RETURN jsonb_build_object('outcome', 'not_open'); END IF;
        IF e.registration_closes_at IS NOT NULL AND now() > e.registration_closes_at THEN RETURN jsonb_build_object('outcome', 'closed'); END IF;
        IF now() > e.ends_at THEN RETURN jsonb_build_object('outcome', 'over'); END IF;
        -- p_member: the caller may register for a members-only event (checked by the service).
        -- An event that holds places for confirmed addresses only is decided by the service.
        IF e.visibility = 'invitation' OR e.confirm_address_first OR (e.visibility = 'members' AND NOT p_member)
           OR EXISTS (SELECT 1 FROM registrations WHERE event_id = p_event_id AND email = v_email) THEN
          RETURN jsonb_build_object('outcome', 'fallback');
        END IF;

        SELECT count(*) FILTER (WHERE status IN ('confirmed', 'offered') AND NOT reserved),
               count(*) FILTER (WHERE status = 'waitlisted'),
               count(*) FILTER (WHERE organisation_key = v_org_key AND status IN ('confirmed', 'pending', 'waitlisted', 'offered'))
          INTO v_confirmed, v_waitlisted, v_org
          FROM registrations WHERE event_id = p_event_id;
        IF e.per_organisation_limit IS NOT NULL AND v_org_key IS NOT NULL AND v_org >= e.per_organisation_limit THEN
          RETURN jsonb_build_object('outcome', 'organisation_limit', 'limit', e.per_organisation_limit);
        END IF;

        v_status := CASE WHEN e.requires_approval THEN 'pending'
                         WHEN e.capacity IS NULL OR v_confirmed < e.capacity - e.reserved_places THEN 'confirmed'
                         ELSE 'waitlisted' END;
        INSERT INTO registrations (id, event_id, person_id, email, name, organisation_id, organisation_name, organisation_key, job_title, category,
                                   dietary_needs, access_needs, show_on_attendee_list, manage_token_hash, check_in_code_hash, status, language)
        VALUES (p_id, p_event_id, (p_fields->>'personId')::uuid, v_email, p_fields->>'name', (p_fields->>'organisationId')::uuid,
                p_fields->>'organisationName', v_org_key, p_fields->>'jobTitle', (p_fields->>'category')::delegate_category,
                p_fields->>'dietaryNeeds', p_fields->>'accessNeeds', (p_fields->>'showOnAttendeeList')::boolean,
                p_fields->>'manageTokenHash', p_fields->>'checkInCodeHash', v_status, coalesce(p_fields->>'language', 'en'))
        RETURNING * INTO v_row;

        v_kind := CASE v_status WHEN 'confirmed' THEN 'registration-confirmed' WHEN 'pending' THEN 'registration-pending' ELSE 'registration-waitlisted' END;
        v_position := CASE WHEN v_status = 'waitlisted' THEN v_waitlisted + 1 END;
        INSERT INTO outbox_messages (kind, recipient, template_data, dedupe_key)
        VALUES (v_kind, v_email,
                p_mail || jsonb_build_object('position', v_position) || CASE WHEN v_status = 'confirmed' THEN jsonb_build_object('checkInCode', p_check_in_code) ELSE '{}'::jsonb END,
                v_kind || ':' || p_id || ':' || gen_random_uuid())
        RETURNING id INTO v_id;
        v_ids := v_ids || v_id;

        -- The organisers hear once at 80% and once at 100%: exactly one registration sees each count.
        IF v_status = 'confirmed' AND e.capacity IS NOT NULL THEN
          v_places := e.capacity - e.reserved_places;
          FOREACH v_percent IN ARRAY ARRAY[80, 100] LOOP
            IF v_confirmed + 1 = ceil(v_places * v_percent / 100.0) THEN
              WITH inserted AS (
                INSERT INTO outbox_messages (kind, recipient, template_data, dedupe_key)
                SELECT 'event-filling', p.email,
                       jsonb_build_object('name', p.name, 'eventTitle', e.title, 'when', p_when, 'venue', NULL, 'link', NULL,
                                          'percent', v_percent, 'confirmed', v_confirmed + 1, 'places', v_places),
                       'event-filling:' || e.id || ':' || v_percent || ':' || p.email
                  FROM event_organisers o JOIN people p ON p.id = o.person_id
                 WHERE o.event_id = e.id AND p.email IS NOT NULL
                ON CONFLICT (dedupe_key) DO NOTHING
                RETURNING id)
              SELECT v_ids || coalesce(array_agg(id), '{}') INTO v_ids FROM inserted;
            END IF;
          END LOOP;
        END IF;

        RETURN jsonb_build_object('outcome', 'registered', 'registration', to_jsonb(v_row), 'position', v_position, 'outboxIds', to_jsonb(v_ids));
      END;
      $$
    `;

/**
 * Events may hold places for confirmed addresses only (high demand): such a registration is
 * stored `unconfirmed` (no place, not in line) with a time to confirm by, and register_place
 * leaves those events to the service.
 */
export class RegistrationsWaitForAConfirmedAddress1796280000000 implements MigrationInterface {
  name = 'RegistrationsWaitForAConfirmedAddress1796280000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" ADD "confirm_address_first" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "events" ADD "confirmation_hours" integer NOT NULL DEFAULT '24'`);
    await queryRunner.query(`ALTER TABLE "registrations" ADD "confirm_by" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TYPE "public"."registration_status" ADD VALUE IF NOT EXISTS 'unconfirmed'`);
    await queryRunner.query(REGISTER_PLACE_CONFIRMING_ADDRESSES_FIRST);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION register_place(p_event_id uuid, p_id uuid, p_fields jsonb, p_mail jsonb, p_check_in_code text, p_when text, p_member boolean)
      RETURNS jsonb LANGUAGE plpgsql AS $$
      DECLARE
        e events%ROWTYPE;
        v_email text := p_fields->>'email';
        v_org_key text := p_fields->>'organisationKey';
        v_confirmed int;
        v_waitlisted int;
        v_org int;
        v_status registration_status;
        v_kind text;
        v_position int;
        v_places int;
        v_id uuid;
        v_ids uuid[] := '{}';
        v_row registrations%ROWTYPE;
        v_percent int;
      BEGIN
        -- Committed without waiting for the disk, so the lock is not held across the flush; the
        -- caller waits for durability (one flush shared by concurrent callers) before answering.
        PERFORM set_config('synchronous_commit', 'off', true);
        SELECT * INTO e FROM events WHERE id = p_event_id FOR UPDATE;
        IF NOT FOUND THEN RETURN jsonb_build_object('outcome', 'no_event'); END IF;
        IF e.status = 'draft' THEN RETURN jsonb_build_object('outcome', 'draft'); END IF;
        IF e.status = 'cancelled' THEN RETURN jsonb_build_object('outcome', 'cancelled'); END IF;
        IF e.registration_opens_at IS NOT NULL AND now() < e.registration_opens_at THEN RETURN jsonb_build_object('outcome', 'not_open'); END IF;
        IF e.registration_closes_at IS NOT NULL AND now() > e.registration_closes_at THEN RETURN jsonb_build_object('outcome', 'closed'); END IF;
        IF now() > e.ends_at THEN RETURN jsonb_build_object('outcome', 'over'); END IF;
        -- p_member: the caller may register for a members-only event (checked by the service).
        IF e.visibility = 'invitation' OR (e.visibility = 'members' AND NOT p_member) OR EXISTS (SELECT 1 FROM registrations WHERE event_id = p_event_id AND email = v_email) THEN
          RETURN jsonb_build_object('outcome', 'fallback');
        END IF;

        SELECT count(*) FILTER (WHERE status IN ('confirmed', 'offered') AND NOT reserved),
               count(*) FILTER (WHERE status = 'waitlisted'),
               count(*) FILTER (WHERE organisation_key = v_org_key AND status IN ('confirmed', 'pending', 'waitlisted', 'offered'))
          INTO v_confirmed, v_waitlisted, v_org
          FROM registrations WHERE event_id = p_event_id;
        IF e.per_organisation_limit IS NOT NULL AND v_org_key IS NOT NULL AND v_org >= e.per_organisation_limit THEN
          RETURN jsonb_build_object('outcome', 'organisation_limit', 'limit', e.per_organisation_limit);
        END IF;

        v_status := CASE WHEN e.requires_approval THEN 'pending'
                         WHEN e.capacity IS NULL OR v_confirmed < e.capacity - e.reserved_places THEN 'confirmed'
                         ELSE 'waitlisted' END;
        INSERT INTO registrations (id, event_id, person_id, email, name, organisation_id, organisation_name, organisation_key, job_title, category,
                                   dietary_needs, access_needs, show_on_attendee_list, manage_token_hash, check_in_code_hash, status, language)
        VALUES (p_id, p_event_id, (p_fields->>'personId')::uuid, v_email, p_fields->>'name', (p_fields->>'organisationId')::uuid,
                p_fields->>'organisationName', v_org_key, p_fields->>'jobTitle', (p_fields->>'category')::delegate_category,
                p_fields->>'dietaryNeeds', p_fields->>'accessNeeds', (p_fields->>'showOnAttendeeList')::boolean,
                p_fields->>'manageTokenHash', p_fields->>'checkInCodeHash', v_status, coalesce(p_fields->>'language', 'en'))
        RETURNING * INTO v_row;

        v_kind := CASE v_status WHEN 'confirmed' THEN 'registration-confirmed' WHEN 'pending' THEN 'registration-pending' ELSE 'registration-waitlisted' END;
        v_position := CASE WHEN v_status = 'waitlisted' THEN v_waitlisted + 1 END;
        INSERT INTO outbox_messages (kind, recipient, template_data, dedupe_key)
        VALUES (v_kind, v_email,
                p_mail || jsonb_build_object('position', v_position) || CASE WHEN v_status = 'confirmed' THEN jsonb_build_object('checkInCode', p_check_in_code) ELSE '{}'::jsonb END,
                v_kind || ':' || p_id || ':' || gen_random_uuid())
        RETURNING id INTO v_id;
        v_ids := v_ids || v_id;

        -- The organisers hear once at 80% and once at 100%: exactly one registration sees each count.
        IF v_status = 'confirmed' AND e.capacity IS NOT NULL THEN
          v_places := e.capacity - e.reserved_places;
          FOREACH v_percent IN ARRAY ARRAY[80, 100] LOOP
            IF v_confirmed + 1 = ceil(v_places * v_percent / 100.0) THEN
              WITH inserted AS (
                INSERT INTO outbox_messages (kind, recipient, template_data, dedupe_key)
                SELECT 'event-filling', p.email,
                       jsonb_build_object('name', p.name, 'eventTitle', e.title, 'when', p_when, 'venue', NULL, 'link', NULL,
                                          'percent', v_percent, 'confirmed', v_confirmed + 1, 'places', v_places),
                       'event-filling:' || e.id || ':' || v_percent || ':' || p.email
                  FROM event_organisers o JOIN people p ON p.id = o.person_id
                 WHERE o.event_id = e.id AND p.email IS NOT NULL
                ON CONFLICT (dedupe_key) DO NOTHING
                RETURNING id)
              SELECT v_ids || coalesce(array_agg(id), '{}') INTO v_ids FROM inserted;
            END IF;
          END LOOP;
        END IF;

        RETURN jsonb_build_object('outcome', 'registered', 'registration', to_jsonb(v_row), 'position', v_position, 'outboxIds', to_jsonb(v_ids));
      END;
      $$
    `);
    await queryRunner.query(`UPDATE "registrations" SET "status" = 'cancelled' WHERE "status" = 'unconfirmed'`);
    await queryRunner.query(`CREATE TYPE "public"."registration_status_old" AS ENUM('confirmed', 'waitlisted', 'pending', 'declined', 'cancelled', 'offered')`);
    await queryRunner.query(
      `ALTER TABLE "registrations" ALTER COLUMN "status" TYPE "public"."registration_status_old" USING "status"::"text"::"public"."registration_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."registration_status"`);
    await queryRunner.query(`ALTER TYPE "public"."registration_status_old" RENAME TO "registration_status"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "confirm_by"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "confirmation_hours"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "confirm_address_first"`);
  }
}
