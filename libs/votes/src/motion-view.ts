import { MotionView } from './dto/votes.views';
import { Motion, MotionStatus } from './motion.entity';

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
