// Time to draft the minutes of a big meeting: 500 attendees checked in, 30 apologies, 6 agenda
// items, 300 answered questions, 60 floor speakers and 30 key moments. The draft is made by
// MinutesService.draft (the real code, in the real API app, on embedded Postgres); the
// baseline, in the same process, is the bare pg SELECTs of the same rows.
//   npm run bench:minutes [-- --runs 30]
import 'reflect-metadata';
import { EmbeddedPostgres, loadConfig } from '@convene/core';
import { EventsService } from '@convene/events';
import { MinutesService } from '@convene/minutes';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createApiApp } from '../apps/api/src/api-app';

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const runs = arg('runs', 30);

async function timed(label: string, work: () => Promise<unknown>): Promise<{ label: string; median: number; p90: number }> {
  for (let warm = 0; warm < 3; warm++) await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { label, median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)] };
}

async function seed(db: Client): Promise<{ eventId: string; sessionIds: string[] }> {
  const [event] = (
    await db.query(
      `INSERT INTO events (slug, title, kind, starts_at, ends_at, status, visibility, venue_name)
       VALUES ('bench-commission', 'Bench Citizens Commission', 'citizens_commission', '2027-06-01T09:00:00Z', '2027-06-01T16:00:00Z', 'published', 'public', 'Town Hall')
       RETURNING id`,
    )
  ).rows;
  const sessionIds: string[] = [];
  for (let index = 0; index < 6; index++) {
    const [session] = (
      await db.query(
        `INSERT INTO agenda_sessions (event_id, title, kind, starts_at, ends_at) VALUES ($1, $2, 'plenary', $3, $4) RETURNING id`,
        [event.id, `Item ${index + 1}`, new Date(Date.UTC(2027, 5, 1, 9 + index)), new Date(Date.UTC(2027, 5, 1, 10 + index))],
      )
    ).rows;
    sessionIds.push(session.id);
  }
  const [chair] = (await db.query(`INSERT INTO people (name, email, roles) VALUES ('Bench Chair', 'chair@bench.example.org', '{}') RETURNING id`)).rows;
  for (const sessionId of sessionIds) {
    await db.query(`INSERT INTO session_speakers (session_id, person_id, role, status) VALUES ($1, $2, 'chair', 'confirmed')`, [sessionId, chair.id]);
  }
  const categories = ['commissioner', 'delegate', 'delegate', 'delegate', 'officer', 'speaker'];
  await db.query(
    `INSERT INTO registrations (event_id, email, name, organisation_name, job_title, category, status, manage_token_hash, checked_in_at)
     SELECT $1, 'delegate-' || n || '@bench.example.org', 'Delegate ' || n, 'Council ' || (n % 40), CASE WHEN n % 3 = 0 THEN 'Officer' END,
            ($2::text[])[1 + n % 6]::delegate_category, 'confirmed', md5(n::text), now()
       FROM generate_series(1, 500) n`,
    [event.id, categories],
  );
  await db.query(
    `INSERT INTO apologies (event_id, email, name, organisation_name)
     SELECT $1, 'apology-' || n || '@bench.example.org', 'Absent ' || n, 'Council ' || n FROM generate_series(1, 30) n`,
    [event.id],
  );
  // The Q&A and liveblog tables by the agreed contract (their own migrations may not be here).
  await db.query(`CREATE TABLE IF NOT EXISTS qa_questions (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), session_id uuid NOT NULL, body text NOT NULL,
    asker_name text, asker_organisation text, anonymous boolean NOT NULL DEFAULT false, status text NOT NULL, answered_at timestamptz)`);
  await db.query(`CREATE TABLE IF NOT EXISTS qa_floor_requests (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), session_id uuid NOT NULL, name text NOT NULL,
    organisation text, topic text, spoke_at timestamptz)`);
  await db.query(`CREATE TABLE IF NOT EXISTS liveblog_entries (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), session_id uuid NOT NULL, kind text NOT NULL,
    body text NOT NULL, published_at timestamptz, deleted_at timestamptz)`);
  await db.query(
    `INSERT INTO qa_questions (session_id, body, asker_name, asker_organisation, anonymous, status, answered_at)
     SELECT ($1::uuid[])[1 + n % 6], 'Question ' || n || ': how will the pilot reach those most in need, and who decides?', 'Asker ' || n, 'Council ' || (n % 40),
            n % 7 = 0, 'answered', now() - (n || ' seconds')::interval
       FROM generate_series(1, 300) n`,
    [sessionIds],
  );
  await db.query(
    `INSERT INTO qa_floor_requests (session_id, name, organisation, topic, spoke_at)
     SELECT ($1::uuid[])[1 + n % 6], 'Speaker ' || n, 'Council ' || n, 'Topic ' || n, now() - (n || ' seconds')::interval FROM generate_series(1, 60) n`,
    [sessionIds],
  );
  await db.query(
    `INSERT INTO liveblog_entries (session_id, kind, body, published_at)
     SELECT ($1::uuid[])[1 + n % 6], 'key_moment', 'Key moment ' || n, now() - (n || ' seconds')::interval FROM generate_series(1, 30) n`,
    [sessionIds],
  );
  return { eventId: event.id, sessionIds };
}

/** The same rows, read with plain SELECTs and nothing else. */
async function bareSelects(db: Client, eventId: string, sessionIds: string[]): Promise<number> {
  // One client answers one query at a time: in sequence, as pg would run them anyway.
  const queries: Array<[string, unknown[]]> = [
    [`SELECT * FROM events WHERE id = $1`, [eventId]],
    [`SELECT * FROM agenda_sessions WHERE event_id = $1 ORDER BY starts_at`, [eventId]],
    [`SELECT sp.*, p.name FROM session_speakers sp JOIN people p ON p.id = sp.person_id WHERE sp.session_id = ANY($1::uuid[])`, [sessionIds]],
    [`SELECT name, job_title, organisation_name, category FROM registrations WHERE event_id = $1 AND checked_in_at IS NOT NULL ORDER BY name`, [eventId]],
    [`SELECT name, organisation_name FROM apologies WHERE event_id = $1 ORDER BY name`, [eventId]],
    [`SELECT * FROM qa_questions WHERE session_id = ANY($1::uuid[]) AND status = 'answered' ORDER BY answered_at`, [sessionIds]],
    [`SELECT * FROM qa_floor_requests WHERE session_id = ANY($1::uuid[]) AND spoke_at IS NOT NULL ORDER BY spoke_at`, [sessionIds]],
    [`SELECT * FROM liveblog_entries WHERE session_id = ANY($1::uuid[]) AND kind = 'key_moment' ORDER BY published_at`, [sessionIds]],
  ];
  let rows = 0;
  for (const [text, values] of queries) rows += (await db.query(text, values)).rowCount ?? 0;
  return rows;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-'));
  const postgres = new EmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
  await postgres.start();
  const databaseUrl = await postgres.ensureDatabase('bench');
  const app = await createApiApp(loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PORT: '0' }));
  await app.init();
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { eventId, sessionIds } = await seed(db);
    const event = await app.get(EventsService).get(eventId);
    const minutes = app.get(MinutesService);
    const content = await minutes.draft(event, null);
    const questions = content.items.reduce((sum, item) => sum + (item.body.match(/^- /gm)?.length ?? 0), 0);
    const present = content.present.reduce((sum, group) => sum + group.people.length, 0);

    const baseline = await timed('bare pg SELECTs of the same rows (baseline)', () => bareSelects(db, eventId, sessionIds));
    const draft = await timed('MinutesService.draft (500 present, 300 answered questions)', () => minutes.draft(event, null));
    const lines = [
      `runs: ${runs}; draft: ${present} present in ${content.present.length} groups, ${content.apologies.length} apologies, ${content.items.length} items, ${questions} list lines under the items`,
      ...[baseline, draft].map((result) => `${result.label}: median ${result.median.toFixed(2)} ms, p90 ${result.p90.toFixed(2)} ms`),
      `ratio draft/baseline (median): ${(draft.median / baseline.median).toFixed(2)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (present !== 500) throw new Error(`expected 500 present, drafted ${present}`);
  } finally {
    await db.end();
    await app.close();
    await postgres.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
