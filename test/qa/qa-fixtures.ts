import { mintIdentity } from '@convene/live';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';
import { makePublishedEvent } from '../support/events';

export interface QaSession {
  eventId: string;
  sessionId: string;
  organiserToken: string;
  /** An API token of the session's chair. */
  chairToken: string;
  chairEmail: string;
}

/** A published event with one plenary that has live Q&A, and a confirmed chair. */
export async function makeQaSession(api: RunningApi, eventFields: Record<string, unknown> = {}, qa: Record<string, unknown> = {}): Promise<QaSession> {
  const event = await makePublishedEvent(api, eventFields);
  const session = await request(api.url)
    .post(`/api/v1/events/${event.id}/sessions`)
    .set(bearer(event.organiserToken))
    .send({ title: 'Plenary: Question & Comments', kind: 'plenary', startsAt: '2027-02-11T10:00:00Z', endsAt: '2027-02-11T11:00:00Z', room: 'Main Hall', liveQa: true })
    .expect(201);
  await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).set(bearer(event.organiserToken)).expect((response) => {
    if (response.status >= 300) throw new Error(`agenda publish: ${response.status} ${JSON.stringify(response.body)}`);
  });
  const chair = await makePerson(api, { name: 'Cllr Chair' });
  await api.app
    .get(DataSource)
    .query(`INSERT INTO session_speakers (session_id, person_id, role, status) VALUES ($1, $2, 'chair', 'confirmed')`, [session.body.id, chair.id]);
  const chairToken = await tokenFor(api, chair);
  if (Object.keys(qa).length) {
    await request(api.url).patch(`/api/v1/sessions/${session.body.id}/qa`).set(bearer(chairToken)).send(qa).expect(200);
  }
  return { eventId: event.id, sessionId: session.body.id, organiserToken: event.organiserToken, chairToken, chairEmail: chair.email! };
}

/**
 * A fresh anonymous participant: the header a browser would send. Minted with the API's secret,
 * as POST /live/identity does, but uncounted: tests need more than one address's share.
 */
export async function anonymous(api: RunningApi): Promise<Record<string, string>> {
  return { 'X-Live-Identity': mintIdentity(api.config.sessionSecret).token };
}

export const askBody = (body: string, extra: Record<string, unknown> = {}) => ({ body, askerName: 'Ada Delegate', askerOrganisation: 'Oldham Council', ...extra });
