import { countAfterVote } from './vote-count';

describe('countAfterVote', () => {
  it("counts the participant's own vote after a vote, whether this request cast it or one before it did", () => {
    expect(countAfterVote(4, true)).toBe(5);
  });

  it("leaves the participant's vote out after a withdrawal, whether this request withdrew it or one beside it did", () => {
    expect(countAfterVote(4, false)).toBe(4);
  });
});
