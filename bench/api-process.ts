import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

/**
 * The built API (dist/) as its own process, resolved once it says it is ready. With
 * API_PROFILE=<dir> it writes a CPU profile there; with API_TRACE=<file>, a line per liveblog POST
 * (bench/post-trace.js: its queries and broadcast). No ts-node flags are passed on: it runs JS.
 * BENCH_API_DIST=<dir> runs the API built there instead (a copy of another commit's dist/, kept
 * inside the worktree so its packages resolve): an A/B pair on the same bench, interleaved.
 */
export async function startApiProcess(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const profile = process.env.API_PROFILE;
  const trace = process.env.API_TRACE ? ['-r', path.resolve(__dirname, 'post-trace.js')] : [];
  const child = fork(path.resolve(process.env.BENCH_API_DIST ?? path.resolve(__dirname, '..', 'dist'), 'apps', 'api', 'src', 'main.js'), [], {
    env,
    execArgv: [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), ...trace],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { type?: string }) => message?.type === 'ready' && resolve());
    child.once('exit', () => reject(new Error('The API exited during start-up')));
  });
  return child;
}
