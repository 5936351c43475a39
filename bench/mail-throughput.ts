// Mails per second through the whole pipeline (outbox row -> queue -> worker process ->
// pooled SMTP) into a local SMTP sink, against a bare nodemailer loop sending the same rendered mail into the same sink in
// the same run. Prints both and the ratio (pipeline / bare); absolute rates drift on shared
// machines, the ratio much less. The bare loop runs in a process of its own, as the worker does
// (bench/bare-mail-loop.ts); its rate in the sink's own process is printed beside it. Prints its row of
// `npm run bench` (aim: ≥ 0.8 × the bare loop).
//   npm run bench:mail [-- --mails 2000]
import 'reflect-metadata';
import { EmbeddedPostgres, loadConfig } from '@convene/core';
import { MailOutbox, renderMail } from '@convene/notifications';
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

const mails = flag('mails', 2000);
const AIM = 0.8;

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-'));
  const postgres = process.env.DATABASE_URL ? undefined : new EmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
  await postgres?.start();
  const sink = await startSmtpSink();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: process.env.DATABASE_URL ?? (await postgres!.ensureDatabase('bench')),
    REDIS_URL: process.env.REDIS_URL,
    MAIL_WORKER_PROCESSES: process.env.MAIL_WORKER_PROCESSES,
    SMTP_URL: sink.url,
    DATA_DIR: dataDir,
    MAIL_RATE_PER_MINUTE: '1000000',
  });
  const signIn = { name: 'Bench', code: '123456', link: 'http://localhost/sign-in', expiresInMinutes: 15 };
  // The floor sends the very mail the pipeline sends, rendered once as the worker renders it (its
  // subject, text and HTML), so the ratio is what the pipeline adds, rendering each mail included,
  // and not the difference between a few-line test mail and the real one.
  const { subject, text, html } = renderMail('sign-in', signIn, { networkName: 'Co-operative Councils Innovation Network', publicUrl: config.publicUrl });

  // Bare: the same pooled transport settings, as many sends in flight as the pool has connections,
  // in a process of its own as the worker is (and, for reference, in this one).
  const bare = await bareMailLoops({ port: Number(new URL(sink.url).port), mails, template: { from: config.mailFrom, subject, text, html } });
  const bareSeconds = bare.ownProcess;

  // Pipeline: record and dispatch as a fan-out does (100 rows a transaction, one statement);
  // the worker runs as its own process.
  const app = await createApiApp(config);
  await app.init();
  const worker = await startWorkerProcess(config, { MAIL_RATE_PER_MINUTE: '1000000' });
  const dataSource = app.get(DataSource);
  const outbox = app.get(MailOutbox);
  const before = sink.received.length;
  const pipelineStarted = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - pipelineStarted) / 1e9;
  // When the first and the middle mail arrive: the start-up cost, apart from the steady rate.
  const firstArrived = sink.waitForCount(before + 1, 600_000).then(elapsed);
  const halfArrived = sink.waitForCount(before + Math.ceil(mails / 2), 600_000).then(elapsed);
  const cpu = countCpu(process.pid, (pid, command) => (pid === process.pid ? 'bench process (API, SMTP sink)' : command === 'postgres' ? 'postgres' : 'worker'));
  for (let batch = 0; batch < mails; batch += 100) {
    const ids = await dataSource.transaction((tx) =>
      outbox.recordMany(
        tx,
        Array.from({ length: Math.min(100, mails - batch) }, (_, offset) => ({
          kind: 'sign-in',
          recipient: `pipeline-${batch + offset}@example.org`,
          templateData: signIn,
          dedupeKey: `bench:${batch + offset}`,
        })),
      ),
    );
    await outbox.dispatch(ids);
  }
  const queuedSeconds = Number(process.hrtime.bigint() - pipelineStarted) / 1e9;
  await sink.waitForCount(before + mails, 600_000);
  const pipelineSeconds = Number(process.hrtime.bigint() - pipelineStarted) / 1e9;
  const [firstSeconds, halfSeconds] = await Promise.all([firstArrived, halfArrived]);
  const cpuSpent = cpu.stop();

  const bareRate = mails / bareSeconds;
  const pipelineRate = mails / pipelineSeconds;
  const backend = config.redisUrl ? 'redis' : 'postgres';
  const ours = sink.received.slice(before).filter((mail) => mail.to.startsWith('pipeline-'));
  const distinct = new Set(ours.map((mail) => mail.messageId)).size;
  process.stdout.write(
    [
      `mails: ${mails}, queue backend: ${backend}, worker processes sending mail: ${config.mailWorkerProcesses}`,
      `bare nodemailer loop, own process (the floor): ${bareRate.toFixed(0)} mails/s; in the SMTP sink's process: ${(mails / bare.inProcess).toFixed(0)} mails/s`,
      `pipeline (outbox -> queue -> worker -> SMTP): ${pipelineRate.toFixed(0)} mails/s`,
      `ratio pipeline/bare: ${(pipelineRate / bareRate).toFixed(2)}`,
      `(recording and queueing all ${mails} took ${queuedSeconds.toFixed(2)} s of the pipeline's ${pipelineSeconds.toFixed(2)} s; the first mail arrived after ${firstSeconds.toFixed(2)} s, the middle one after ${halfSeconds.toFixed(2)} s)`,
      `CPU seconds: pipeline ${describeCpu(cpuSpent)}; bare loop ${bare.cpu.toFixed(2)} s, its SMTP sink's process ${bare.sinkCpu.toFixed(2)} s`,
      `delivered: ${ours.length}, distinct Message-IDs: ${distinct} (each must arrive exactly once)`,
    ].join('\n') + '\n',
  );
  const ratio = pipelineRate / bareRate;
  printRow({
    path: `mail, ${mails} (${backend})`,
    product: `${pipelineRate.toFixed(0)} mails/s`,
    floor: `${bareRate.toFixed(0)} mails/s`,
    ratio,
    aim: `≥ ${AIM} × floor`,
    pass: ratio >= AIM && ours.length === mails && distinct === mails,
    note: ours.length === mails && distinct === mails ? undefined : `${ours.length} delivered, ${distinct} distinct`,
    correct: ours.length === mails && distinct === mails,
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
