// CPU seconds spent by each part of a bench's process tree over a stretch of the run, read from
// /proc. On a machine shared with other work, wall-clock rates move with the load; the CPU a
// part spends per mail moves much less, so it says where the time goes and whether a change
// made the work cheaper or only spread it out.
import fs from 'node:fs';

const TICKS_PER_SECOND = 100;

interface Sample {
  name: string;
  ticks: number;
}

/** Every live process under `root` (itself included): its command name and CPU ticks so far. */
function sampleTree(root: number): Map<number, Sample> {
  const parentOf = new Map<number, number>();
  const samples = new Map<number, Sample>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(entry), Number(fields[1]));
      samples.set(Number(entry), { name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // It ended while we looked.
    }
  }
  const inTree = new Map<number, Sample>();
  const walk = (pid: number) => {
    const sample = samples.get(pid);
    if (sample) inTree.set(pid, sample);
    for (const [child, parent] of parentOf) if (parent === pid) walk(child);
  };
  walk(root);
  return inTree;
}

/** Starts counting; `stop()` gives CPU seconds per group, a group being named by `groupOf(pid, command)`. */
export function countCpu(root: number, groupOf: (pid: number, command: string) => string): { stop(): Record<string, number> } {
  const before = sampleTree(root);
  return {
    stop: () => {
      const totals: Record<string, number> = {};
      for (const [pid, sample] of sampleTree(root)) {
        const spent = (sample.ticks - (before.get(pid)?.ticks ?? 0)) / TICKS_PER_SECOND;
        const group = groupOf(pid, sample.name);
        totals[group] = (totals[group] ?? 0) + spent;
      }
      return totals;
    },
  };
}

/** "worker 3.1 s, postgres 1.2 s, ..." */
export function describeCpu(totals: Record<string, number>): string {
  return Object.entries(totals)
    .filter(([, seconds]) => seconds >= 0.01)
    .sort(([, a], [, b]) => b - a)
    .map(([group, seconds]) => `${group} ${seconds.toFixed(2)} s`)
    .join(', ');
}
