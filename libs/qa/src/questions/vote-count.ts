/**
 * A question's count as a vote's own statement leaves it: the other participants' votes its
 * snapshot saw, and the participant's own, which is there after a vote and gone after a
 * withdrawal, whichever of their requests did it (two taps at once: one inserts, one finds it
 * there). Others' votes committed meanwhile are not in it; the counts sent after commit are.
 */
export function countAfterVote(others: number, on: boolean): number {
  return on ? others + 1 : others;
}
