// The bare floor of the mail benches: a pooled nodemailer loop, 5 sends in flight over 5
// connections, in a process of its own, as the worker is: the client and the SMTP sink then
// meet through the OS scheduler in both runs (on a busy machine that costs more than the
// sending itself). Forked by bench/bare-mail.ts; answers the seconds it took over IPC.
import nodemailer, { SendMailOptions } from 'nodemailer';

export interface BareMailJob {
  port: number;
  mails: number;
  /** Every mail but to and messageId, which are numbered. */
  template: SendMailOptions;
}

async function run(job: BareMailJob): Promise<{ seconds: number; cpu: number }> {
  const bare = nodemailer.createTransport({ pool: true, maxConnections: 5, host: '127.0.0.1', port: job.port, secure: false });
  let next = 0;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: 5 }, async () => {
      while (next < job.mails) {
        const index = next++;
        await bare.sendMail({ ...job.template, to: `bare-${index}@example.org`, messageId: `<bare-${index}@bench>` });
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { user, system } = process.cpuUsage(cpuBefore);
  bare.close();
  return { seconds, cpu: (user + system) / 1e6 };
}

if (require.main === module) {
  process.once('message', (job: BareMailJob) => {
    run(job).then(
      (answer) => process.send?.(answer, undefined, {}, () => process.exit(0)),
      (error: Error) => {
        process.stderr.write(`${error.stack ?? error.message}\n`);
        process.exit(1);
      },
    );
  });
}

export { run as bareMailLoopInProcess };
