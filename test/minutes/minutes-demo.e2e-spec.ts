import { NetworkRole } from '@convene/identity';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seedDemoData } from '../../apps/cli/src/seed/seed';
import { bearer, makePerson, tokenFor } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';

describe("The demo's published minutes of the Lambeth Citizens' Commission", () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    if (!(await seedDemoData(api.app)).seeded) throw new Error('A fresh test database should take the demo data');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists them for the event in the network format, approved by the chair and published', async () => {
    const organiser = await tokenFor(api, await makePerson(api, { name: 'Organiser', roles: [NetworkRole.Organiser] }));
    const event = await request(api.url).get('/api/v1/events/lambeth-citizens-commission-2010-10-11').set(bearer(organiser)).expect(200);
    const [minutes] = (await request(api.url).get(`/api/v1/events/${event.body.id}/minutes`).set(bearer(organiser)).expect(200)).body;
    expect(minutes).toMatchObject({ status: 'published', approvedByName: 'Patrick Adeyemi' });
    expect(minutes.content).toMatchObject({ date: 'Monday 11 October 2010', time: '10:00–13:00', place: 'Lambeth Town Hall, Brixton Hill, London SW2 1RW' });
    expect(minutes.content.present.map((group: { label: string }) => group.label)).toEqual(['Commissioners', 'Delegates', 'Officers']);
    expect(minutes.content.items.map((item: { title: string }) => item.title)).toEqual([
      'Welcome and introductions',
      "Delegate initial statements: Children and Young People's Service",
      "Delegate initial statements: Adults' and Community Services",
      'Delegate initial statements: Housing, Regeneration and Enterprise',
      'Question and answer session',
      'Delegate initial statements: Office of the Chief Executive',
      'Delegate initial statements: Finance and Resources',
      'Round-table discussion',
    ]);
    // The meeting's own dates, though the seed runs today.
    expect(minutes).toMatchObject({ approvedAt: '2010-11-08T12:00:00.000Z', publishedAt: '2010-11-09T09:00:00.000Z' });
    const roundTable = minutes.content.items.at(-1);
    expect(roundTable.decisions).toEqual([expect.stringMatching(/^The Commission would draw up its recommendations/)]);
    expect(minutes.content.items[0].body).toMatch(/^\S/);
    expect(minutes.actions).toEqual([
      expect.objectContaining({ itemKey: roundTable.key, ownerName: 'Philippa Dunn', dueDate: '2010-10-25', status: 'done', doneNote: 'Circulated by email on 20 October', doneAt: '2010-10-20T10:00:00.000Z' }),
    ]);
    // The action's owner was mailed, as the product does (to a .eml file under `npm start`).
    const [mail] = await api.app.get(DataSource).query(`SELECT recipient FROM outbox_messages WHERE kind = 'action-assigned' AND dedupe_key LIKE $1`, [`%${minutes.actions[0].id}%`]);
    expect(mail).toEqual({ recipient: 'philippa.dunn@example.org' });
    // An invitation-only meeting: its minutes are not for the public.
    await request(api.url).get(`/api/v1/minutes/${minutes.id}`).expect(404);
  });
});
