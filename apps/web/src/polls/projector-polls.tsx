// The projector's poll: the latest poll whose results the chair shows (bars, and a table for
// screen readers), or the open poll's question while results are hidden; and a vote's result.
import { pollsMessages } from '@convene/i18n/web/polls.messages';
import { useMessages } from '../i18n/i18n';
import { MotionOutcome } from './motion-outcome';
import { PollResultsView } from './poll-results';
import { type Motion, type Poll, pollsApi } from './polls-api';
import { useLiveList } from './use-live-list';
import './polls.css';

export function ProjectorPolls({ sessionId }: { sessionId: string }) {
  const { t } = useMessages(pollsMessages);
  const polls = useLiveList<Poll, 'polls'>(
    sessionId,
    'polls',
    async () => {
      const list = await pollsApi.list(sessionId);
      return { lastSeq: list.lastSeq, items: list.polls };
    },
    (since) => pollsApi.since(sessionId, since),
    // A projector the chair opened signed in also hears the moderators' quicker results: shown only when the room may see them.
    (message) => {
      const poll = message.poll as Poll;
      return poll.resultsShown ? poll : { ...poll, results: null };
    },
    'polls:results',
  );
  const motions = useLiveList<Motion, 'votes'>(
    sessionId,
    'votes',
    async () => {
      const list = await pollsApi.motions(sessionId);
      return { lastSeq: list.lastSeq, items: list.motions };
    },
    (since) => pollsApi.motionsSince(sessionId, since),
    (change) => change.motion,
  );
  const poll = [...polls.items].reverse().find((item) => item.status === 'open' || item.resultsShown);
  const motion = [...motions.items].reverse().find((item) => item.status !== 'draft');
  return (
    <>
      {motion && (
        <section className="projector-poll" aria-label={t('votes.projector.label')}>
          <p className="projector-label">{t('votes.projector.state', { open: motion.status === 'open' ? 'yes' : 'no' })}</p>
          <p className="poll-question">{motion.text}</p>
          {motion.result ? <MotionOutcome result={motion.result} /> : <p>{t('votes.projector.votedSoFar', { count: motion.ballotsCast })}</p>}
        </section>
      )}
      {poll && (
        <section className="projector-poll" aria-label={t('polls.projector.pollLabel')}>
          <p className="projector-label">{t('polls.projector.poll', { open: poll.status === 'open' ? 'yes' : 'no' })}</p>
          <p className="poll-question">{poll.question}</p>
          {poll.results ? <PollResultsView poll={poll} results={poll.results} large /> : <p>{t('polls.answeredSoFar', { count: poll.responses })}</p>}
        </section>
      )}
    </>
  );
}
