// The chair's console: incoming, approved, answered and hidden questions with their actions,
// the Q&A settings, the floor queue with the speaker's countdown, and the exports.
import { useState } from 'react';
import { ApiError } from '../api';
import { useDocumentTitle } from '../site';
import { Countdown } from './countdown';
import { type QaSettings, type Question, byVotesThenTime, exportUrl, qaApi } from './qa-api';
import { useFloor, useQuestions } from './use-questions';
import './qa.css';
import { ConsolePolls, ConsoleVotes } from '../polls/console-polls';

type Verb = 'approve' | 'hide' | 'answering' | 'answered' | 'reopen';

export function QaConsolePage({ sessionId }: { sessionId: string }) {
  useDocumentTitle('Q&A console');
  const qa = useQuestions(sessionId, true);
  const [problem, setProblem] = useState<string | null>(null);

  if (qa.state === 'failed') {
    return (
      <>
        <h1>Q&amp;A console</h1>
        <p role="alert">{qa.error?.status === 403 || qa.error?.status === 401 ? 'Only the chair and the organisers can moderate this Q&A. Sign in first.' : qa.error?.message}</p>
      </>
    );
  }
  if (qa.state === 'loading' || !qa.settings) return <p className="muted">Loading the console…</p>;

  async function act(action: () => Promise<Question>) {
    try {
      qa.upsert(await action());
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'That did not reach us. Try again.');
    }
  }

  const live = qa.questions.filter((q) => q.status !== 'merged');
  const columns: Array<{ title: string; items: Question[] }> = [
    { title: 'Incoming', items: live.filter((q) => q.status === 'pending').sort((a, b) => a.createdAt.localeCompare(b.createdAt)) },
    { title: 'Approved', items: live.filter((q) => q.status === 'approved' || q.status === 'answering').sort((a, b) => (a.status === 'answering' ? -1 : b.status === 'answering' ? 1 : byVotesThenTime(a, b))) },
    { title: 'Answered', items: live.filter((q) => q.status === 'answered').sort((a, b) => (a.answeredAt ?? '').localeCompare(b.answeredAt ?? '')) },
    { title: 'Hidden', items: live.filter((q) => q.status === 'hidden') },
  ];
  const targets = live.filter((q) => q.status !== 'hidden');

  return (
    <div className="qa-console">
      <h1>Q&amp;A console</h1>
      <p>
        <a href={`/sessions/${sessionId}/qa/projector`} target="_blank" rel="noreferrer">
          Open the projector view
        </a>{' '}
        {' '}(<a href={`/sessions/${sessionId}/qa/projector?join=1`} target="_blank" rel="noreferrer">with the address and QR code to join</a>)
        · <a href={exportUrl(sessionId, 'csv')}>Export CSV</a> · <a href={exportUrl(sessionId, 'md')}>Export Markdown</a>
      </p>
      <FloorPanel sessionId={sessionId} />
      <SettingsPanel sessionId={sessionId} settings={qa.settings} />
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
      <div className="qa-columns">
        {columns.map((column) => (
          <section key={column.title} className="qa-column" aria-labelledby={`col-${column.title}`}>
            <h2 id={`col-${column.title}`}>
              {column.title} ({column.items.length})
            </h2>
            <ul className="qa-list">
              {column.items.map((question) => (
                <li key={question.id}>
                  <ConsoleItem question={question} targets={targets} act={act} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <ConsolePolls sessionId={sessionId} />
      <ConsoleVotes sessionId={sessionId} />
    </div>
  );
}

const ACTIONS: Record<Question['status'], Verb[]> = {
  pending: ['approve', 'hide', 'answering'],
  approved: ['answering', 'answered', 'hide'],
  answering: ['answered', 'reopen', 'hide'],
  answered: ['reopen', 'hide'],
  hidden: ['approve', 'reopen'],
  merged: [],
};
const LABEL: Record<Verb, string> = { approve: 'Approve', hide: 'Hide', answering: 'Now answering', answered: 'Answered', reopen: 'Reopen' };

function ConsoleItem({ question, targets, act }: { question: Question; targets: Question[]; act: (action: () => Promise<Question>) => Promise<void> }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'hide' | 'merge'>('view');
  const [text, setText] = useState(question.body);
  const [reason, setReason] = useState('');
  const [into, setInto] = useState('');
  const who = question.anonymous ? 'Anonymous' : [question.askerName, question.askerOrganisation].filter(Boolean).join(', ');
  return (
    <article className={`qa-item${question.status === 'answering' ? ' qa-item-answering' : ''}`} data-question-id={question.id}>
      <p className="qa-body">{question.body}</p>
      <p className="qa-meta">
        {who} · {question.votes} {question.votes === 1 ? 'vote' : 'votes'}
        {question.status === 'answering' ? ' · now answering' : ''}
        {question.filtered ? ' · held by the word filter' : ''}
        {question.edited ? ` · edited (asked as: “${question.originalBody}”)` : ''}
        {question.hiddenReason ? ` · reason: ${question.hiddenReason}` : ''}
      </p>
      {mode === 'view' && (
        <div className="button-group">
          {ACTIONS[question.status].map((verb) =>
            verb === 'hide' ? (
              <button key={verb} type="button" className="button button-small button-secondary" onClick={() => setMode('hide')}>
                Hide…
              </button>
            ) : (
              <button key={verb} type="button" className="button button-small" onClick={() => act(() => qaApi.moderate(question.id, verb))}>
                {LABEL[verb]}
              </button>
            ),
          )}
          <button type="button" className="button button-small button-secondary" onClick={() => (setText(question.body), setMode('edit'))}>
            Edit…
          </button>
          {targets.length > 1 && (
            <button type="button" className="button button-small button-secondary" onClick={() => setMode('merge')}>
              Merge…
            </button>
          )}
        </div>
      )}
      {mode === 'edit' && (
        <form onSubmit={(event) => (event.preventDefault(), act(() => qaApi.edit(question.id, text)).then(() => setMode('view')))}>
          <label htmlFor={`edit-${question.id}`}>Corrected text</label>
          <textarea id={`edit-${question.id}`} value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
          <button type="submit" className="button button-small">Save</button>{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => setMode('view')}>Cancel</button>
        </form>
      )}
      {mode === 'hide' && (
        <form onSubmit={(event) => (event.preventDefault(), act(() => qaApi.moderate(question.id, 'hide', reason)).then(() => setMode('view')))}>
          <label htmlFor={`reason-${question.id}`}>Reason, shown to the asker (optional)</label>
          <input id={`reason-${question.id}`} value={reason} maxLength={300} onChange={(event) => setReason(event.target.value)} />
          <button type="submit" className="button button-small button-warning">Hide</button>{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => setMode('view')}>Cancel</button>
        </form>
      )}
      {mode === 'merge' && (
        <form onSubmit={(event) => (event.preventDefault(), into && act(() => qaApi.merge(question.id, into)).then(() => setMode('view')))}>
          <label htmlFor={`merge-${question.id}`}>Merge this duplicate into</label>
          <select id={`merge-${question.id}`} value={into} onChange={(event) => setInto(event.target.value)}>
            <option value="">Choose a question</option>
            {targets
              .filter((target) => target.id !== question.id)
              .map((target) => (
                <option key={target.id} value={target.id}>
                  {target.body.slice(0, 80)}
                </option>
              ))}
          </select>
          <button type="submit" className="button button-small">Merge</button>{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => setMode('view')}>Cancel</button>
        </form>
      )}
    </article>
  );
}

function SettingsPanel({ sessionId, settings }: { sessionId: string; settings: QaSettings }) {
  const [problem, setProblem] = useState<string | null>(null);
  async function change(patch: Partial<QaSettings>) {
    try {
      await qaApi.updateSettings(sessionId, patch);
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'That did not reach us.');
    }
  }
  return (
    <fieldset className="qa-settings">
      <legend>Settings</legend>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.open} onChange={(event) => change({ open: event.target.checked })} /> Questions open
      </label>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.moderation === 'pre'} onChange={(event) => change({ moderation: event.target.checked ? 'pre' : 'post' })} /> Approve
        questions before they are shown
      </label>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.anonymousAllowed} onChange={(event) => change({ anonymousAllowed: event.target.checked })} /> Allow anonymous questions
      </label>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.wordFilter} onChange={(event) => change({ wordFilter: event.target.checked })} /> Hold questions with offensive words
      </label>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
    </fieldset>
  );
}

function FloorPanel({ sessionId }: { sessionId: string }) {
  const { floor, offsetMs, setFloor } = useFloor(sessionId);
  const [seconds, setSeconds] = useState<number | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!floor) return null;
  async function run(action: () => Promise<unknown>) {
    try {
      const state = await action();
      if (state && typeof state === 'object' && 'queue' in state) setFloor((current) => (current ? { ...current, ...(state as object) } : current));
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'That did not reach us.');
    }
  }
  return (
    <section className="qa-floor" aria-labelledby="floor-heading">
      <h2 id="floor-heading">Floor requests</h2>
      {floor.speaking ? (
        <p className="qa-speaking">
          Speaking now: <strong>{floor.speaking.name}</strong>
          {floor.speaking.organisation ? `, ${floor.speaking.organisation}` : ''} <Countdown speaker={floor.speaking} offsetMs={offsetMs} />
        </p>
      ) : (
        <p className="muted">Nobody has the floor.</p>
      )}
      <div className="button-group">
        <label htmlFor="floor-seconds">Time (seconds)</label>
        <input id="floor-seconds" type="number" min={15} max={1800} placeholder={String(floor.speakerSeconds)} value={seconds} onChange={(event) => setSeconds(event.target.value === '' ? '' : Number(event.target.value))} />
        <button type="button" className="button" onClick={() => run(() => qaApi.callNext(sessionId, seconds === '' ? undefined : seconds))} disabled={!floor.queue.length && !floor.speaking}>
          {floor.queue.length ? 'Call next' : 'End turn'}
        </button>
        {floor.speaking && floor.queue.length > 0 && (
          <button type="button" className="button button-secondary" onClick={() => run(() => qaApi.stopSpeaker(sessionId))}>
            End turn
          </button>
        )}
      </div>
      <ol className="qa-queue">
        {floor.queue.map((entry, index) => (
          <li key={entry.id}>
            <strong>{entry.name}</strong>
            {entry.organisation ? `, ${entry.organisation}` : ''}
            {entry.topic ? ` — ${entry.topic}` : ''}{' '}
            <span className="button-group">
              {index > 0 && (
                <button type="button" className="button button-small button-secondary" aria-label={`Move ${entry.name} up`} onClick={() => run(() => qaApi.moveFloor(entry.id, index))}>
                  ↑
                </button>
              )}
              {index < floor.queue.length - 1 && (
                <button type="button" className="button button-small button-secondary" aria-label={`Move ${entry.name} down`} onClick={() => run(() => qaApi.moveFloor(entry.id, index + 2))}>
                  ↓
                </button>
              )}
              <button type="button" className="button button-small button-warning" aria-label={`Remove ${entry.name}`} onClick={() => run(() => qaApi.withdrawFloor(entry.id))}>
                Remove
              </button>
            </span>
          </li>
        ))}
      </ol>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
    </section>
  );
}
