import { fork } from 'node:child_process';
import path from 'node:path';
import { BareMailJob, bareMailLoopInProcess } from './bare-mail-loop';

/**
 * The bare pooled nodemailer loop in its own process (the floor) and in this one (for reference):
 * seconds each, and the CPU seconds the loop's own process and this one (the SMTP sink's) spent meanwhile.
 */
export async function bareMailLoops(job: BareMailJob): Promise<{ ownProcess: number; inProcess: number; cpu: number; sinkCpu: number }> {
  const sinkBefore = process.cpuUsage();
  const child = fork(path.join(__dirname, 'bare-mail-loop.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const own = await new Promise<{ seconds: number; cpu: number }>((resolve, reject) => {
    child.once('message', (answer: { seconds: number; cpu: number }) => resolve(answer));
    child.once('exit', (code) => code !== 0 && reject(new Error(`The bare mail loop exited with ${code}`)));
    child.send(job);
  });
  const sinkSpent = process.cpuUsage(sinkBefore);
  const inProcess = await bareMailLoopInProcess({ ...job, template: job.template });
  return { ownProcess: own.seconds, inProcess: inProcess.seconds, cpu: own.cpu, sinkCpu: (sinkSpent.user + sinkSpent.system) / 1e6 };
}
