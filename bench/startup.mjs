// Time from `npm start` to "ready" on the embedded default: cold (fresh data folder: initdb,
// migrations, demo data) and warm (second start), next to a bare baseline run in the same
// process tree: Node starting and exiting, and the embedded Postgres alone starting.
//   node bench/startup.mjs            (assumes the build is current: run npm run build first)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function timeToReady(dataDir, port) {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Convene is ready')) resolve();
    });
    child.once('exit', () => reject(new Error(`launcher exited:\n${output.slice(-2000)}`)));
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return seconds;
}

function timeOf(command, args) {
  const started = process.hrtime.bigint();
  spawnSync(command, args, { cwd: root, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-startup-'));
try {
  const nodeBaseline = timeOf(process.execPath, ['-e', '']);
  const port = await freePort();
  const cold = await timeToReady(dataDir, port);
  const warm = await timeToReady(dataDir, port);
  console.log(`bare node start+exit: ${nodeBaseline.toFixed(2)} s`);
  console.log(`cold start to ready (initdb, migrations, demo data): ${cold.toFixed(1)} s (${(cold / nodeBaseline).toFixed(0)}x bare node)`);
  console.log(`warm start to ready: ${warm.toFixed(1)} s (${(warm / nodeBaseline).toFixed(0)}x bare node)`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
