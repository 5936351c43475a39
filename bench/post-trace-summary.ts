// Reads what bench/post-trace.js wrote (API_TRACE=<file>) and says, per liveblog post, how many
// Postgres round trips it waited on before its broadcast and where its time and CPU went.
// Counts and CPU ms move less with a shared machine's load than wall times do.
import fs from 'node:fs';

interface Step {
  what: string;
  start: number;
  end: number | null;
}

interface TracedPost {
  steps: Step[];
  broadcast: { start: number; end: number; cpuBefore: number; cpuDuring: number } | null;
  responded: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};

/** Queries that overlap in time are one wait: the count of waits one after another. */
export function serialWaits(steps: Step[]): number {
  let waits = 0;
  let busyUntil = -Infinity;
  for (const step of [...steps].sort((a, b) => a.start - b.start)) {
    const end = step.end ?? step.start;
    if (step.start >= busyUntil) waits += 1;
    busyUntil = Math.max(busyUntil, end);
  }
  return waits;
}

export function summarisePostTrace(file: string, skip: number): string {
  const posts = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TracedPost)
    .slice(skip)
    .filter((post) => post.broadcast);
  if (!posts.length) return 'trace: no liveblog post was traced';
  const before = (post: TracedPost) => post.steps.filter((step) => step.start < (post.broadcast?.start ?? Infinity));
  const queries = (post: TracedPost) => before(post).filter((step) => step.what !== '(pool checkout)');
  const ms = (value: number) => value.toFixed(1);
  const lines = [
    `trace of ${posts.length} posts (API_TRACE), medians per post:` +
      ` queries before the broadcast ${median(posts.map((post) => queries(post).length))},` +
      ` serial waits on Postgres ${median(posts.map((post) => serialWaits(queries(post))))},` +
      ` request start → broadcast ${ms(median(posts.map((post) => post.broadcast?.start ?? NaN)))} ms` +
      ` (of which waiting on queries ${ms(median(posts.map((post) => busyTime(queries(post)))))} ms),` +
      ` broadcast ${ms(median(posts.map((post) => (post.broadcast?.end ?? NaN) - (post.broadcast?.start ?? NaN))))} ms,` +
      ` CPU to the broadcast ${ms(median(posts.map((post) => post.broadcast?.cpuBefore ?? NaN)))} ms, during it ${ms(median(posts.map((post) => post.broadcast?.cpuDuring ?? NaN)))} ms`,
  ];
  const typical = [...posts].sort((a, b) => (a.broadcast?.start ?? 0) - (b.broadcast?.start ?? 0))[Math.floor(posts.length / 2)];
  lines.push('  the median post, step by step (ms from the request start):');
  for (const step of before(typical)) lines.push(`    ${ms(step.start)}–${step.end === null ? '?' : ms(step.end)}  ${step.what}`);
  lines.push(`    ${ms(typical.broadcast?.start ?? NaN)}–${ms(typical.broadcast?.end ?? NaN)}  (broadcast) · response ended ${ms(typical.responded)}`);
  return lines.join('\n');
}

/** How long at least one of the steps was running. */
function busyTime(steps: Step[]): number {
  let total = 0;
  let from = -Infinity;
  let to = -Infinity;
  for (const step of [...steps].sort((a, b) => a.start - b.start)) {
    const end = step.end ?? step.start;
    if (step.start > to) {
      if (to > from) total += to - from;
      from = step.start;
      to = end;
    } else to = Math.max(to, end);
  }
  if (to > from) total += to - from;
  return total;
}
