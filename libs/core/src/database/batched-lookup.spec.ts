import { BatchedLookup, SharedInFlight } from './batched-lookup';

describe('BatchedLookup', () => {
  it('answers every lookup of one turn with one query, each with its own row', async () => {
    const queries: number[][] = [];
    const lookup = new BatchedLookup<number, string>(async (keys) => {
      queries.push(keys);
      return new Map(keys.filter((key) => key !== 3).map((key) => [key, `row ${key}`]));
    });
    const answers = await Promise.all([1, 2, 2, 3].map((key) => lookup.get(key)));
    expect(answers).toEqual(['row 1', 'row 2', 'row 2', undefined]);
    expect(queries).toEqual([[1, 2, 3]]);
    // A later turn queries again: nothing is kept.
    expect(await lookup.get(1)).toBe('row 1');
    expect(queries).toHaveLength(2);
  });

  it('rejects every caller of a failed query, and the next turn queries afresh', async () => {
    let fail = true;
    const lookup = new BatchedLookup<number, number>(async (keys) => {
      if (fail) throw new Error('database down');
      return new Map(keys.map((key) => [key, key * 10]));
    });
    const results = await Promise.allSettled([lookup.get(1), lookup.get(2)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await lookup.get(2)).toBe(20);
  });
});

describe('SharedInFlight', () => {
  it('shares a load while it runs, and loads again once it has finished', async () => {
    let loads = 0;
    const shared = new SharedInFlight<string, number>();
    const load = async () => ++loads;
    expect(await Promise.all([shared.run('a', load), shared.run('a', load), shared.run('b', load)])).toEqual([1, 1, 2]);
    expect(await shared.run('a', load)).toBe(3);
  });

  it('starts afresh for asks after forgetAll, while the earlier ones keep their load', async () => {
    let loads = 0;
    const shared = new SharedInFlight<string, number>();
    const load = async () => ++loads;
    const before = shared.run('a', load);
    shared.forgetAll();
    expect(await Promise.all([before, shared.run('a', load)])).toEqual([1, 2]);
  });
});
