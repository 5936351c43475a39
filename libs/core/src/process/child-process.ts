import { ChildProcess, fork } from 'node:child_process';

/** A child process as its supervisor (the launcher, the worker's first process) sees it. */
export interface SupervisedChild {
  /** What its supervisor's lines call it: `api`, `worker 2/3`. */
  name: string;
  process: ChildProcess;
  /** How it ended: a signal name or `exit code N`. */
  exited: Promise<string>;
}

/** Starts `entry` as a Node child with an IPC channel (it says when it is ready) and the parent's terminal. */
export function forkChild(name: string, entry: string, args: string[], env?: NodeJS.ProcessEnv): SupervisedChild {
  const child = fork(entry, args, { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`)));
  return { name, process: child, exited };
}

/** Resolves when the child says it is ready (runProcess does); rejects if it stops first or takes longer than `timeoutMs`. */
export function readyOf(child: SupervisedChild, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${child.name} was not ready within ${timeoutMs / 1000} s`)), timeoutMs);
    child.process.on('message', (message: { type?: string }) => {
      if (message?.type !== 'ready') return;
      clearTimeout(timer);
      resolve();
    });
    void child.exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`${child.name} stopped during start-up (${how})`));
    });
  });
}

/** Asks the child to stop (SIGTERM: it drains) and kills it if it is still there after `killAfterMs`. */
export async function stopChild(child: SupervisedChild, killAfterMs: number): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), killAfterMs);
  await child.exited;
  clearTimeout(timer);
}
