/**
 * Where the Q&A's "now answering" question goes on the liveblog page. Q&A (libs/qa) is not on main
 * yet: once it is, this shows the question its live stream marks as being answered.
 */
export function NowAnswering({ sessionId }: { sessionId: string }) {
  void sessionId;
  return null;
}
