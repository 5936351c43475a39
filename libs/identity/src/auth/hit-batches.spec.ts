import { HitBatches, HitTotal, hitKey, tally } from './hit-batches';

const window = new Date('2026-12-03T07:00:00Z');
const nextWindow = new Date('2026-12-03T08:00:00Z');
const hit = (bucket: string, windowStart = window) => ({ bucket, windowStart });

/** A counter table in memory, adding a statement's totals as Postgres would. */
function counters() {
  const table = new Map<string, number>();
  const statements: HitTotal[][] = [];
  const add = async (totals: HitTotal[]) => {
    statements.push(totals);
    const after = new Map<string, number>();
    for (const total of totals) {
      const count = (table.get(hitKey(total)) ?? 0) + total.added;
      table.set(hitKey(total), count);
      after.set(hitKey(total), count);
    }
    return after;
  };
  return { add, statements };
}

describe('counting hits together', () => {
  it('gives each call the counts it would have got alone, in the order of the calls', () => {
    const { totals, countsOf } = tally([[hit('event:a'), hit('client')], [hit('event:b'), hit('client')], [hit('event:a'), hit('client')]]);
    expect(totals.map((total) => [total.bucket, total.added])).toEqual([
      ['client', 3],
      ['event:a', 2],
      ['event:b', 1],
    ]);
    const after = new Map([
      [hitKey(hit('client')), 13],
      [hitKey(hit('event:a')), 7],
      [hitKey(hit('event:b')), 1],
    ]);
    expect(countsOf(after)).toEqual([
      [6, 11],
      [1, 12],
      [7, 13],
    ]);
  });

  it('counts the same bucket in two windows apart', () => {
    const { totals } = tally([[hit('client', window)], [hit('client', nextWindow)]]);
    expect(totals.map((total) => total.added)).toEqual([1, 1]);
  });

  it('sends the hits that arrive while a statement is out in one statement', async () => {
    const table = counters();
    const batches = new HitBatches(table.add);
    const answers = await Promise.all(Array.from({ length: 5 }, () => batches.count([hit('client')])));
    expect(answers).toEqual([[1], [2], [3], [4], [5]]);
    expect(table.statements.map((statement) => statement[0].added)).toEqual([1, 4]);
  });

  it('refuses every call of a batch whose statement fails, and counts the next batch', async () => {
    let fail = true;
    const table = counters();
    const batches = new HitBatches(async (totals) => {
      if (fail) throw new Error('connection lost');
      return table.add(totals);
    });
    const first = batches.count([hit('client')]);
    fail = false;
    await expect(first).rejects.toThrow('connection lost');
    await expect(batches.count([hit('client')])).resolves.toEqual([1]);
  });
});
