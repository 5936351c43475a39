// The console's polls and votes: prepare a poll, open, close, reveal; see results live whether or
// not the room does; and, in committees, the quorum and motions put to the vote.
import { useState } from 'react';
import { pollsMessages } from '@convene/i18n/web/polls.messages';
import { ApiError } from '../api';
import { apiErrorText } from '../api-errors';
import { useMessages } from '../i18n/i18n';
import { PollResultsView } from './poll-results';
import { type Motion, type Poll, type PollKind, type Quorum, pollsApi, pollsCsvUrl, votesCsvUrl } from './polls-api';
import { MotionOutcome } from './motion-outcome';
import { useLiveList } from './use-live-list';
import './polls.css';

export function ConsolePolls({ sessionId }: { sessionId: string }) {
  const { t } = useMessages(pollsMessages);
  const [problem, setProblem] = useState<string | null>(null);
  const polls = useLiveList<Poll, 'polls'>(
    sessionId,
    'polls',
    async () => {
      const list = await pollsApi.console(sessionId);
      return { lastSeq: list.lastSeq, items: list.polls };
    },
    (since) => pollsApi.since(sessionId, since),
    // The room's changes carry no results while hidden: keep the console's own.
    (message) => {
      const { results, ...rest } = message.poll as Poll;
      return (results ? { ...rest, results } : rest) as Poll;
    },
    'polls:results',
  );

  async function act(work: () => Promise<Poll | null>) {
    try {
      const poll = await work();
      if (poll) polls.upsert(poll);
      else polls.reload();
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof ApiError ? apiErrorText(error) : t('polls.notReached'));
    }
  }

  return (
    <section className="console-polls" aria-labelledby="console-polls-heading">
      <h2 id="console-polls-heading">{t('polls.heading')}</h2>
      <p>
        <a href={pollsCsvUrl(sessionId)}>{t('polls.exportCsv')}</a>
      </p>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
      <NewPollForm onCreate={(body) => act(() => pollsApi.create(sessionId, body))} />
      {polls.items.map((poll) => (
        <article key={poll.id} className="poll-card" aria-label={t('polls.pollLabel', { question: poll.question })}>
          <p className="poll-question">{poll.question}</p>
          <p className="poll-status">
            {t('polls.console.status', { status: poll.status, shown: poll.resultsShown ? 'yes' : 'no' })}
          </p>
          {poll.status === 'draft' && (
            <>
              <button type="button" onClick={() => void act(() => pollsApi.act(poll.id, 'open'))}>{t('polls.open')}</button>
              <button type="button" onClick={() => void act(async () => (await pollsApi.remove(poll.id), null))}>{t('polls.deleteDraft')}</button>
            </>
          )}
          {poll.status === 'open' && <button type="button" onClick={() => void act(() => pollsApi.act(poll.id, 'close'))}>{t('polls.close')}</button>}
          {poll.status !== 'draft' &&
            (poll.resultsShown ? (
              <button type="button" onClick={() => void act(() => pollsApi.act(poll.id, 'conceal'))}>{t('polls.hideResults')}</button>
            ) : (
              <button type="button" onClick={() => void act(() => pollsApi.act(poll.id, 'reveal'))}>{t('polls.showResults')}</button>
            ))}
          {poll.results && <PollResultsView poll={poll} results={poll.results} />}
          {poll.kind === 'text' && poll.textAnswers && poll.textAnswers.length > 0 && (
            <details>
              <summary>{t('polls.textAnswers', { count: poll.textAnswers.length })}</summary>
              <ul>
                {poll.textAnswers.map((answer) => (
                  <li key={answer.id}>
                    {answer.text} {answer.filtered ? t('polls.heldByFilter') : ''}{' '}
                    <button type="button" onClick={() => void act(() => pollsApi.hideAnswer(poll.id, answer.id, !answer.hidden))}>
                      {t('polls.answerVisibility', { hidden: answer.hidden ? 'yes' : 'no' })}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </article>
      ))}
    </section>
  );
}

const POLL_KINDS: PollKind[] = ['single', 'multiple', 'rating', 'text'];
const MAJORITIES: Array<Motion['majority']> = ['simple', 'two_thirds_voting', 'two_thirds_members'];
const BALLOTS: Array<Motion['ballot']> = ['named', 'secret'];

function NewPollForm({ onCreate }: { onCreate: (body: { question: string; kind: PollKind; options?: string[]; maxChoices?: number; showResults: boolean }) => Promise<void> }) {
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<PollKind>('single');
  const [options, setOptions] = useState('');
  const [maxChoices, setMaxChoices] = useState('');
  const [showResults, setShowResults] = useState(false);
  const { t } = useMessages(pollsMessages);
  const choice = kind === 'single' || kind === 'multiple';
  return (
    <details>
      <summary>{t('polls.prepare')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onCreate({
            question,
            kind,
            options: choice ? options.split('\n').map((line) => line.trim()).filter(Boolean) : undefined,
            maxChoices: kind === 'multiple' && maxChoices ? Number(maxChoices) : undefined,
            showResults,
          }).then(() => {
            setQuestion('');
            setOptions('');
          });
        }}
      >
        <label htmlFor="poll-question">{t('polls.question')}</label>
        <input id="poll-question" value={question} maxLength={300} onChange={(event) => setQuestion(event.target.value)} required />
        <label htmlFor="poll-kind">{t('polls.kind')}</label>
        <select id="poll-kind" value={kind} onChange={(event) => setKind(event.target.value as PollKind)}>
          {POLL_KINDS.map((value) => (
            <option key={value} value={value}>
              {t('polls.kindName', { kind: value })}
            </option>
          ))}
        </select>
        {choice && (
          <>
            <label htmlFor="poll-options">{t('polls.options')}</label>
            <textarea id="poll-options" rows={4} value={options} onChange={(event) => setOptions(event.target.value)} required />
          </>
        )}
        {kind === 'multiple' && (
          <>
            <label htmlFor="poll-max">{t('polls.maxChoices')}</label>
            <input id="poll-max" type="number" min={1} max={12} value={maxChoices} onChange={(event) => setMaxChoices(event.target.value)} />
          </>
        )}
        <label className="qa-checkbox">
          <input type="checkbox" checked={showResults} onChange={(event) => setShowResults(event.target.checked)} /> {t('polls.showAsAnswered')}
        </label>
        <button type="submit">{t('polls.saveDraft')}</button>
      </form>
    </details>
  );
}

export function ConsoleVotes({ sessionId }: { sessionId: string }) {
  const { t } = useMessages(pollsMessages);
  const [quorum, setQuorum] = useState<Quorum | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [majority, setMajority] = useState<Motion['majority']>('simple');
  const [ballot, setBallot] = useState<Motion['ballot']>('named');
  const motions = useLiveList<Motion, 'votes'>(
    sessionId,
    'votes',
    async () => {
      const list = await pollsApi.motionsConsole(sessionId);
      setQuorum(list.quorum);
      return { lastSeq: list.lastSeq, items: list.motions };
    },
    (since) => pollsApi.motionsSince(sessionId, since),
    (change) => change.motion,
  );
  if (quorum && !quorum.hasList && motions.items.length === 0) return null;

  async function act(work: () => Promise<Motion>) {
    try {
      motions.upsert(await work());
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof ApiError ? apiErrorText(error) : t('polls.notReached'));
    }
  }

  return (
    <section className="console-votes" aria-labelledby="console-votes-heading">
      <h2 id="console-votes-heading">{t('votes.heading')}</h2>
      {quorum && (
        <p className={quorum.quorate ? 'quorum-ok' : 'quorum-no'}>
          {t('votes.quorum', { quorate: quorum.quorate ? 'yes' : 'no', present: quorum.present, members: quorum.members, quorum: quorum.quorum })}{' '}
          <button type="button" onClick={() => motions.reload()}>{t('votes.checkAgain')}</button>
        </p>
      )}
      <p>
        <a href={votesCsvUrl(sessionId)}>{t('votes.exportCsv')}</a>
      </p>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
      <details>
        <summary>{t('votes.prepare')}</summary>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void act(() => pollsApi.createMotion(sessionId, { text, majority, ballot })).then(() => setText(''));
          }}
        >
          <label htmlFor="motion-text">{t('votes.motionText')}</label>
          <textarea id="motion-text" rows={2} value={text} onChange={(event) => setText(event.target.value)} required />
          <label htmlFor="motion-majority">{t('votes.majority')}</label>
          <select id="motion-majority" value={majority} onChange={(event) => setMajority(event.target.value as Motion['majority'])}>
            {MAJORITIES.map((value) => (
              <option key={value} value={value}>
                {t('votes.majorityName', { majority: value })}
              </option>
            ))}
          </select>
          <label htmlFor="motion-ballot">{t('votes.ballot')}</label>
          <select id="motion-ballot" value={ballot} onChange={(event) => setBallot(event.target.value as Motion['ballot'])}>
            {BALLOTS.map((value) => (
              <option key={value} value={value}>
                {t('votes.ballotName', { ballot: value })}
              </option>
            ))}
          </select>
          <button type="submit">{t('votes.save')}</button>
        </form>
      </details>
      {motions.items.map((motion) => (
        <article key={motion.id} className="motion-card" aria-label={t('votes.motionLabel', { text: motion.text })}>
          <p className="poll-question">{motion.text}</p>
          <p>{t('votes.status', { status: motion.status, count: motion.ballotsCast })}</p>
          {motion.status === 'draft' && <button type="button" onClick={() => void act(() => pollsApi.actMotion(motion.id, 'open'))}>{t('votes.putToVote')}</button>}
          {motion.status === 'open' && <button type="button" onClick={() => void act(() => pollsApi.actMotion(motion.id, 'close'))}>{t('votes.close')}</button>}
          {motion.result && <MotionOutcome result={motion.result} />}
        </article>
      ))}
    </section>
  );
}
