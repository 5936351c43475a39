// Changes the /live events refuse, each of which must fail `npm run typecheck` (nothing imports this
// file, so none of it is built): a @ts-expect-error whose line compiles fails the typecheck itself.
// The events' payloads are the REST API's view classes (ApiLivePayloads), for the log and the socket.
import { type LiveBroadcaster, type LiveLog, type LiveNamespace, Rooms } from '@convene/live';
import type { PublicPoll } from '@convene/polls';
import type { EntityManager } from 'typeorm';

export function changesTheEventsRefuse(log: LiveLog, broadcaster: LiveBroadcaster, namespace: LiveNamespace, tx: EntityManager, sessionId: string, poll: PublicPoll): void {
  // @ts-expect-error a Q&A change carries a question, settings or counts, not a poll
  void log.append(tx, sessionId, 'qa', 'question.asked', { poll });
  // @ts-expect-error a poll's change carries the poll as the room may see it, not a part of it
  void log.append(tx, sessionId, 'polls', 'poll.opened', { poll: { id: poll.id } });
  // @ts-expect-error a stream the socket has no event for
  void log.append(tx, sessionId, 'chat', 'said', {});
  // @ts-expect-error the moderators' running counts are read at a time (countedAt)
  broadcaster.voteCounts(sessionId, { votes: [{ id: poll.id, votes: 1 }] });
  // @ts-expect-error a motion's change, emitted on the namespace, carries the motion
  namespace.to(Rooms.session(sessionId)).emit('votes', { seq: 1, type: 'motion.opened', sessionId, at: new Date().toISOString(), poll });
}

export function changesTheEventsTake(log: LiveLog, namespace: LiveNamespace, tx: EntityManager, sessionId: string, poll: PublicPoll): void {
  void log.append(tx, sessionId, 'polls', 'poll.opened', { poll });
  namespace.to(Rooms.session(sessionId)).emit('polls', { seq: 1, type: 'poll.opened', sessionId, at: new Date().toISOString(), poll });
}
