import { withTitles } from './with-titles';

describe('withTitles', () => {
  const titles = new Map([
    ['s1', 'Opening plenary'],
    ['s2', 'Community energy'],
  ]);

  it("puts each row's session title right after its sessionId, keeping the other keys in order", () => {
    const rows = [{ id: 'q1', sessionId: 's2', body: 'How?', createdAt: 'then' }];
    const titled = withTitles(rows, titles, 'sessionId', 'sessionTitle');
    expect(titled).toEqual([{ id: 'q1', sessionId: 's2', sessionTitle: 'Community energy', body: 'How?', createdAt: 'then' }]);
    expect(Object.keys(titled[0])).toEqual(['id', 'sessionId', 'sessionTitle', 'body', 'createdAt']);
  });

  it('keeps the rows in their order, and leaves out those whose session is not there, as a join would', () => {
    const rows = [
      { sessionId: 's1', n: 1 },
      { sessionId: 'gone', n: 2 },
      { sessionId: 's2', n: 3 },
      { sessionId: 's1', n: 4 },
    ];
    expect(withTitles(rows, titles, 'sessionId', 'sessionTitle').map((row) => [row.n, row.sessionTitle])).toEqual([
      [1, 'Opening plenary'],
      [3, 'Community energy'],
      [4, 'Opening plenary'],
    ]);
  });
});
