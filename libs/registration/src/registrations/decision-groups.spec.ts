import { DecisionGroups, Outcome } from './decision-groups';

/** A decider that records each group it was given and waits for the test to let it finish. */
function recordingDecider() {
  const groups: string[][] = [];
  const releases: Array<() => void> = [];
  const decide = async (_key: string, items: string[]): Promise<Array<Outcome<string>>> => {
    groups.push(items);
    await new Promise<void>((resolve) => releases.push(resolve));
    if (items.includes('broken') && items.length > 1) throw new Error('the group failed');
    return items.map((item) => (item === 'refused' || item === 'broken' ? { ok: false, error: new Error(item) } : { ok: true, value: `decided ${item}` }));
  };
  const releaseNext = async () => {
    while (!releases.length) await Promise.resolve();
    (releases.shift() as () => void)();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { groups, decide, releaseNext };
}

describe('Decision groups', () => {
  it('decides the first arrival alone, and those arriving meanwhile together in arrival order', async () => {
    const { groups, decide, releaseNext } = recordingDecider();
    const desk = new DecisionGroups(decide, 100);
    const answers = ['a', 'b', 'c', 'd'].map((item) => desk.submit('event', item));
    await releaseNext();
    await releaseNext();
    expect(await Promise.all(answers)).toEqual(['decided a', 'decided b', 'decided c', 'decided d']);
    expect(groups).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('keeps groups to their largest size, and each key to its own groups', async () => {
    const { groups, decide, releaseNext } = recordingDecider();
    const desk = new DecisionGroups(decide, 2);
    const answers = [desk.submit('one', 'a'), desk.submit('two', 'x'), desk.submit('one', 'b'), desk.submit('one', 'c'), desk.submit('one', 'd')];
    for (let turn = 0; turn < 4; turn++) await releaseNext();
    await Promise.all(answers);
    expect(groups).toEqual([['a'], ['x'], ['b', 'c'], ['d']]);
  });

  it('refuses only the item refused, and tries each item alone when its group fails', async () => {
    const { groups, decide, releaseNext } = recordingDecider();
    const desk = new DecisionGroups(decide, 100);
    const answers = Promise.allSettled(['a', 'refused', 'broken', 'e'].map((item) => desk.submit('event', item)));
    for (let turn = 0; turn < 5; turn++) await releaseNext();
    expect((await answers).map((answer) => (answer.status === 'fulfilled' ? answer.value : (answer.reason as Error).message))).toEqual([
      'decided a',
      'refused',
      'broken',
      'decided e',
    ]);
    expect(groups).toEqual([['a'], ['refused', 'broken', 'e'], ['refused'], ['broken'], ['e']]);
  });
});
