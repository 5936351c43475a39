import { Person } from '@convene/identity';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makeOrganisation, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';
import { MadeEvent, makePublishedEvent } from '../support/events';

export interface LiveblogSession {
  event: MadeEvent;
  sessionId: string;
  chair: Person;
  chairToken: string;
  speaker: Person;
}

/** A published event with a plenary that has a liveblog, a confirmed chair and a confirmed speaker. */
export async function makeLiveblogSession(api: RunningApi, eventFields: Record<string, unknown> = {}, sessionFields: Record<string, unknown> = {}): Promise<LiveblogSession> {
  const event = await makePublishedEvent(api, eventFields);
  const session = await request(api.url)
    .post(`/api/v1/events/${event.id}/sessions`)
    .set(bearer(event.organiserToken))
    .send({ title: unique('Opening plenary'), kind: 'plenary', startsAt: '2027-02-11T10:00:00Z', endsAt: '2027-02-11T11:00:00Z', liveblog: true, ...sessionFields })
    .expect(201);
  const organisation = await makeOrganisation(api, { name: unique('Oldham Council') });
  const chair = await makePerson(api, { name: 'Cllr Sean Fielding' });
  const speaker = await makePerson(api, { name: 'Cllr Lib Peck', organisationId: organisation.id });
  // The invitation flow is tested elsewhere: here they have already accepted.
  await api.app.get(DataSource).query(
    `INSERT INTO session_speakers (session_id, person_id, role, status) VALUES ($1, $2, 'chair', 'confirmed'), ($1, $3, 'speaker', 'confirmed')`,
    [session.body.id, chair.id, speaker.id],
  );
  return { event, sessionId: session.body.id, chair, chairToken: await tokenFor(api, chair), speaker };
}

export const liveblogPath = (sessionId: string) => `/api/v1/sessions/${sessionId}/liveblog`;

/** Posts an update as the given token; returns the entry. */
export async function postUpdate(api: RunningApi, token: string, sessionId: string, body: string): Promise<{ id: string; html: string }> {
  const response = await request(api.url).post(liveblogPath(sessionId)).set(bearer(token)).send({ kind: 'update', body }).expect(201);
  return response.body;
}
