import { BallotKind, MajorityRule, Motion, MotionStatus } from './motion.entity';

/** A motion as the room may see it: the counts only once it has closed. */
export interface MotionView {
  id: string;
  sessionId: string;
  text: string;
  majority: MajorityRule;
  ballot: BallotKind;
  status: MotionStatus;
  /** Ballots cast so far (never how). */
  ballotsCast: number;
  membersCount: number | null;
  presentCount: number | null;
  quorum: number | null;
  result: { for: number; against: number; abstentions: number; carried: boolean; decision: string } | null;
  openedAt: Date | null;
  closedAt: Date | null;
}

export function motionView(motion: Motion, ballotsCast: number): MotionView {
  return {
    id: motion.id,
    sessionId: motion.sessionId,
    text: motion.text,
    majority: motion.majority,
    ballot: motion.ballot,
    status: motion.status,
    ballotsCast,
    membersCount: motion.membersCount,
    presentCount: motion.presentCount,
    quorum: motion.quorum,
    result:
      motion.status === MotionStatus.Closed
        ? { for: motion.votesFor, against: motion.votesAgainst, abstentions: motion.abstentions, carried: Boolean(motion.carried), decision: motion.decision ?? '' }
        : null,
    openedAt: motion.openedAt,
    closedAt: motion.closedAt,
  };
}

/** Whether the meeting can vote now: voting members present against the quorum. */
export interface QuorumView {
  /** False when no voting list applies to the event. */
  hasList: boolean;
  scope: 'series' | 'event' | null;
  members: number;
  present: number;
  quorum: number;
  quorate: boolean;
}
