import { BenchRow } from './bench-row';
import { medianOfRounds } from './rounds';

const row = (ratio: number, extra: Partial<BenchRow> = {}): BenchRow => ({ path: 'liveblog', product: `${ratio}`, floor: '100 ms', ratio, aim: '≤ 1.1 × floor', pass: ratio <= 1.1, ...extra });

describe('medianOfRounds', () => {
  it('reports the median round with every round and the spread in the note', () => {
    const [folded] = medianOfRounds([[row(1.19)], [row(0.71)], [row(1.73)]], [3, 4, 5]);
    expect(folded.product).toBe('1.19');
    expect(folded.pass).toBe(false);
    expect(folded.note).toBe('median of 3 rounds (ratio 1.19, 0.71, 1.73; 0.71–1.73; load 3.0, 4.0, 5.0)');
  });

  it('passes on the median even when one round failed its aim', () => {
    const [folded] = medianOfRounds([[row(1.4)], [row(0.9)], [row(1.0)]], [1, 1, 1]);
    expect(folded.ratio).toBe(1.0);
    expect(folded.pass).toBe(true);
  });

  it('takes the worse of the two middle rounds of an even number', () => {
    const [folded] = medianOfRounds([[row(1.0)], [row(1.2)], [row(0.9)], [row(1.3)]], [1, 1, 1, 1]);
    expect(folded.ratio).toBe(1.2);
    expect(folded.pass).toBe(false);
  });

  it('decides on the score when a row has one, not on the ratio', () => {
    const qa = (p99: number, ratio: number) => row(ratio, { path: 'qa', score: p99, pass: p99 <= 150 });
    const [folded] = medianOfRounds([[qa(336, 3.0)], [qa(132, 1.3)], [qa(140, 3.5)]], [1, 1, 1]);
    expect(folded.score).toBe(140);
    expect(folded.pass).toBe(true);
  });

  it('fails the row when any round broke a rule, whatever the median', () => {
    const [folded] = medianOfRounds([[row(1.0)], [row(0.9, { correct: false })], [row(1.0)]], [1, 1, 1]);
    expect(folded.pass).toBe(false);
    expect(folded.note).toContain('1 round broke a rule');
  });

  it('folds each of a bench’s rows on its own', () => {
    const rounds = [
      [row(1.0), row(1.2, { path: 'memory' })],
      [row(1.1), row(1.0, { path: 'memory' })],
      [row(0.9), row(1.1, { path: 'memory' })],
    ];
    expect(medianOfRounds(rounds, [1, 1, 1]).map((folded) => [folded.path, folded.ratio])).toEqual([
      ['liveblog', 1.0],
      ['memory', 1.1],
    ]);
  });
});
