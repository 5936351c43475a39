import request from 'supertest';
import { bearer, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { NetworkRole } from '@convene/identity';
import { DataSource } from 'typeorm';
import { RunningApi } from './api';

export interface MadeEvent {
  id: string;
  slug: string;
  /** An API token of one of its organisers. */
  organiserToken: string;
  workshopIds: string[];
}

const day = (offsetDays: number, hour: number) => {
  const date = new Date(Date.UTC(2027, 1, 11, hour, 0, 0));
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString();
};

/**
 * A published event made through the API by a fresh organiser, with optional workshops. Each
 * workshop runs 13:00–14:00 unless it says when it starts (`startHour`, an hour long): workshops
 * at the same time are alternatives, so a delegate can book only one of them.
 */
export async function makePublishedEvent(
  api: RunningApi,
  fields: Record<string, unknown> = {},
  workshops: Array<{ title: string; capacity: number | null; startHour?: number }> = [],
): Promise<MadeEvent> {
  const organiser = await makePerson(api, { name: 'Forum Organiser', roles: [NetworkRole.Organiser] });
  const organiserToken = await tokenFor(api, organiser);
  const created = await request(api.url)
    .post('/api/v1/events')
    .set(bearer(organiserToken))
    .send({ title: unique('Network Forum'), kind: 'network_forum', startsAt: day(0, 10), endsAt: day(0, 16), venueName: 'City Hall', ...fields })
    .expect(201);
  const id = created.body.id as string;
  const workshopIds: string[] = [];
  for (const [index, workshop] of workshops.entries()) {
    const session = await request(api.url)
      .post(`/api/v1/events/${id}/sessions`)
      .set(bearer(organiserToken))
      .send({
        title: workshop.title,
        kind: 'workshop',
        startsAt: day(0, workshop.startHour ?? 13),
        endsAt: day(0, (workshop.startHour ?? 13) + 1),
        room: `Workshop Room ${index + 1}`,
        capacity: workshop.capacity,
      })
      .expect(201);
    workshopIds.push(session.body.id);
  }
  await request(api.url).post(`/api/v1/events/${id}/publish`).set(bearer(organiserToken)).expect(200);
  return { id, slug: created.body.slug, organiserToken, workshopIds };
}

export function registrationBody(index: number, extra: Record<string, unknown> = {}) {
  return { name: `Delegate ${index}`, email: `${unique(`delegate-${index}`)}@example.org`, category: 'delegate', ...extra };
}

/** The registration form's POST, signed in with `token` if given; the test says what it expects of the answer. */
export function postRegistration(api: RunningApi, eventId: string, body: object, token?: string): request.Test {
  const call = request(api.url).post(`/api/v1/events/${eventId}/registrations`).send(body);
  return token ? call.set(bearer(token)) : call;
}

export interface Registered {
  id: string;
  email: string;
  status: string;
}

/** Delegate `index` (registrationBody with `extra`) registered: the answer, once it is a 201. */
export async function registerDelegate(api: RunningApi, eventId: string, index: number, extra: Record<string, unknown> = {}): Promise<Registered> {
  return (await postRegistration(api, eventId, registrationBody(index, extra)).expect(201)).body as Registered;
}

/**
 * Moves an event and its sessions back by whole years: a meeting held then (organisers cannot
 * create events in the past through the API, and the past list is what is being tested).
 */
export async function moveBackYears(api: RunningApi, eventId: string, years: number): Promise<void> {
  const db = api.app.get(DataSource);
  const back = `make_interval(years => $2)`;
  await db.query(
    `UPDATE events SET starts_at = starts_at - ${back}, ends_at = ends_at - ${back},
       registration_opens_at = registration_opens_at - ${back}, registration_closes_at = registration_closes_at - ${back} WHERE id = $1`,
    [eventId, years],
  );
  await db.query(`UPDATE agenda_sessions SET starts_at = starts_at - ${back}, ends_at = ends_at - ${back} WHERE event_id = $1`, [eventId, years]);
  // The published agenda is a snapshot of the sessions: its times move too.
  const moved = (field: string) =>
    `to_char(((s->>'${field}')::timestamptz - ${back}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  await db.query(
    `UPDATE agenda_publications SET sessions = (
       SELECT COALESCE(jsonb_agg(s || jsonb_build_object('startsAt', ${moved('startsAt')}, 'endsAt', ${moved('endsAt')}) ORDER BY n), '[]'::jsonb)
       FROM jsonb_array_elements(sessions) WITH ORDINALITY AS t(s, n))
     WHERE event_id = $1`,
    [eventId, years],
  );
}
