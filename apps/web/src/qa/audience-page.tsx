// The audience's Q&A page: ask, upvote, see what is being answered, ask for the floor. Text is
// always rendered as React text nodes, never as HTML.
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api';
import { FollowSession } from '../live/follow-session';
import { useDocumentTitle } from '../site';
import { type Question, byVotesThenTime, qaApi } from './qa-api';
import { useFloor, useQuestions } from './use-questions';
import './qa.css';
import { AudiencePolls } from '../polls/audience-polls';

const MAX = 500;

export function QaAudiencePage({ sessionId }: { sessionId: string }) {
  const qa = useQuestions(sessionId, false);
  const heading = qa.sessionTitle ? `Questions: ${qa.sessionTitle}` : 'Questions';
  useDocumentTitle(heading);

  if (qa.state === 'failed') {
    return (
      <>
        <h1>Questions</h1>
        <p role="alert">
          {qa.error?.status === 404 ? 'This session has no live Q&A.' : qa.error?.status === 403 ? 'This Q&A is for the delegates of the event.' : 'We could not load the questions. Try again.'}
        </p>
      </>
    );
  }
  if (qa.state === 'loading' || !qa.settings) return <p className="muted">Loading questions…</p>;

  const answering = qa.questions.find((question) => question.status === 'answering' && question.visible);
  const open = qa.questions.filter((question) => question.status === 'approved' && question.visible).sort(byVotesThenTime);
  const answered = qa.questions.filter((question) => question.status === 'answered' && question.visible).sort(byVotesThenTime);
  const mineWaiting = qa.questions.filter((question) => question.mine && !question.visible);

  return (
    <div className="qa-audience">
      <h1>{heading}</h1>
      <FollowSession sessionId={sessionId} />
      <AudiencePolls sessionId={sessionId} />
      {answering && (
        <section className="qa-now" aria-labelledby="qa-now-heading">
          <h2 id="qa-now-heading">Now answering</h2>
          <QuestionItem question={answering} onVoted={qa.upsert} />
        </section>
      )}
      {qa.settings.open ? <AskForm sessionId={sessionId} anonymousAllowed={qa.settings.anonymousAllowed} onAsked={(q) => qa.upsert(q, { mine: true, voted: false })} /> : <p className="qa-closed">The chair has closed questions for now.</p>}
      {mineWaiting.length > 0 && (
        <section aria-labelledby="qa-mine-heading">
          <h2 id="qa-mine-heading">Your questions not shown</h2>
          <ul className="qa-list">
            {mineWaiting.map((question) => (
              <li key={question.id} className="qa-item" data-question-id={question.id}>
                <p className="qa-body">{question.body}</p>
                <p className="muted">
                  {question.status === 'pending' ? 'Waiting for the chair to approve it.' : question.status === 'hidden' ? `Hidden by the chair${question.hiddenReason ? `: ${question.hiddenReason}` : '.'}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="qa-open-heading">
        <h2 id="qa-open-heading">Questions ({open.length})</h2>
        {open.length === 0 ? (
          <p className="muted">No questions yet.</p>
        ) : (
          <ol className="qa-list" aria-live="polite">
            {open.map((question) => (
              <li key={question.id}>
                <QuestionItem question={question} onVoted={qa.upsert} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {answered.length > 0 && (
        <section aria-labelledby="qa-answered-heading">
          <h2 id="qa-answered-heading">Answered</h2>
          <ul className="qa-list">
            {answered.map((question) => (
              <li key={question.id}>
                <QuestionItem question={question} onVoted={qa.upsert} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <FloorRequest sessionId={sessionId} />
    </div>
  );
}

function QuestionItem({ question, onVoted }: { question: Question; onVoted: (question: Question, extra: Partial<Question>) => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  async function toggle() {
    try {
      const answer = await qaApi.vote(question.id, !question.voted);
      setProblem(null);
      onVoted(answer.question, { voted: answer.voted });
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'Your vote did not reach us. Try again.');
    }
  }
  const who = question.anonymous ? 'Anonymous' : [question.askerName, question.askerOrganisation].filter(Boolean).join(', ');
  return (
    <article className="qa-item" data-question-id={question.id}>
      <p className="qa-body">{question.body}</p>
      <p className="qa-meta">
        {who}
        {question.mine ? ' · your question' : ''}
        {question.edited ? ' · edited by the chair' : ''}
      </p>
      {/* Its name says which question: a list of "▲ 3 votes" buttons is no help out of context. */}
      <button type="button" className={`qa-vote${question.voted ? ' qa-voted' : ''}`} aria-pressed={question.voted ?? false} onClick={toggle} disabled={question.status === 'answered' && !question.voted}>
        <span className="visually-hidden">Vote for: {question.body} (</span>
        <span aria-hidden="true">▲ </span>
        <span className="qa-vote-count">{question.votes}</span>
        <span className="visually-hidden"> {question.votes === 1 ? 'vote' : 'votes'})</span>
      </button>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
    </article>
  );
}

function AskForm({ sessionId, anonymousAllowed, onAsked }: { sessionId: string; anonymousAllowed: boolean; onAsked: (question: Question) => void }) {
  const [body, setBody] = useState('');
  const [name, setName] = useState(() => localStorage.getItem('convene.qa.name') ?? '');
  const [organisation, setOrganisation] = useState(() => localStorage.getItem('convene.qa.organisation') ?? '');
  const [anonymous, setAnonymous] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const question = await qaApi.ask(sessionId, {
        body,
        anonymous,
        askerName: anonymous ? undefined : name || undefined,
        askerOrganisation: anonymous ? undefined : organisation || undefined,
      });
      localStorage.setItem('convene.qa.name', name);
      localStorage.setItem('convene.qa.organisation', organisation);
      setBody('');
      setProblem(null);
      setSent(question.status === 'pending' ? 'Sent. The chair will approve it before it is shown.' : 'Sent.');
      onAsked(question);
    } catch (error) {
      const details = error instanceof ApiError ? Object.values(error.details).flat() : [];
      setProblem(details.length ? details.join(' ') : error instanceof ApiError ? error.message : 'Your question did not reach us. Try again.');
      setSent(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="qa-ask" onSubmit={submit} noValidate>
      <h2>Ask a question</h2>
      <label htmlFor="qa-body">Your question</label>
      <textarea id="qa-body" value={body} maxLength={MAX} rows={3} required onChange={(event) => setBody(event.target.value)} aria-describedby="qa-body-count" />
      <p id="qa-body-count" className="muted">
        {MAX - body.length} characters left
      </p>
      {anonymousAllowed && (
        <div className="qa-checkbox">
          <input id="qa-anonymous" type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
          <label htmlFor="qa-anonymous">Ask anonymously</label>
        </div>
      )}
      {!anonymous && (
        <div className="qa-fields">
          <label htmlFor="qa-name">Your name</label>
          <input id="qa-name" value={name} maxLength={100} onChange={(event) => setName(event.target.value)} autoComplete="name" />
          <label htmlFor="qa-organisation">Organisation (optional)</label>
          <input id="qa-organisation" value={organisation} maxLength={150} onChange={(event) => setOrganisation(event.target.value)} autoComplete="organization" />
        </div>
      )}
      <button type="submit" className="button" aria-disabled={busy || undefined}>
        {busy ? 'Sending…' : 'Send question'}
      </button>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
      {sent && <p role="status">{sent}</p>}
    </form>
  );
}

function FloorRequest({ sessionId }: { sessionId: string }) {
  const { floor, setFloor } = useFloor(sessionId);
  const [name, setName] = useState(() => localStorage.getItem('convene.qa.name') ?? '');
  const [topic, setTopic] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!floor) return null;
  const mine = floor.mine ? (floor.speaking?.id === floor.mine ? floor.speaking : floor.queue.find((entry) => entry.id === floor.mine)) : undefined;

  async function ask(event: FormEvent) {
    event.preventDefault();
    try {
      const request = await qaApi.askForFloor(sessionId, { name, topic: topic || undefined });
      setFloor((current) => (current ? { ...current, mine: request.id, queue: current.queue.some((e) => e.id === request.id) ? current.queue : [...current.queue, { ...request, position: current.queue.length + 1 }] } : current));
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'Your request did not reach us. Try again.');
    }
  }
  async function withdraw() {
    if (!floor?.mine) return;
    await qaApi.withdrawFloor(floor.mine).catch(() => undefined);
    setFloor((current) => (current ? { ...current, mine: null, queue: current.queue.filter((entry) => entry.id !== current.mine) } : current));
  }

  return (
    <section className="qa-floor" aria-labelledby="qa-floor-heading">
      <h2 id="qa-floor-heading">Speak in the room</h2>
      {floor.speaking && <p>Speaking now: {floor.speaking.name}</p>}
      {mine ? (
        <>
          <p role="status">{mine.status === 'speaking' ? 'The chair has called you: you have the floor.' : `You are number ${mine.position ?? '?'} in the queue.`}</p>
          {mine.status === 'waiting' && (
            <button type="button" className="button button-secondary" onClick={withdraw}>
              Withdraw my request
            </button>
          )}
        </>
      ) : (
        <form onSubmit={ask}>
          <label htmlFor="floor-name">Your name</label>
          <input id="floor-name" value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />
          <label htmlFor="floor-topic">Topic (optional)</label>
          <input id="floor-topic" value={topic} maxLength={200} onChange={(event) => setTopic(event.target.value)} />
          <button type="submit" className="button">
            I’d like to speak
          </button>
        </form>
      )}
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
    </section>
  );
}
