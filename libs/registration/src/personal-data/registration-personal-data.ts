import { Injectable } from '@nestjs/common';
import { ERASED_NAME, PersonalDataPart, PersonalDataSubject } from '@convene/identity';
import { EventRepository } from '@convene/events';
import { EntityManager } from 'typeorm';

/** Rows of a person ($1): by their id, or by their address ($2; a registration made before signing in). */
const mine = (alias = '') => `(${alias}person_id = $1 OR ($2::text IS NOT NULL AND ${alias}email = $2))`;

/**
 * Registrations, apologies and invitations in a person's export and erasure. An erased person's
 * registrations and apologies stay (the event's counts, Present and Apologies need them), named
 * "Former participant", without address, job title or needs, and keep pointing at the nameless
 * person row (so the minutes' part can still find their meetings). Invitations are only a way
 * in: they go.
 */
@Injectable()
export class RegistrationPersonalData implements PersonalDataPart {
  constructor(private readonly events: EventRepository) {}

  async names(manager: EntityManager, who: { personId: string; email: string | null }): Promise<string[]> {
    const rows: Array<{ name: string }> = await manager.query(
      `SELECT name FROM registrations WHERE ${mine()}
       UNION SELECT name FROM apologies WHERE ${mine()}
       UNION SELECT name FROM invitations WHERE $2::text IS NOT NULL AND email = $2 AND name IS NOT NULL`,
      [who.personId, who.email],
    );
    return rows.map((row) => row.name);
  }

  async export(manager: EntityManager, subject: PersonalDataSubject): Promise<object> {
    const parameters = [subject.personId, subject.email];
    const registrations: Array<{ eventId: string }> = await manager.query(
      `SELECT r.id, r.event_id AS "eventId", r.status, r.name, r.email, r.organisation_name AS "organisationName",
              r.job_title AS "jobTitle", r.category, r.dietary_needs AS "dietaryNeeds", r.access_needs AS "accessNeeds",
              r.show_on_attendee_list AS "showOnAttendeeList", r.walk_in AS "walkIn", r.checked_in_at AS "checkedInAt", r.created_at AS "createdAt",
              COALESCE((SELECT array_agg(w.session_id ORDER BY w.session_id) FROM workshop_choices w WHERE w.registration_id = r.id), '{}') AS "workshopSessionIds"
         FROM registrations r
        WHERE ${mine('r.')} ORDER BY r.created_at`,
      parameters,
    );
    const apologies: Array<{ eventId: string }> = await manager.query(
      `SELECT a.id, a.event_id AS "eventId", a.name, a.email, a.organisation_name AS "organisationName", a.created_at AS "createdAt"
         FROM apologies a
        WHERE ${mine('a.')} ORDER BY a.created_at`,
      parameters,
    );
    const invitations: Array<{ eventId: string }> = await manager.query(
      `SELECT i.id, i.event_id AS "eventId", i.name, i.email, i.expires_at AS "expiresAt", i.used_at AS "usedAt", i.created_at AS "createdAt"
         FROM invitations i
        WHERE $1::text IS NOT NULL AND i.email = $1 ORDER BY i.created_at`,
      [subject.email],
    );
    return {
      registrations: await this.events.withEventTitles(registrations, manager),
      apologies: await this.events.withEventTitles(apologies, manager),
      invitations: await this.events.withEventTitles(invitations, manager),
    };
  }

  async erase(tx: EntityManager, subject: PersonalDataSubject): Promise<void> {
    const parameters = [subject.personId, subject.email, ERASED_NAME];
    await tx.query(
      `UPDATE registrations SET person_id = COALESCE(person_id, $1), name = $3, email = NULL, job_title = NULL, dietary_needs = NULL, access_needs = NULL,
              show_on_attendee_list = false, updated_at = now()
        WHERE ${mine()}`,
      parameters,
    );
    await tx.query(`UPDATE apologies SET person_id = COALESCE(person_id, $1), name = $3, email = NULL WHERE ${mine()}`, parameters);
    if (subject.email) await tx.query(`DELETE FROM invitations WHERE email = $1`, [subject.email]);
  }
}
