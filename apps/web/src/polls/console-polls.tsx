// The console's polls and votes: prepare a poll, open, close, reveal; see results live whether or
// not the room does; and, in committees, the quorum and motions put to the vote.
import { useState } from 'react';
import { ApiError } from '../api';
import { PollResultsView } from './poll-results';
import { type Motion, type Poll, type PollKind, type Quorum, ballotsText, pollsApi, pollsCsvUrl, votesCsvUrl } from './polls-api';
import { useLiveList } from './use-live-list';
import './polls.css';

export function ConsolePolls({ sessionId }: { sessionId: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const polls = useLiveList<Poll>(
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
      setProblem(error instanceof ApiError ? error.message : 'That did not reach us. Try again.');
    }
  }

  return (
    <section className="console-polls" aria-labelledby="console-polls-heading">
      <h2 id="console-polls-heading">Polls</h2>
      <p>
        <a href={pollsCsvUrl(sessionId)}>Export poll results (CSV)</a>
      </p>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
      <NewPollForm onCreate={(body) => act(() => pollsApi.create(sessionId, body))} />
      {polls.items.map((poll) => (
        <article key={poll.id} className="poll-card" aria-label={`Poll: ${poll.question}`}>
          <p className="poll-question">{poll.question}</p>
          <p className="poll-status">
            {poll.status === 'draft' ? 'Draft: only you see it' : poll.status === 'open' ? 'Open' : 'Closed'} · results {poll.resultsShown ? 'shown to the room' : 'hidden from the room'}
          </p>
          {poll.status === 'draft' && (
            <>
              <button type="button" onClick={() => void act(() => pollsApi.act(poll.id, 'open'))}>Open poll</button>
              <button type="button" onClick={() => void act(async () => (await pollsApi.remove(poll.id), null))}>Delete draft</button>
            </>
          )}
          {poll.status === 'open' && <button type="button" onClick={() => void act(() => pollsApi.act(poll.id, 'close'))}>Close poll</button>}
          {poll.status !== 'draft' &&
            (poll.resultsShown ? (
              <button type="button" onClick={() => void act(() => pollsApi.act(poll.id, 'conceal'))}>Hide results</button>
            ) : (
              <button type="button" onClick={() => void act(() => pollsApi.act(poll.id, 'reveal'))}>Show results</button>
            ))}
          {poll.results && <PollResultsView poll={poll} results={poll.results} />}
          {poll.kind === 'text' && poll.textAnswers && poll.textAnswers.length > 0 && (
            <details>
              <summary>Text answers ({poll.textAnswers.length})</summary>
              <ul>
                {poll.textAnswers.map((answer) => (
                  <li key={answer.id}>
                    {answer.text} {answer.filtered ? '(held by the word filter)' : ''}{' '}
                    <button type="button" onClick={() => void act(() => pollsApi.hideAnswer(poll.id, answer.id, !answer.hidden))}>
                      {answer.hidden ? 'Show' : 'Hide'}
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

function NewPollForm({ onCreate }: { onCreate: (body: { question: string; kind: PollKind; options?: string[]; maxChoices?: number; showResults: boolean }) => Promise<void> }) {
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<PollKind>('single');
  const [options, setOptions] = useState('');
  const [maxChoices, setMaxChoices] = useState('');
  const [showResults, setShowResults] = useState(false);
  const choice = kind === 'single' || kind === 'multiple';
  return (
    <details>
      <summary>Prepare a poll</summary>
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
        <label htmlFor="poll-question">Poll question</label>
        <input id="poll-question" value={question} maxLength={300} onChange={(event) => setQuestion(event.target.value)} required />
        <label htmlFor="poll-kind">Kind</label>
        <select id="poll-kind" value={kind} onChange={(event) => setKind(event.target.value as PollKind)}>
          <option value="single">Single choice</option>
          <option value="multiple">Multiple choice</option>
          <option value="rating">Rating 1 to 5</option>
          <option value="text">A few words (word cloud)</option>
        </select>
        {choice && (
          <>
            <label htmlFor="poll-options">Options, one per line</label>
            <textarea id="poll-options" rows={4} value={options} onChange={(event) => setOptions(event.target.value)} required />
          </>
        )}
        {kind === 'multiple' && (
          <>
            <label htmlFor="poll-max">Most options one person may pick (leave empty for all)</label>
            <input id="poll-max" type="number" min={1} max={12} value={maxChoices} onChange={(event) => setMaxChoices(event.target.value)} />
          </>
        )}
        <label className="qa-checkbox">
          <input type="checkbox" checked={showResults} onChange={(event) => setShowResults(event.target.checked)} /> Show results to the room as answers come in
        </label>
        <button type="submit">Save as draft</button>
      </form>
    </details>
  );
}

export function ConsoleVotes({ sessionId }: { sessionId: string }) {
  const [quorum, setQuorum] = useState<Quorum | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [majority, setMajority] = useState<Motion['majority']>('simple');
  const [ballot, setBallot] = useState<Motion['ballot']>('named');
  const motions = useLiveList<Motion>(
    sessionId,
    'votes',
    async () => {
      const list = await pollsApi.motionsConsole(sessionId);
      setQuorum(list.quorum);
      return { lastSeq: list.lastSeq, items: list.motions };
    },
    (since) => pollsApi.motionsSince(sessionId, since),
    (change) => change.motion as Motion,
  );
  if (quorum && !quorum.hasList && motions.items.length === 0) return null;

  async function act(work: () => Promise<Motion>) {
    try {
      motions.upsert(await work());
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'That did not reach us. Try again.');
    }
  }

  return (
    <section className="console-votes" aria-labelledby="console-votes-heading">
      <h2 id="console-votes-heading">Votes</h2>
      {quorum && (
        <p className={quorum.quorate ? 'quorum-ok' : 'quorum-no'}>
          {quorum.quorate ? 'Quorate' : 'Not quorate'}: {quorum.present} of {quorum.members} voting members present (quorum {quorum.quorum}).{' '}
          <button type="button" onClick={() => motions.reload()}>Check again</button>
        </p>
      )}
      <p>
        <a href={votesCsvUrl(sessionId)}>Export vote results (CSV)</a>
      </p>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
      <details>
        <summary>Prepare a motion</summary>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void act(() => pollsApi.createMotion(sessionId, { text, majority, ballot })).then(() => setText(''));
          }}
        >
          <label htmlFor="motion-text">Motion: RESOLVED that …</label>
          <textarea id="motion-text" rows={2} value={text} onChange={(event) => setText(event.target.value)} required />
          <label htmlFor="motion-majority">Majority</label>
          <select id="motion-majority" value={majority} onChange={(event) => setMajority(event.target.value as Motion['majority'])}>
            <option value="simple">Simple majority</option>
            <option value="two_thirds_voting">Two-thirds of those voting</option>
            <option value="two_thirds_members">Two-thirds of the members</option>
          </select>
          <label htmlFor="motion-ballot">Ballot</label>
          <select id="motion-ballot" value={ballot} onChange={(event) => setBallot(event.target.value as Motion['ballot'])}>
            <option value="named">Named vote</option>
            <option value="secret">Secret ballot</option>
          </select>
          <button type="submit">Save motion</button>
        </form>
      </details>
      {motions.items.map((motion) => (
        <article key={motion.id} className="motion-card" aria-label={`Motion: ${motion.text}`}>
          <p className="poll-question">{motion.text}</p>
          <p>
            {motion.status === 'draft' ? 'Not yet put to the vote' : motion.status === 'open' ? `Voting: ${ballotsText(motion.ballotsCast)} so far` : `Closed: ${ballotsText(motion.ballotsCast)}`}
          </p>
          {motion.status === 'draft' && <button type="button" onClick={() => void act(() => pollsApi.actMotion(motion.id, 'open'))}>Put to the vote</button>}
          {motion.status === 'open' && <button type="button" onClick={() => void act(() => pollsApi.actMotion(motion.id, 'close'))}>Close the vote</button>}
          {motion.result && <p className="poll-status">{motion.result.decision}</p>}
        </article>
      ))}
    </section>
  );
}
