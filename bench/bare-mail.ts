import { fork } from 'node:child_process';
import path from 'node:path';
import { BareMailJob, bareMailLoopInProcess } from './bare-mail-loop';

/** The bare pooled nodemailer loop in its own process (the floor) and in this one (for reference): seconds each. */
export async function bareMailLoops(job: BareMailJob): Promise<{ ownProcess: number; inProcess: number }> {
  const child = fork(path.join(__dirname, 'bare-mail-loop.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ownProcess = await new Promise<number>((resolve, reject) => {
    child.once('message', (answer: { seconds: number }) => resolve(answer.seconds));
    child.once('exit', (code) => code !== 0 && reject(new Error(`The bare mail loop exited with ${code}`)));
    child.send(job);
  });
  const inProcess = await bareMailLoopInProcess({ ...job, template: job.template });
  return { ownProcess, inProcess };
}
