import { Person } from '@convene/identity';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';
import { makePublishedEvent } from '../support/events';

export interface Member {
  person: Person;
  token: string;
}

export interface Committee {
  eventId: string;
  sessionId: string;
  organiserToken: string;
  chairToken: string;
  chairEmail: string;
  series: string;
}

/** A published committee meeting of a fresh series, with one agenda item chaired by a fresh chair. */
export async function makeCommittee(api: RunningApi): Promise<Committee> {
  const series = unique('executive-oversight-committee');
  const event = await makePublishedEvent(api, { title: unique('Executive Oversight Committee'), kind: 'committee_meeting', series, visibility: 'public' });
  const session = await request(api.url)
    .post(`/api/v1/events/${event.id}/sessions`)
    .set(bearer(event.organiserToken))
    .send({ title: '4. Work programme 2027', kind: 'other', startsAt: '2027-02-11T10:00:00Z', endsAt: '2027-02-11T11:00:00Z', room: 'Committee Room 1', liveQa: true })
    .expect(201);
  await request(api.url).post(`/api/v1/events/${event.id}/agenda/publish`).set(bearer(event.organiserToken)).expect((response) => {
    if (response.status >= 300) throw new Error(`agenda publish: ${response.status}`);
  });
  const chair = await makePerson(api, { name: 'Cllr Chair' });
  await api.app.get(DataSource).query(`INSERT INTO session_speakers (session_id, person_id, role, status) VALUES ($1, $2, 'chair', 'confirmed')`, [session.body.id, chair.id]);
  return { eventId: event.id, sessionId: session.body.id, organiserToken: event.organiserToken, chairToken: await tokenFor(api, chair), chairEmail: chair.email!, series };
}

export async function makeMember(api: RunningApi, committee: Committee, name: string, voting = true): Promise<Member> {
  const person = await makePerson(api, { name });
  await request(api.url).put(`/api/v1/events/${committee.eventId}/voting/members/${person.id}`).set(bearer(committee.organiserToken)).send({ voting }).expect(200);
  return { person, token: await tokenFor(api, person) };
}

/** Checked in at the door (a walk-in with their address: the organiser's scene-setting). */
export async function checkIn(api: RunningApi, committee: Committee, person: Person): Promise<void> {
  await request(api.url)
    .post(`/api/v1/events/${committee.eventId}/walk-ins`)
    .set(bearer(committee.organiserToken))
    .send({ name: person.name, email: person.email, overCapacity: true })
    .expect((response) => {
      if (response.status >= 300) throw new Error(`walk-in: ${response.status} ${JSON.stringify(response.body)}`);
    });
}

export async function makeMotion(api: RunningApi, committee: Committee, fields: Record<string, unknown> = {}): Promise<{ id: string }> {
  const motion = await request(api.url)
    .post(`/api/v1/sessions/${committee.sessionId}/motions`)
    .set(bearer(committee.chairToken))
    .send({ text: 'that the network adopts the 2027 work programme', majority: 'simple', ballot: 'named', ...fields })
    .expect(201);
  return { id: motion.body.id };
}

export const ballot = (api: RunningApi, motionId: string, member: { token: string }, body: Record<string, unknown>) =>
  request(api.url).post(`/api/v1/motions/${motionId}/ballots`).set(bearer(member.token)).send(body);
