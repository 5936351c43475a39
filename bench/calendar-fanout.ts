// One agenda change at a 2,000-delegate event, until the last updated invite is in a local SMTP
// sink: the change (API side) -> the event's sync job -> 2,000 outbox rows -> mail jobs -> the
// worker process builds each invite from the database and sends it. Against a bare nodemailer
// loop sending 2,000 mails of the same shape (text, HTML and a text/calendar part) into the same
// sink in the same run, from a process of its own as the worker is. The debounce window is set
// to 0 here: in production the figure is CALENDAR_DEBOUNCE_MS (default 2 minutes) plus this. Prints its row of `npm run bench` (aim:
// the last invite within 1.25 × the bare loop's time).
//   npm run bench:calendar [-- --delegates 2000]
import 'reflect-metadata';
import { CalendarItemState } from '@convene/calendar';
import { EmbeddedPostgres, loadConfig } from '@convene/core';
import { AgendaService, EventKind, EventsService, SessionKind } from '@convene/events';
import { Person } from '@convene/identity';
import { CalendarParts, buildCalendar, mailboxOf } from '@convene/notifications';
import { startSmtpSink } from '@convene/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/api-app';
import { startWorkerProcess } from '../test/support/worker-process';
import { bareMailLoops } from './bare-mail';
import { flag, printRow } from './bench-row';
import { countCpu, describeCpu } from './cpu-time';

const delegates = flag('delegates', 2000);
const AIM = 1.25;

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-'));
  const postgres = process.env.DATABASE_URL ? undefined : new EmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
  await postgres?.start();
  const sink = await startSmtpSink();
  const env = { MAIL_RATE_PER_MINUTE: '1000000', CALENDAR_DEBOUNCE_MS: '0' };
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: process.env.DATABASE_URL ?? (await postgres!.ensureDatabase('bench')),
    REDIS_URL: process.env.REDIS_URL,
    MAIL_WORKER_PROCESSES: process.env.MAIL_WORKER_PROCESSES,
    SMTP_URL: sink.url,
    DATA_DIR: dataDir,
    ...env,
  });

  // Bare: the same pooled transport settings, mails of the same shape, 5 in flight.
  const invite = buildCalendar({
    method: 'REQUEST',
    organizer: mailboxOf(config.mailFrom),
    attendee: { name: 'Delegate', email: 'delegate@example.org' },
    items: [{
      uid: 'session-bench@localhost', sequence: 1, start: new Date('2027-10-30T09:00:00Z'), end: new Date('2027-10-30T10:00:00Z'), timeZone: 'Europe/London',
      summary: 'Workshop (Forum)', location: 'Room B, Guildhall', description: 'Part of Forum. Programme: http://localhost/events/forum', url: 'http://localhost/events/forum', cancelled: false,
    }],
  });
  const body = { subject: 'Changed: Forum', text: 'What changed for you:\n\n- Workshop: now at Room B\n', html: '<p>What changed for you:</p><p>- Workshop: now at Room B</p>' };
  // In a process of its own, as the worker is (and, for reference, in this one).
  const bare = await bareMailLoops({
    port: Number(new URL(sink.url).port),
    mails: delegates,
    template: { from: config.mailFrom, ...body, icalEvent: { method: 'REQUEST', filename: 'invite.ics', content: invite } },
  });
  const bareSeconds = bare.ownProcess;

  // The event: a forum with one workshop, 2,000 confirmed delegates in it, each already sent an invite.
  const app = await createApiApp(config);
  await app.init();
  const worker = await startWorkerProcess(config, env);
  const dataSource = app.get(DataSource);
  const people = dataSource.getRepository(Person);
  const organiser = await people.save(people.create({ name: 'Bench Organiser', email: 'organiser@example.org', roles: [] }));
  const events = app.get(EventsService);
  const agenda = app.get(AgendaService);
  const event = await events.create(
    { title: 'Bench Forum', kind: EventKind.NetworkForum, startsAt: new Date('2027-10-30T08:00:00Z'), endsAt: new Date('2027-10-30T17:00:00Z'), venueName: 'Guildhall' } as never,
    organiser.id,
  );
  const workshop = await agenda.addSession(event.id, { title: 'Community wealth', kind: SessionKind.Workshop, startsAt: new Date('2027-10-30T09:00:00Z'), endsAt: new Date('2027-10-30T10:00:00Z'), room: 'Room A' } as never);
  await events.publish(event.id, organiser.id);
  await dataSource.query(
    `INSERT INTO registrations (event_id, email, name, status, manage_token_hash)
     SELECT $1, 'delegate-' || n || '@example.org', 'Delegate ' || n, 'confirmed', md5(n::text) FROM generate_series(1, $2) n`,
    [event.id, delegates],
  );
  await dataSource.query(
    `INSERT INTO workshop_choices (registration_id, session_id, status) SELECT id, $2, 'confirmed' FROM registrations WHERE event_id = $1`,
    [event.id, workshop.id],
  );
  // One invite built as the confirmation mail would: the calendar now knows what it sent.
  const [first] = (await dataSource.query(`SELECT id FROM registrations WHERE event_id = $1 LIMIT 1`, [event.id])) as { id: string }[];
  await app.get(CalendarParts).for({ id: 'bench', kind: 'registration-confirmed', recipient: 'x@example.org', templateData: { registrationId: first.id } });
  if ((await dataSource.getRepository(CalendarItemState).countBy({ eventId: event.id })) !== 2) throw new Error('The invites were not recorded');

  const before = sink.received.length;
  const changeStarted = process.hrtime.bigint();
  const cpu = countCpu(process.pid, (pid, command) => (pid === process.pid ? 'bench process (API, SMTP sink)' : command === 'postgres' ? 'postgres' : 'worker'));
  await agenda.updateSession(workshop.id, { room: 'Room B' } as never);
  await agenda.publish(event.id, organiser.id);
  const answeredSeconds = Number(process.hrtime.bigint() - changeStarted) / 1e9;
  await sink.waitForCount(before + delegates, 600_000);
  const pipelineSeconds = Number(process.hrtime.bigint() - changeStarted) / 1e9;
  const cpuSpent = cpu.stop();
  const updates = sink.received.slice(before).filter((mail) => mail.subject.startsWith('Changed:') && /^LOCATION[^:\r\n]*:Room B/m.test(mail.decoded));
  const distinct = new Set(updates.map((mail) => mail.to)).size;

  const backend = config.redisUrl ? 'redis' : 'postgres';
  process.stdout.write(
    [
      `delegates: ${delegates}, queue backend: ${backend}, worker processes sending mail: ${config.mailWorkerProcesses}, debounce: 0 ms`,
      `bare nodemailer loop, ${delegates} mails with a text/calendar part, own process (the floor): ${bareSeconds.toFixed(2)} s; in the SMTP sink's process: ${bare.inProcess.toFixed(2)} s`,
      `agenda change -> last updated invite in the sink: ${pipelineSeconds.toFixed(2)} s (the organiser's request answered in ${(answeredSeconds * 1000).toFixed(0)} ms)`,
      `ratio pipeline/bare (time): ${(pipelineSeconds / bareSeconds).toFixed(2)}`,
      `CPU seconds: pipeline ${describeCpu(cpuSpent)}; bare loop ${bare.cpu.toFixed(2)} s, its SMTP sink's process ${bare.sinkCpu.toFixed(2)} s`,
      `updates received: ${updates.length}, to ${distinct} distinct delegates (each must get exactly one)`,
    ].join('\n') + '\n',
  );
  const ratio = pipelineSeconds / bareSeconds;
  const exact = updates.length === delegates && distinct === delegates;
  printRow({
    path: `calendar update, ${delegates} delegates (${backend})`,
    product: `last invite ${pipelineSeconds.toFixed(2)} s`,
    floor: `${bareSeconds.toFixed(2)} s`,
    ratio,
    aim: `≤ ${AIM} × floor`,
    pass: ratio <= AIM && exact,
    note: exact ? undefined : `${updates.length} updates to ${distinct} delegates`,
  });

  await worker.kill('SIGTERM');
  await app.close();
  await sink.close();
  await postgres?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
