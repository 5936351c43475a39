import { GroupedStatements } from './grouped-statements';

/** A statement held open until the test lets it answer, recording the groups it was given. */
function heldStatements(answer: (items: string[]) => string[] | Promise<string[]> = (items) => items.map((item) => `done ${item}`)) {
  const groups: string[][] = [];
  const releases: Array<() => void> = [];
  const run = async (items: string[]) => {
    groups.push(items);
    await new Promise<void>((release) => releases.push(release));
    return answer(items);
  };
  /** Lets the oldest statement still open answer, and waits until the next one (if any) has started. */
  const releaseNext = async () => {
    (releases.shift() as () => void)();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { run, groups, releaseNext };
}

describe('grouped statements', () => {
  it('sends a lone item at once, and the items that arrive while it is in flight together in the next group, in arrival order', async () => {
    const statements = heldStatements();
    const grouped = new GroupedStatements(statements.run);
    const first = grouped.submit('a');
    const later = ['b', 'c', 'd'].map((item) => grouped.submit(item));
    expect(statements.groups).toEqual([['a']]);

    await statements.releaseNext();
    expect(statements.groups).toEqual([['a'], ['b', 'c', 'd']]);
    await statements.releaseNext();

    await expect(first).resolves.toBe('done a');
    await expect(Promise.all(later)).resolves.toEqual(['done b', 'done c', 'done d']);
  });

  it('gives each item the outcome at its own place in the group', async () => {
    const grouped = new GroupedStatements(async (items: number[]) => items.map((item) => item * 10));
    const outcomes = await Promise.all([1, 2, 3, 4].map((item) => grouped.submit(item)));
    expect(outcomes).toEqual([10, 20, 30, 40]);
  });

  it('keeps a group to the largest size, the rest following in order', async () => {
    const statements = heldStatements();
    const grouped = new GroupedStatements(statements.run, 2);
    const all = ['a', 'b', 'c', 'd', 'e'].map((item) => grouped.submit(item));
    await statements.releaseNext();
    await statements.releaseNext();
    await statements.releaseNext();
    expect(statements.groups).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
    await expect(Promise.all(all)).resolves.toEqual(['done a', 'done b', 'done c', 'done d', 'done e']);
  });

  it('runs a failing group again one item at a time, so only the failing item fails', async () => {
    const groups: string[][] = [];
    const grouped = new GroupedStatements(async (items: string[]) => {
      groups.push(items);
      if (items.includes('bad')) throw new Error('invalid input syntax for type uuid: "bad"');
      return items.map((item) => `done ${item}`);
    });
    const held = grouped.submit('first');
    const outcomes = ['a', 'bad', 'b'].map((item) => grouped.submit(item).then((outcome) => ({ outcome }), (error: Error) => ({ error: error.message })));

    await expect(held).resolves.toBe('done first');
    expect(await Promise.all(outcomes)).toEqual([{ outcome: 'done a' }, { error: 'invalid input syntax for type uuid: "bad"' }, { outcome: 'done b' }]);
    expect(groups).toEqual([['first'], ['a', 'bad', 'b'], ['a'], ['bad'], ['b']]);
  });

  it('refuses every item of a statement that answered for a different number of items, and goes on with the next group', async () => {
    let calls = 0;
    const grouped = new GroupedStatements(async (items: string[]) => (calls++ === 0 ? items.slice(1) : items.map((item) => `done ${item}`)));
    await expect(grouped.submit('lost')).rejects.toThrow('A group of 1 got 0 outcomes');
    await expect(grouped.submit('next')).resolves.toBe('done next');
  });

  it('loses no item submitted while a failing group is being run one by one', async () => {
    const grouped = new GroupedStatements(async (items: string[]) => {
      if (items.length > 1) throw new Error('deadlock detected');
      await new Promise((resolve) => setImmediate(resolve));
      return items.map((item) => `done ${item}`);
    });
    const first = grouped.submit('a');
    const pair = [grouped.submit('b'), grouped.submit('c')];
    await first;
    const meanwhile = grouped.submit('d');
    await expect(Promise.all([...pair, meanwhile])).resolves.toEqual(['done b', 'done c', 'done d']);
  });
});
