// The one line a bench prints per row of `npm run bench`'s table. A bench may print other lines
// (its details, progress) before; the runner reads only lines that start with ROW_PREFIX.
//   BENCH-ROW {"path":"mail","product":"431 mails/s","floor":"512 mails/s","ratio":0.84,"aim":"≥ 0.8 × floor","pass":true}

export const ROW_PREFIX = 'BENCH-ROW ';

export interface BenchRow {
  /** What was measured, as the table names it ("mail", "registration burst", ...). */
  path: string;
  /** The product's figure, with its unit. */
  product: string;
  /** The bare floor's figure measured in the same run, with its unit ("-" for an absolute aim). */
  floor: string;
  /** product ÷ floor for rates, product ÷ floor for times: the number the aim compares. null: none. */
  ratio: number | null;
  /** The aim in words ("≥ 0.8 × floor", "≤ 1.25 × floor", "p99 < 1 s"). */
  aim: string;
  pass: boolean;
  /** Anything a reader needs to trust the row (exactness checks, sizes). */
  note?: string;
  /** The figure the aim judges when it is not the ratio (the Q&A's p99 in ms): rounds take their median on it. */
  score?: number;
  /** False when the run broke what must hold every time (counts exact, every follower in): that fails the row whatever the other rounds say. */
  correct?: boolean;
}

export function printRow(row: BenchRow): void {
  process.stdout.write(`${ROW_PREFIX}${JSON.stringify(row)}\n`);
}

/** The size flags a bench takes: `--name value`, or the aim as the default. */
export function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
