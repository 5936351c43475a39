// Several runs of one bench folded into one row each: single runs swing widely on this shared
// machine with nothing changed (the Q&A's p99 336 then 132 ms, mail 0.62 then 0.94 × floor), so a
// row that is run in rounds is decided on its median round, with the spread beside it.
import { BenchRow } from './bench-row';

/** What the aim judges: the row's score when it has one, else its ratio (a round without either sorts last). */
const figure = (row: BenchRow) => row.score ?? row.ratio ?? Infinity;
const shown = (value: number) => (Number.isFinite(value) ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : '-');

/**
 * One row per path: the median round's figures and pass (of an even number, the failing one of the two
 * middle rounds if either fails), failed outright when any round broke a rule (`correct: false`). The note gives
 * every round's figure in the order run, the min–max, and the load average after each round.
 */
export function medianOfRounds(rounds: BenchRow[][], loads: number[]): BenchRow[] {
  const paths = [...new Set(rounds.flat().map((row) => row.path))];
  return paths.map((path) => {
    const runs = rounds.map((rows) => rows.find((row) => row.path === path)).filter((row): row is BenchRow => row !== undefined);
    const sorted = [...runs].sort((a, b) => figure(a) - figure(b));
    const lower = sorted[Math.floor((sorted.length - 1) / 2)];
    const upper = sorted[Math.floor(sorted.length / 2)];
    const median = lower.pass ? upper : lower;
    const broken = runs.filter((row) => row.correct === false).length;
    const figures = runs.map((row) => shown(figure(row)));
    const spread = `${shown(figure(sorted[0]))}–${shown(figure(sorted[sorted.length - 1]))}`;
    const what = median.score === undefined ? 'ratio' : "the aim's figure";
    const note = [
      `median of ${runs.length} rounds (${what} ${figures.join(', ')}; ${spread}; load ${loads.map((load) => load.toFixed(1)).join(', ')})`,
      broken ? `${broken} round${broken > 1 ? 's' : ''} broke a rule` : '',
      median.note ?? '',
    ].filter(Boolean).join('; ');
    return { ...median, pass: median.pass && broken === 0 && runs.length === rounds.length, correct: broken === 0, note };
  });
}
