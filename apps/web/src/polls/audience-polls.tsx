// The audience page's polls and votes: answer the open poll from a phone (and change the answer
// until it closes), see results the chair shows, and, for voting members, vote on an open motion.
import { useState } from 'react';
import { pollsMessages } from '@convene/i18n/web/polls.messages';
import { ApiError } from '../api';
import { apiErrorText } from '../api-errors';
import { useMessages } from '../i18n/i18n';
import { PollResultsView } from './poll-results';
import { MotionOutcome } from './motion-outcome';
import { type Motion, type MyAnswer, type Poll, labels, pollsApi } from './polls-api';
import { useLiveList } from './use-live-list';
import './polls.css';

export function AudiencePolls({ sessionId }: { sessionId: string }) {
  const [mine, setMine] = useState<Record<string, MyAnswer>>({});
  const polls = useLiveList<Poll, 'polls'>(
    sessionId,
    'polls',
    async () => {
      const list = await pollsApi.list(sessionId);
      setMine(Object.fromEntries(list.mine.map((answer) => [answer.pollId, answer])));
      return { lastSeq: list.lastSeq, items: list.polls };
    },
    (since) => pollsApi.since(sessionId, since),
    (message) => message.poll as Poll,
  );
  const shown = polls.items.filter((poll) => poll.status === 'open' || poll.resultsShown).reverse();
  const { t } = useMessages(pollsMessages);
  return (
    <>
      {shown.length > 0 && (
        <section aria-labelledby="polls-heading">
          <h2 id="polls-heading">{t('polls.heading')}</h2>
          {shown.map((poll) => (
            <PollCard key={poll.id} poll={poll} answer={mine[poll.id]} onAnswered={(answer) => setMine((current) => ({ ...current, [poll.id]: answer }))} />
          ))}
        </section>
      )}
      <AudienceVotes sessionId={sessionId} />
    </>
  );
}

function PollCard({ poll, answer, onAnswered }: { poll: Poll; answer: MyAnswer | undefined; onAnswered: (answer: MyAnswer) => void }) {
  const [choices, setChoices] = useState<number[]>(answer ? (poll.kind === 'rating' && answer.rating ? [answer.rating - 1] : answer.choices) : []);
  const [text, setText] = useState(answer?.text ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const multiple = poll.kind === 'multiple';
  const headingId = `poll-${poll.id}`;
  const { t } = useMessages(pollsMessages);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const body = poll.kind === 'text' ? { text } : poll.kind === 'rating' ? { rating: (choices[0] ?? -1) + 1 } : { choices };
      const saved = await pollsApi.answer(poll.id, body, Boolean(answer));
      onAnswered(saved.answer);
      setMessage(answer ? t('polls.changed') : t('polls.counted'));
    } catch (error) {
      setMessage(error instanceof ApiError ? apiErrorText(error) : t('polls.notReached'));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (index: number) =>
    setChoices((current) => (multiple ? (current.includes(index) ? current.filter((choice) => choice !== index) : [...current, index]) : [index]));

  return (
    <article className="poll-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="poll-question">
        {poll.question}
      </h3>
      {poll.status === 'open' ? (
        <form onSubmit={(event) => void submit(event)}>
          {poll.kind === 'text' ? (
            <>
              <label htmlFor={`text-${poll.id}`}>{t('polls.fewWords')}</label>
              <input id={`text-${poll.id}`} maxLength={60} value={text} onChange={(event) => setText(event.target.value)} required />
            </>
          ) : (
            <fieldset className="poll-options">
              <legend>{t('polls.pick', { kind: poll.kind, max: poll.maxChoices ?? poll.options.length })}</legend>
              {labels(poll).map((label, index) => (
                <label key={label}>
                  <input type={multiple ? 'checkbox' : 'radio'} name={`poll-${poll.id}`} checked={choices.includes(index)} onChange={() => toggle(index)} />
                  {label}
                </label>
              ))}
            </fieldset>
          )}
          <button type="submit" disabled={busy || (poll.kind !== 'text' && choices.length === 0)}>
            {t('polls.send', { answered: answer ? 'yes' : 'no' })}
          </button>
        </form>
      ) : (
        <p className="poll-status">{t('polls.closed')}</p>
      )}
      <p role="status">{message ?? (answer && poll.status === 'open' ? t('polls.canChange') : '')}</p>
      {poll.results && <PollResultsView poll={poll} results={poll.results} />}
      {!poll.results && poll.status === 'open' && <p className="poll-total">{t('polls.answeredSoFar', { count: poll.responses })}</p>}
    </article>
  );
}

const CHOICES = ['for', 'against', 'abstain'] as const;

function AudienceVotes({ sessionId }: { sessionId: string }) {
  const [rights, setRights] = useState<Array<{ memberPersonId: string; name: string; asProxy: boolean }>>([]);
  const [cast, setCast] = useState<Array<{ motionId: string; memberPersonId: string }>>([]);
  const [message, setMessage] = useState<string | null>(null);
  const { t } = useMessages(pollsMessages);
  const motions = useLiveList<Motion, 'votes'>(
    sessionId,
    'votes',
    async () => {
      const list = await pollsApi.motions(sessionId);
      setRights(list.mine?.rights ?? []);
      setCast(list.mine?.cast ?? []);
      return { lastSeq: list.lastSeq, items: list.motions };
    },
    (since) => pollsApi.motionsSince(sessionId, since),
    (change) => change.motion,
  );
  const shown = motions.items.filter((motion) => motion.status !== 'draft').reverse();
  if (!shown.length) return null;

  async function vote(motion: Motion, choice: 'for' | 'against' | 'abstain', memberPersonId: string, asProxy: boolean) {
    try {
      await pollsApi.ballot(motion.id, choice, asProxy ? memberPersonId : undefined);
      setCast((current) => [...current, { motionId: motion.id, memberPersonId }]);
      setMessage(t('votes.recorded'));
    } catch (error) {
      setMessage(error instanceof ApiError ? apiErrorText(error) : t('polls.notReached'));
    }
  }

  return (
    <section aria-labelledby="votes-heading">
      <h2 id="votes-heading">{t('votes.heading')}</h2>
      <p role="status">{message}</p>
      {shown.map((motion) => (
        <article key={motion.id} className="motion-card" aria-label={t('votes.motionLabel', { text: motion.text })}>
          <p className="poll-question">{t('votes.motionLabel', { text: motion.text })}</p>
          <p className="muted">
            {t('votes.ballotName', { ballot: motion.ballot })} · {t('votes.ballotsCast', { count: motion.ballotsCast })}
          </p>
          {motion.status === 'open' &&
            rights.map((right) =>
              cast.some((entry) => entry.motionId === motion.id && entry.memberPersonId === right.memberPersonId) ? (
                <p key={right.memberPersonId}>{right.asProxy ? t('votes.recordedProxy', { name: right.name }) : t('votes.recordedMine')}</p>
              ) : (
                <div key={right.memberPersonId} role="group" aria-label={right.asProxy ? t('votes.proxyGroup', { name: right.name }) : t('votes.yourVoteGroup')}>
                  <p>{right.asProxy ? t('votes.asProxy', { name: right.name }) : t('votes.yourVote')}</p>
                  {CHOICES.map((choice) => (
                    <button key={choice} type="button" onClick={() => void vote(motion, choice, right.memberPersonId, right.asProxy)}>
                      {t('votes.choice', { choice })}
                    </button>
                  ))}
                </div>
              ),
            )}
          {motion.result && <MotionOutcome result={motion.result} />}
        </article>
      ))}
    </section>
  );
}
