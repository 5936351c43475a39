// The chair's console: incoming, shown and answered questions side by side (stacked on a phone),
// the floor queue with the speaker's countdown above them, the Q&A settings, and the exports.
import { qaMessages } from '@convene/i18n/web/qa.messages';
import { useMessages } from '../i18n/i18n';
import { useState } from 'react';
import { ApiError } from '../api';
import { useDocumentTitle } from '../site';
import { Countdown } from './countdown';
import { type QaSettings, type Question, byVotesThenTime, exportUrl, qaApi } from './qa-api';
import { useSettingsChange } from './qa-queries';
import { useFloor, useQuestions } from './use-questions';
import './qa.css';
import { ConsolePolls, ConsoleVotes } from '../polls/console-polls';

type QaMessageKey = keyof typeof qaMessages;
type Verb = 'approve' | 'hide' | 'answering' | 'answered' | 'reopen';

export function QaConsolePage({ sessionId }: { sessionId: string }) {
  const { t } = useMessages(qaMessages);
  useDocumentTitle(t('qa.console.title'));
  const qa = useQuestions(sessionId, true);
  const [problem, setProblem] = useState<string | null>(null);
  const [moderationSaved, setModerationSaved] = useState(false);

  if (qa.state === 'failed') {
    return (
      <>
        <h1>{t('qa.console.title')}</h1>
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
  const columns: Array<{ id: string; title: QaMessageKey; items: Question[] }> = [
    { id: 'incoming', title: 'qa.console.column.incoming', items: live.filter((q) => q.status === 'pending').sort((a, b) => a.createdAt.localeCompare(b.createdAt)) },
    {
      id: 'shown',
      title: 'qa.console.column.shown',
      items: live.filter((q) => q.status === 'approved' || q.status === 'answering').sort((a, b) => (a.status === 'answering' ? -1 : b.status === 'answering' ? 1 : byVotesThenTime(a, b))),
    },
    { id: 'answered', title: 'qa.console.column.answered', items: live.filter((q) => q.status === 'answered').sort((a, b) => (a.answeredAt ?? '').localeCompare(b.answeredAt ?? '')) },
  ];
  const hidden = live.filter((q) => q.status === 'hidden');
  const targets = live.filter((q) => q.status !== 'hidden');
  const column = (id: string, title: QaMessageKey, items: Question[]) => (
    <section key={id} className="qa-column" aria-labelledby={`col-${id}`}>
      <h2 id={`col-${id}`}>{t('qa.console.columnCount', { title: t(title), count: items.length })}</h2>
      <ul className="qa-list">
        {items.map((question) => (
          <li key={question.id}>
            <ConsoleItem question={question} targets={targets} act={act} />
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <div className="qa-console">
      <h1>{t('qa.console.title')}</h1>
      <p>
        <a href={`/sessions/${sessionId}/qa/projector`} target="_blank" rel="noreferrer">
          Open the projector view
        </a>{' '}
        {' '}(<a href={`/sessions/${sessionId}/qa/projector?join=1`} target="_blank" rel="noreferrer">with the address and QR code to join</a>)
        · <a href={exportUrl(sessionId, 'csv')}>Export CSV</a> · <a href={exportUrl(sessionId, 'md')}>Export Markdown</a>
      </p>
      {!qa.settingsChosen && <ModerationChoice sessionId={sessionId} publicEvent={qa.publicEvent} current={qa.settings.moderation} onChosen={() => setModerationSaved(true)} />}
      <p role="status" className="qa-saved">
        {moderationSaved ? t('qa.console.moderation.saved') : ''}
      </p>
      <div className="qa-console-top">
        <FloorPanel sessionId={sessionId} />
        <SettingsPanel sessionId={sessionId} settings={qa.settings} />
      </div>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
      <div className="qa-columns">{columns.map((entry) => column(entry.id, entry.title, entry.items))}</div>
      {hidden.length > 0 && <div className="qa-hidden">{column('hidden', 'qa.console.column.hidden', hidden)}</div>}
      <ConsolePolls sessionId={sessionId} />
      <ConsoleVotes sessionId={sessionId} />
    </div>
  );
}

/**
 * Asked once, before the first question: approve first (suggested for a public event, where
 * anyone may ask), or show at once. Until the chair answers, the session runs on the defaults.
 */
function ModerationChoice({ sessionId, publicEvent, current, onChosen }: { sessionId: string; publicEvent: boolean; current: QaSettings['moderation']; onChosen: () => void }) {
  const { t } = useMessages(qaMessages);
  const [choice, setChoice] = useState<QaSettings['moderation']>(publicEvent ? 'pre' : current);
  const [problem, setProblem] = useState<string | null>(null);
  const change = useSettingsChange(sessionId, (reason) => setProblem(t('qa.console.settings.rolledBack', { reason: reason ?? t('qa.console.settings.offline') })));
  return (
    <form
      className="qa-moderation-choice"
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(null);
        change.mutate({ moderation: choice }, { onSuccess: onChosen });
      }}
    >
      <fieldset>
        <legend>{t('qa.console.moderation.legend')}</legend>
        <label className="qa-checkbox">
          <input type="radio" name="moderation" value="pre" checked={choice === 'pre'} onChange={() => setChoice('pre')} aria-describedby={publicEvent ? 'moderation-suggested' : undefined} />{' '}
          {t('qa.console.moderation.pre')}
        </label>
        {publicEvent && (
          <p id="moderation-suggested" className="qa-hint">
            {t('qa.console.moderation.suggested')}
          </p>
        )}
        <label className="qa-checkbox">
          <input type="radio" name="moderation" value="post" checked={choice === 'post'} onChange={() => setChoice('post')} /> {t('qa.console.moderation.post')}
        </label>
        <button type="submit" className="button" disabled={change.isPending}>
          {t('qa.console.moderation.start')}
        </button>
      </fieldset>
      {problem && (
        <p role="alert" className="qa-problem">
          {problem}
        </p>
      )}
    </form>
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
  const { t } = useMessages(qaMessages);
  const [problem, setProblem] = useState<string | null>(null);
  // The switch moves at once; a refused or lost change puts it back and says so.
  const change = useSettingsChange(sessionId, (reason) => setProblem(t('qa.console.settings.rolledBack', { reason: reason ?? t('qa.console.settings.offline') })));
  const set = (patch: Partial<QaSettings>) => {
    setProblem(null);
    change.mutate(patch);
  };
  return (
    <fieldset className="qa-settings">
      <legend>Settings</legend>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.open} onChange={(event) => set({ open: event.target.checked })} /> Questions open
      </label>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.moderation === 'pre'} onChange={(event) => set({ moderation: event.target.checked ? 'pre' : 'post' })} /> Approve
        questions before they are shown
      </label>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.anonymousAllowed} onChange={(event) => set({ anonymousAllowed: event.target.checked })} /> Allow anonymous questions
      </label>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.wordFilter} onChange={(event) => set({ wordFilter: event.target.checked })} /> Hold questions with offensive words
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
          <span>
            Speaking now: <strong>{floor.speaking.name}</strong>
            {floor.speaking.organisation ? `, ${floor.speaking.organisation}` : ''}
          </span>{' '}
          <Countdown speaker={floor.speaking} offsetMs={offsetMs} className="qa-console-countdown" />
        </p>
      ) : (
        <p className="muted">Nobody has the floor.</p>
      )}
      <div className="button-group">
        <label htmlFor="floor-seconds">Time (seconds)</label>
        <input id="floor-seconds" type="number" min={15} max={1800} placeholder={String(floor.speakerSeconds)} value={seconds} onChange={(event) => setSeconds(event.target.value === '' ? '' : Number(event.target.value))} />
        <button type="button" className="button" onClick={() => run(() => qaApi.callNext(sessionId, seconds === '' ? undefined : seconds))} disabled={!floor.queue.length && !floor.speaking}>
          {floor.queue.length || !floor.speaking ? 'Call next' : 'End turn'}
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
