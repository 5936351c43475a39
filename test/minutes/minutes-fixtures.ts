import { NetworkRole, Person } from '@convene/identity';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeOrganisation, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';

export interface Meeting {
  id: string;
  slug: string;
  organiser: Person;
  organiserToken: string;
  chair: Person;
  chairToken: string;
  /** Session ids in agenda order: welcome, statements, lunch (a break), Q&A plenary. */
  sessions: string[];
  chairOrganisation: string;
  speakerOrganisation: string;
}

const at = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2027, 5, day, hour, minute)).toISOString();

/**
 * A published committee meeting through the API: four sessions (one a break), a confirmed
 * chair and speaker (the confirmation written directly, as the speaker's acceptance would).
 */
export async function makeMeeting(api: RunningApi, options: { day: number; series?: string; title?: string; visibility?: string }): Promise<Meeting> {
  const organiser = await makePerson(api, { name: 'Anne Nunn', roles: [NetworkRole.Organiser] });
  const organiserToken = await tokenFor(api, organiser);
  const lambeth = await makeOrganisation(api, { name: unique('Lambeth Council') });
  const chair = await makePerson(api, { name: 'Councillor Steve Reed', organisationId: lambeth.id });
  const chairToken = await tokenFor(api, chair);
  const sel = await makeOrganisation(api, { name: unique('Social Enterprise London') });
  const speaker = await makePerson(api, { name: 'Allison Ogden Newton', organisationId: sel.id });
  const created = await request(api.url)
    .post('/api/v1/events')
    .set(bearer(organiserToken))
    .send({
      title: options.title ?? unique('Citizens Commission'),
      kind: 'citizens_commission',
      startsAt: at(options.day, 9),
      endsAt: at(options.day, 12),
      venueName: 'Lambeth Town Hall',
      venueAddress: 'Brixton Hill, London',
      series: options.series,
      visibility: options.visibility ?? 'public',
    })
    .expect(201);
  const id = created.body.id as string;
  const session = async (title: string, kind: string, from: [number, number], to: [number, number]) =>
    (
      await request(api.url)
        .post(`/api/v1/events/${id}/sessions`)
        .set(bearer(organiserToken))
        .send({ title, kind, startsAt: at(options.day, ...from), endsAt: at(options.day, ...to) })
        .expect(201)
    ).body.id as string;
  const sessions = [
    await session('Welcome and introductions', 'plenary', [9, 0], [9, 30]),
    await session('Delegate initial statements', 'panel', [9, 30], [10, 30]),
    await session('Lunch', 'break', [10, 30], [11, 0]),
    await session('Question & Comments', 'plenary', [11, 0], [12, 0]),
  ];
  const db = api.app.get(DataSource);
  await db.query(`INSERT INTO session_speakers (session_id, person_id, role, status) VALUES ($1, $2, 'chair', 'confirmed'), ($3, $4, 'speaker', 'confirmed'), ($3, $2, 'chair', 'confirmed')`, [
    sessions[0],
    chair.id,
    sessions[1],
    speaker.id,
  ]);
  await request(api.url).post(`/api/v1/events/${id}/publish`).set(bearer(organiserToken)).expect(200);
  return { id, slug: created.body.slug, organiser, organiserToken, chair, chairToken, sessions, chairOrganisation: lambeth.name, speakerOrganisation: sel.name };
}

/** Registers someone (through the public route) and, if asked, checks them in as an organiser would. */
export async function attend(
  api: RunningApi,
  meeting: Meeting,
  who: { name: string; email?: string; organisationName?: string; jobTitle?: string; category: string; checkIn: boolean },
): Promise<string> {
  const email = who.email ?? `${unique(who.name.toLowerCase().replace(/[^a-z]+/g, '-'))}@example.org`;
  const registered = await request(api.url)
    .post(`/api/v1/events/${meeting.id}/registrations`)
    .send({ name: who.name, email, organisationName: who.organisationName, jobTitle: who.jobTitle, category: who.category })
    .expect(201);
  if (who.checkIn) await request(api.url).post(`/api/v1/registrations/${registered.body.id}/check-in`).set(bearer(meeting.organiserToken)).expect(200);
  return email;
}

export async function sendApologies(api: RunningApi, meeting: Meeting, who: { name: string; email?: string; organisationName?: string }): Promise<string> {
  const email = who.email ?? `${unique(who.name.toLowerCase().replace(/[^a-z]+/g, '-'))}@example.org`;
  await request(api.url).post(`/api/v1/events/${meeting.id}/apologies`).send({ name: who.name, email, organisationName: who.organisationName }).expect(202);
  return email;
}

/** An answered question, as Q&A records it. */
export async function answered(api: RunningApi, sessionId: string, question: { body: string; name?: string; organisation?: string; anonymous?: boolean; answeredAt: string; status?: string }) {
  await api.app
    .get(DataSource)
    .query(`INSERT INTO qa_questions (session_id, body, asker_name, asker_organisation, anonymous, status, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      sessionId,
      question.body,
      question.name ?? null,
      question.organisation ?? null,
      question.anonymous ?? false,
      question.status ?? 'answered',
      question.answeredAt,
    ]);
}

export function draftMinutes(api: RunningApi, meeting: Meeting, token = meeting.organiserToken, body: Record<string, unknown> = {}) {
  return request(api.url).post(`/api/v1/events/${meeting.id}/minutes`).set(bearer(token)).send(body);
}
