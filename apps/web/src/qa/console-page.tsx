// The chair's console: incoming, shown and answered questions side by side (stacked on a phone),
// the floor queue with the speaker's countdown above them, the Q&A settings, and the exports.
import { qaMessages } from '@convene/i18n/web/qa.messages';
import { useMessages } from '../i18n/i18n';
import { useState } from 'react';
import { ApiError } from '../api';
import { apiErrorText } from '../api-errors';
import { useDocumentTitle } from '../site';
import { Countdown } from './countdown';
import { type QaSettings, type Question, byVotesThenTime, exportUrl, qaApi, langFor } from './qa-api';
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
        <p role="alert">{qa.error?.status === 403 || qa.error?.status === 401 ? t('qa.console.forbidden') : apiErrorText(qa.error)}</p>
      </>
    );
  }
  if (qa.state === 'loading' || !qa.settings) return <p className="muted">{t('qa.console.loading')}</p>;

  async function act(action: () => Promise<Question>) {
    try {
      qa.upsert(await action());
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof ApiError ? apiErrorText(error) : t('qa.notReached'));
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
          {t('qa.console.openProjector')}
        </a>{' '}
        (<a href={`/sessions/${sessionId}/qa/projector?join=1`} target="_blank" rel="noreferrer">{t('qa.console.withJoin')}</a>) ·{' '}
        <a href={exportUrl(sessionId, 'csv')}>{t('qa.console.exportCsv')}</a> · <a href={exportUrl(sessionId, 'md')}>{t('qa.console.exportMarkdown')}</a>
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

function ConsoleItem({ question, targets, act }: { question: Question; targets: Question[]; act: (action: () => Promise<Question>) => Promise<void> }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'hide' | 'merge'>('view');
  const [text, setText] = useState(question.body);
  const [reason, setReason] = useState('');
  const [into, setInto] = useState('');
  const { t, language } = useMessages(qaMessages);
  const who = question.anonymous ? t('qa.anonymous') : [question.askerName, question.askerOrganisation].filter(Boolean).join(', ');
  // The line under the question: its asker, then what the chair should know, separated by dots.
  const meta = [
    who,
    t('qa.votes', { count: question.votes }),
    question.status === 'answering' && t('qa.console.meta.answering'),
    question.filtered && t('qa.console.meta.filtered'),
    question.edited && t('qa.console.meta.edited', { original: question.originalBody }),
    question.hiddenReason && t('qa.console.meta.reason', { reason: question.hiddenReason }),
  ].filter(Boolean);
  return (
    <article className={`qa-item${question.status === 'answering' ? ' qa-item-answering' : ''}`} data-question-id={question.id}>
      <p className="qa-body" lang={langFor(question.language, language)}>
        {question.body}
      </p>
      <p className="qa-meta">{meta.join(' · ')}</p>
      {mode === 'view' && (
        <div className="button-group">
          {ACTIONS[question.status].map((verb) =>
            verb === 'hide' ? (
              <button key={verb} type="button" className="button button-small button-secondary" onClick={() => setMode('hide')}>
                {t('qa.console.hideOpen')}
              </button>
            ) : (
              <button key={verb} type="button" className="button button-small" onClick={() => act(() => qaApi.moderate(question.id, verb))}>
                {t('qa.console.action', { verb })}
              </button>
            ),
          )}
          <button type="button" className="button button-small button-secondary" onClick={() => (setText(question.body), setMode('edit'))}>
            {t('qa.console.editOpen')}
          </button>
          {targets.length > 1 && (
            <button type="button" className="button button-small button-secondary" onClick={() => setMode('merge')}>
              {t('qa.console.mergeOpen')}
            </button>
          )}
        </div>
      )}
      {mode === 'edit' && (
        <form onSubmit={(event) => (event.preventDefault(), act(() => qaApi.edit(question.id, text)).then(() => setMode('view')))}>
          <label htmlFor={`edit-${question.id}`}>{t('qa.console.correctedText')}</label>
          <textarea id={`edit-${question.id}`} value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
          <button type="submit" className="button button-small">{t('qa.save')}</button>{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => setMode('view')}>{t('qa.cancel')}</button>
        </form>
      )}
      {mode === 'hide' && (
        <form onSubmit={(event) => (event.preventDefault(), act(() => qaApi.moderate(question.id, 'hide', reason)).then(() => setMode('view')))}>
          <label htmlFor={`reason-${question.id}`}>{t('qa.console.hideReason')}</label>
          <input id={`reason-${question.id}`} value={reason} maxLength={300} onChange={(event) => setReason(event.target.value)} />
          <button type="submit" className="button button-small button-warning">{t('qa.console.action', { verb: 'hide' })}</button>{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => setMode('view')}>{t('qa.cancel')}</button>
        </form>
      )}
      {mode === 'merge' && (
        <form onSubmit={(event) => (event.preventDefault(), into && act(() => qaApi.merge(question.id, into)).then(() => setMode('view')))}>
          <label htmlFor={`merge-${question.id}`}>{t('qa.console.mergeInto')}</label>
          <select id={`merge-${question.id}`} value={into} onChange={(event) => setInto(event.target.value)}>
            <option value="">{t('qa.console.chooseQuestion')}</option>
            {targets
              .filter((target) => target.id !== question.id)
              .map((target) => (
                <option key={target.id} value={target.id} lang={langFor(target.language, language)}>
                  {target.body.slice(0, 80)}
                </option>
              ))}
          </select>
          <button type="submit" className="button button-small">{t('qa.console.merge')}</button>{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => setMode('view')}>{t('qa.cancel')}</button>
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
      <legend>{t('qa.console.settings')}</legend>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.open} onChange={(event) => set({ open: event.target.checked })} /> {t('qa.console.settings.open')}
      </label>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.moderation === 'pre'} onChange={(event) => set({ moderation: event.target.checked ? 'pre' : 'post' })} />{' '}
        {t('qa.console.settings.pre')}
      </label>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.anonymousAllowed} onChange={(event) => set({ anonymousAllowed: event.target.checked })} />{' '}
        {t('qa.console.settings.anonymous')}
      </label>
      <label className="qa-checkbox">
        <input type="checkbox" checked={settings.wordFilter} onChange={(event) => set({ wordFilter: event.target.checked })} /> {t('qa.console.settings.wordFilter')}
      </label>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
    </fieldset>
  );
}

function FloorPanel({ sessionId }: { sessionId: string }) {
  const { t, rich } = useMessages(qaMessages);
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
      setProblem(error instanceof ApiError ? apiErrorText(error) : t('qa.notReached'));
    }
  }
  return (
    <section className="qa-floor" aria-labelledby="floor-heading">
      <h2 id="floor-heading">{t('qa.floor.heading')}</h2>
      {floor.speaking ? (
        <p className="qa-speaking">
          <span>
            {rich('qa.floor.speaking', { name: floor.speaking.name, b: (parts) => <strong>{parts}</strong> })}
            {floor.speaking.organisation ? `, ${floor.speaking.organisation}` : ''}
          </span>{' '}
          <Countdown speaker={floor.speaking} offsetMs={offsetMs} className="qa-console-countdown" />
        </p>
      ) : (
        <p className="muted">{t('qa.floor.nobody')}</p>
      )}
      <div className="button-group">
        <label htmlFor="floor-seconds">{t('qa.floor.seconds')}</label>
        <input id="floor-seconds" type="number" min={15} max={1800} placeholder={String(floor.speakerSeconds)} value={seconds} onChange={(event) => setSeconds(event.target.value === '' ? '' : Number(event.target.value))} />
        <button type="button" className="button" onClick={() => run(() => qaApi.callNext(sessionId, seconds === '' ? undefined : seconds))} disabled={!floor.queue.length && !floor.speaking}>
          {floor.queue.length || !floor.speaking ? t('qa.floor.callNext') : t('qa.floor.endTurn')}
        </button>
        {floor.speaking && floor.queue.length > 0 && (
          <button type="button" className="button button-secondary" onClick={() => run(() => qaApi.stopSpeaker(sessionId))}>
            {t('qa.floor.endTurn')}
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
                <button type="button" className="button button-small button-secondary" aria-label={t('qa.floor.moveUp', { name: entry.name })} onClick={() => run(() => qaApi.moveFloor(entry.id, index))}>
                  ↑
                </button>
              )}
              {index < floor.queue.length - 1 && (
                <button type="button" className="button button-small button-secondary" aria-label={t('qa.floor.moveDown', { name: entry.name })} onClick={() => run(() => qaApi.moveFloor(entry.id, index + 2))}>
                  ↓
                </button>
              )}
              <button type="button" className="button button-small button-warning" aria-label={t('qa.floor.removeNamed', { name: entry.name })} onClick={() => run(() => qaApi.withdrawFloor(entry.id))}>
                {t('qa.floor.remove')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
    </section>
  );
}
