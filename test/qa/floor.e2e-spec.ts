import request from 'supertest';
import { testConfig } from '@convene/testing';
import { DataSource } from 'typeorm';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { anonymous, makeQaSession } from './qa-fixtures';

describe('Floor requests', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
  });

  afterAll(async () => {
    await api?.close();
  });

  const askFloor = (sessionId: string, who: Record<string, string>, body: object) => request(api.url).post(`/api/v1/sessions/${sessionId}/floor`).set(who).send(body);

  it('queues delegates in order, calls the next with a countdown, and records who spoke in order', async () => {
    const qa = await makeQaSession(api, {}, { speakerSeconds: 90 });
    const chair = bearer(qa.chairToken);
    const [ann, ben, cat] = await Promise.all([anonymous(api), anonymous(api), anonymous(api)]);
    const a = await askFloor(qa.sessionId, ann, { name: 'Ann', organisation: 'Lambeth Council', topic: 'Youth services' }).expect(201);
    const again = await askFloor(qa.sessionId, ann, { name: 'Ann' }).expect(200);
    expect(again.body.id).toBe(a.body.id);
    const b = await askFloor(qa.sessionId, ben, { name: 'Ben' }).expect(201);
    const c = await askFloor(qa.sessionId, cat, { name: 'Cat', topic: 'Procurement' }).expect(201);

    const state = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/floor`).set(ben).expect(200);
    expect(state.body.queue.map((entry: { name: string }) => entry.name)).toEqual(['Ann', 'Ben', 'Cat']);
    expect(state.body).toMatchObject({ speaking: null, mine: b.body.id, speakerSeconds: 90 });
    expect(JSON.stringify(state.body)).not.toContain('anon:');

    // The chair moves Cat up to next, then calls.
    const moved = await request(api.url).post(`/api/v1/floor-requests/${c.body.id}/move`).set(chair).send({ position: 1 }).expect(200);
    expect(moved.body.queue.map((entry: { name: string }) => entry.name)).toEqual(['Cat', 'Ann', 'Ben']);
    const called = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/floor/next`).set(chair).send({}).expect(200);
    expect(called.body.speaking).toMatchObject({ id: c.body.id, name: 'Cat', durationSeconds: 90, spokeAt: expect.any(String) });
    expect(called.body.queue.map((entry: { name: string }) => entry.name)).toEqual(['Ann', 'Ben']);

    const next = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/floor/next`).set(chair).send({ durationSeconds: 60 }).expect(200);
    expect(next.body.speaking).toMatchObject({ name: 'Ann', durationSeconds: 60 });
    expect(next.body.spoken.map((entry: { name: string }) => entry.name)).toEqual(['Cat']);

    // Ben withdraws himself; the chair then ends Ann's turn.
    await request(api.url).delete(`/api/v1/floor-requests/${b.body.id}`).set(ben).expect(204);
    const stopped = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/floor/stop`).set(chair).expect(200);
    expect(stopped.body).toMatchObject({ speaking: null, queue: [] });

    const spoke = await api.app.get(DataSource).query(`SELECT name, organisation, topic FROM qa_floor_requests WHERE session_id = $1 AND spoke_at IS NOT NULL ORDER BY spoke_at`, [qa.sessionId]);
    expect(spoke).toEqual([
      { name: 'Cat', organisation: null, topic: 'Procurement' },
      { name: 'Ann', organisation: 'Lambeth Council', topic: 'Youth services' },
    ]);
  });

  it('lets only moderators call, move and remove others; refuses bad requests', async () => {
    const qa = await makeQaSession(api);
    const [ann, ben] = await Promise.all([anonymous(api), anonymous(api)]);
    const a = await askFloor(qa.sessionId, ann, { name: 'Ann' }).expect(201);
    await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/floor/next`).set(ben).send({}).expect(403);
    await request(api.url).post(`/api/v1/floor-requests/${a.body.id}/move`).set(ben).send({ position: 1 }).expect(403);
    await request(api.url).delete(`/api/v1/floor-requests/${a.body.id}`).set(ben).expect(403);
    await askFloor(qa.sessionId, ben, { name: '' }).expect(400);
    await askFloor(qa.sessionId, ben, { name: 'Ben', topic: 'x'.repeat(1000) }).expect(400);
    await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/floor/next`).set(bearer(qa.chairToken)).send({ durationSeconds: 5 }).expect(400);
    const state = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/floor`).set(ben).expect(200);
    expect(state.body.queue.map((entry: { name: string }) => entry.name)).toEqual(['Ann']);
    await request(api.url).delete(`/api/v1/floor-requests/${a.body.id}`).set(bearer(qa.chairToken)).expect(204);
    const trail = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/qa/audit`).set(bearer(qa.chairToken)).expect(200);
    expect(trail.body.items.map((item: { action: string }) => item.action)).toEqual(['floor-remove']);
  });
});
