import { LiveLog } from '@convene/live';
import { testConfig } from '@convene/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer } from '../identity/identity-fixtures';
import { liveblogPath, makeLiveblogSession } from '../liveblog/liveblog-fixtures';
import { RunningApi, startApi } from '../support/api';
import { makePublishedEvent } from '../support/events';

// A row and its change on the live log in one statement (issue 17: a liveblog post waited on
// BEGIN, INSERT, the append and COMMIT before its broadcast). The log's numbers must stay
// gap-free and in step with the rows: a number only for a row that was stored.
describe('LiveLog.insertAndAppend: a row of the caller and its change, in one statement', () => {
  let api: RunningApi;
  let db: DataSource;
  let log: LiveLog;
  let sessionId: string;

  /** A row of the test's own table (standing for a lib's table) and its change on stream 'test'. */
  const insertRow = (id: number, note: string | null, orIgnore = false) =>
    log.insertAndAppend<{ id: number; note: string }, never>(
      { sql: `INSERT INTO live_log_rows (id, note) VALUES ($1, $2) ${orIgnore ? 'ON CONFLICT DO NOTHING' : ''} RETURNING *`, parameters: [id, note] },
      sessionId,
      'test' as never,
      'made',
      { n: id } as never,
    );
  const logged = async (afterSeq: number) => (await log.since(sessionId, 'test', afterSeq)).map((change) => [change.seq, change.data.n]);

  beforeAll(async () => {
    api = await startApi(await testConfig());
    db = api.app.get(DataSource);
    log = api.app.get(LiveLog);
    sessionId = (await makePublishedEvent(api, {}, [{ title: 'Plenary', capacity: null }])).workshopIds[0];
    await db.query('CREATE TABLE live_log_rows (id integer PRIMARY KEY, note text NOT NULL)');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('numbers concurrent rows 1 to 30 without a gap, alongside appends made in transactions, each change with its row', async () => {
    const [inserted, appended] = await Promise.all([
      Promise.all(Array.from({ length: 25 }, (_, index) => insertRow(index + 1, `row ${index + 1}`))),
      // Q&A's way, a transaction appending: both take their numbers from the same stream row.
      Promise.all(Array.from({ length: 5 }, (_, index) => db.transaction((tx) => log.append(tx, sessionId, 'test' as never, 'made', { n: 100 + index } as never)))),
    ]);
    const changes = [...inserted.map((made) => made?.change), ...appended];
    expect(changes.map((change) => change?.seq).sort((a = 0, b = 0) => a - b)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect(inserted.map((made) => [made?.row, made?.change.data.n])).toEqual(Array.from({ length: 25 }, (_, index) => [{ id: index + 1, note: `row ${index + 1}` }, index + 1]));
    // The log holds what each call answered, under the same numbers.
    const answered = changes.map((change) => [change?.seq, change?.data.n]).sort(([a = 0], [b = 0]) => (a as number) - (b as number));
    expect(await logged(0)).toEqual(answered);
    expect((await db.query('SELECT count(*)::int AS rows FROM live_log_rows'))[0].rows).toBe(25);
  });

  it('takes no number for an insert that made no row (ON CONFLICT DO NOTHING), and answers null', async () => {
    expect(await insertRow(1, 'again', true)).toBeNull();
    const next = await insertRow(31, 'row 31');
    expect(next?.change.seq).toBe(31);
    expect(await logged(30)).toEqual([[31, 31]]);
    expect(await db.query('SELECT note FROM live_log_rows WHERE id = 1')).toEqual([{ note: 'row 1' }]);
  });

  it('keeps neither the row nor a number when the statement fails', async () => {
    await expect(insertRow(32, null)).rejects.toThrow(/null value/);
    await expect(insertRow(1, 'duplicate')).rejects.toThrow(/duplicate key/);
    expect((await insertRow(33, 'row 33'))?.change.seq).toBe(32);
    expect(await logged(31)).toEqual([[32, 33]]);
    expect(await db.query('SELECT id FROM live_log_rows WHERE id = ANY($1) ORDER BY id', [[32, 33]])).toEqual([{ id: 33 }]);
  });

  it('gives concurrent liveblog posts gap-free numbers, each change carrying the entry as the editor was answered and as stored', async () => {
    const live = await makeLiveblogSession(api);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        request(api.url).post(liveblogPath(live.sessionId)).set(bearer(live.chairToken)).send({ kind: 'update', body: `Update **${index}**` }).expect(201),
      ),
    );
    const { body: caughtUp } = await request(api.url).get(`${liveblogPath(live.sessionId)}?since=0`).expect(200);
    expect(caughtUp.changes.map((change: { seq: number }) => change.seq)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    const answered = new Map(answers.map(({ body }) => [body.id, body]));
    for (const change of caughtUp.changes) expect(change.entry).toEqual(answered.get(change.entry.id));
    expect(new Set(caughtUp.changes.map((change: { entry: { id: string } }) => change.entry.id)).size).toBe(20);

    const { body: stored } = await request(api.url).get(liveblogPath(live.sessionId)).expect(200);
    expect(stored.total).toBe(20);
    for (const entry of stored.entries) expect(entry).toEqual(answered.get(entry.id));
  });
});
