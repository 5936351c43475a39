// /organise/minutes/:id: the minute-taker's page. Edits autosave every few seconds (drafts only)
// and are also kept in this browser until saved, so nothing typed is lost to a dropped
// connection or an expired session; a save from a stale version is refused and both texts kept.
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import { signInPath, useSignedIn } from '../auth';
import { Outcome, problemOf } from '../organise/common';
import { useDocumentTitle } from '../site';
import { minutesApi, VersionConflict, type Minutes, type MinutesContent, type MinutesPerson } from './minutes-api';
import { ActionsPanel } from './minutes-actions-panel';
import { CorrectionsPanel } from './minutes-corrections-panel';
import { VersionsPanel } from './minutes-versions-panel';
import { MinutesView } from './minutes-view';
import { PresentEditor } from './present-editor';
import '../organise/organise.css';
import { WorkflowPanel, type WorkflowStep } from './minutes-workflow-panel';
import { minutesEditorMessages } from '@convene/i18n/web/minutes-editor.messages';
import { minutesMessages } from '@convene/i18n/web/minutes.messages';
import { useMessages } from '../i18n/i18n';
import { currentLanguage } from '../i18n/language-store';
import { LANGUAGES, LOCALE_OF, NATIVE_NAME, createTranslator, type Language } from '@convene/i18n';

/** The editor's own messages (the readers' catalogue gives the title, the status and the headings). */
const useEditorMessages = () => useMessages(minutesEditorMessages);
type EditorMessages = ReturnType<typeof useEditorMessages>;
const editorT = createTranslator(minutesEditorMessages);

const AUTOSAVE_MS = 3_000;
const backupKey = (id: string) => `convene:minutes:${id}`;

export function MinutesEditorPage({ id }: { id: string }) {
  const signedIn = useSignedIn();
  const { t } = useEditorMessages();
  const reader = useMessages(minutesMessages);
  useDocumentTitle(reader.t('minutes.titleBare'));
  if (signedIn.state === 'signed-out') {
    return (
      <>
        <h1>{t('minutesEditor.signInHeading')}</h1>
        <p>
          <a className="button-link" href={signInPath()}>
            {t('minutesEditor.signIn')}
          </a>
        </p>
      </>
    );
  }
  if (signedIn.state !== 'signed-in') return <p className="muted">{t('minutesEditor.checking')}</p>;
  return <LoadMinutes id={id} />;
}

function LoadMinutes({ id }: { id: string }) {
  const loaded = useQuery({ ...queries.minutes(id, 'editor', null), staleTime: 0, gcTime: 0 }, queryClient);
  const { t } = useEditorMessages();
  const reader = useMessages(minutesMessages);
  if (loaded.isPending) return <p className="muted">{reader.t('minutes.loading')}</p>;
  if (loaded.isError) return <p>{problemOf(loaded.error, t('minutesEditor.action.open'))}</p>;
  return <Editor initial={loaded.data} />;
}

type SaveState = { kind: 'saved' | 'unsaved' | 'saving' | 'error'; message?: string } | { kind: 'conflict'; conflict: VersionConflict; restored?: boolean };

/** What this browser kept of unsaved edits (offered back after a reload), as the editor's first state. */
function restoredBackup(initial: Minutes): { content: MinutesContent; save: SaveState; outcome: string | null } {
  const fresh = { content: initial.content, save: { kind: 'saved' } as SaveState, outcome: null };
  const raw = localStorage.getItem(backupKey(initial.id));
  if (!raw || !initial.canEdit || initial.status !== 'draft') return fresh;
  const backup = JSON.parse(raw) as { version: number; content: MinutesContent };
  if (JSON.stringify(backup.content) === JSON.stringify(initial.content)) {
    localStorage.removeItem(backupKey(initial.id));
    return fresh;
  }
  const language = currentLanguage();
  if (backup.version === initial.version) {
    return { content: backup.content, save: { kind: 'unsaved' }, outcome: editorT(language, 'minutesEditor.restoredBackup') };
  }
  const conflict = new VersionConflict(editorT(language, 'minutesEditor.restoredConflict'), initial.version, initial.content);
  return { content: backup.content, save: { kind: 'conflict', conflict, restored: true }, outcome: null };
}

function Editor({ initial }: { initial: Minutes }) {
  const [restored] = useState(() => restoredBackup(initial));
  const [minutes, setMinutes] = useState(initial);
  const [content, setContent] = useState<MinutesContent>(restored.content);
  const [save, setSave] = useState<SaveState>(restored.save);
  const [outcome, setOutcome] = useState<string | null>(restored.outcome);
  const [language, setLanguage] = useState<Language>(initial.language);
  const version = useRef(initial.version);
  const saving = useRef(false);
  const editable = minutes.canEdit && minutes.status === 'draft';
  const messages = useEditorMessages();
  const { t } = messages;
  const reader = useMessages(minutesMessages);
  useDocumentTitle(reader.t('minutes.title', { title: content.title }));

  const change = (next: MinutesContent) => {
    setContent(next);
    localStorage.setItem(backupKey(minutes.id), JSON.stringify({ version: version.current, content: next }));
    setSave((current) => (current.kind === 'conflict' ? current : { kind: 'unsaved' }));
  };

  const persist = useCallback(
    async (autosave: boolean, overVersion?: number) => {
      if (saving.current) return;
      saving.current = true;
      setSave({ kind: 'saving' });
      try {
        const saved = await minutesApi.save(minutes.id, overVersion ?? version.current, content, autosave, language);
        version.current = saved.version;
        setMinutes(saved);
        localStorage.removeItem(backupKey(minutes.id));
        setSave({ kind: 'saved' });
      } catch (error) {
        if (error instanceof VersionConflict) setSave({ kind: 'conflict', conflict: error });
        else if (error instanceof ApiError && error.status === 401) setSave({ kind: 'error', message: t('minutesEditor.signedOut') });
        else setSave({ kind: 'error', message: problemOf(error, t('minutesEditor.action.save')) });
      } finally {
        saving.current = false;
      }
    },
    [content, language, minutes.id, t],
  );

  useEffect(() => {
    if (!editable || save.kind !== 'unsaved') return;
    const timer = setTimeout(() => void persist(true), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [content, save.kind, editable, persist]);

  function replaced(next: Minutes, message: string) {
    version.current = next.version;
    setMinutes(next);
    setContent(next.content);
    localStorage.removeItem(backupKey(next.id));
    setSave({ kind: 'saved' });
    setOutcome(message);
  }

  async function step(action: WorkflowStep) {
    if (save.kind !== 'saved') return setOutcome(t('minutesEditor.saveFirst'));
    try {
      if (action === 'approve') {
        replaced(await minutesApi.approve(minutes.id), t('minutesEditor.approved'));
        return;
      }
      const next = await minutesApi[action](minutes.id);
      replaced(next, mailedMessage(messages, action, next.mailed, next.recipients));
    } catch (error) {
      setOutcome(problemOf(error, t('minutesEditor.action.step', { step: action })));
    }
  }

  if (!editable) {
    return (
      <>
        <WorkflowPanel minutes={minutes} onStep={step} />
        <Outcome message={outcome} />
        <MinutesView minutes={minutes} />
        {minutes.canEdit && <ActionsPanel minutes={minutes} editable={false} onChanged={(next) => setMinutes(next)} />}
      </>
    );
  }

  return (
    <>
      <p className="caption">
        <a href={`/organise/events/${encodeURIComponent(minutes.eventId)}/minutes`}>{t('minutesEditor.backToEvent')}</a> · {reader.t('minutes.status', { status: minutes.status })} ·{' '}
        {t('minutesEditor.version', { version: minutes.version })}
      </p>
      <h1>{reader.t('minutes.title', { title: content.title })}</h1>
      <SaveStatus
        state={save}
        onKeepMine={(conflict) => void persist(false, conflict.currentVersion)}
        onTakeTheirs={(conflict) => {
          version.current = conflict.currentVersion;
          setContent(conflict.current);
          localStorage.removeItem(backupKey(minutes.id));
          setSave({ kind: 'saved' });
        }}
      />
      <Outcome message={outcome} />
      <p>
        <button type="button" className="button" onClick={() => void persist(false)} aria-disabled={save.kind === 'saved' || save.kind === 'saving' || undefined}>
          {t('minutesEditor.saveNow')}
        </button>
      </p>

      <section className="section">
        <h2>{t('minutesEditor.heading')}</h2>
        <TextField id="minutes-title" label={t('minutesEditor.field.title')} value={content.title} onChange={(title) => change({ ...content, title })} />
        <TextField id="minutes-place" label={t('minutesEditor.field.place')} value={content.place ?? ''} onChange={(place) => change({ ...content, place: place || null })} />
        <TextField id="minutes-date" label={t('minutesEditor.field.date')} value={content.date} onChange={(date) => change({ ...content, date })} />
        <TextField id="minutes-time" label={t('minutesEditor.field.time')} value={content.time} onChange={(time) => change({ ...content, time })} />
        <div className="form-group">
          <label className="label" htmlFor="minutes-language">
            {t('minutesEditor.field.language')}
          </label>
          <p id="minutes-language-hint" className="hint">
            {t('minutesEditor.field.languageHint')}
          </p>
          <select
            id="minutes-language"
            className="input select"
            value={language}
            aria-describedby="minutes-language-hint"
            onChange={(event) => {
              setLanguage(event.target.value as Language);
              setSave((current) => (current.kind === 'conflict' ? current : { kind: 'unsaved' }));
            }}
          >
            {LANGUAGES.map((option) => (
              <option key={option} value={option} lang={LOCALE_OF[option]}>
                {NATIVE_NAME[option]}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section className="section">
        <h2>{reader.t('minutes.present')}</h2>
        <PresentEditor minutesId={minutes.id} present={content.present} onChange={(present) => change({ ...content, present })} />
        <h2>{reader.t('minutes.apologies')}</h2>
        <p className="hint">{t('minutesEditor.apologiesHint')}</p>
        <PeopleField id="people-apologies" label={reader.t('minutes.apologies')} people={content.apologies} onChange={(apologies) => change({ ...content, apologies })} />
      </section>

      <section className="section">
        <h2>{t('minutesEditor.items')}</h2>
        {content.items.map((item, index) => (
          <fieldset key={item.key} className="fieldset">
            <legend className="label">{t('minutesEditor.item', { number: index + 1 })}</legend>
            <TextField id={`title-${item.key}`} label={t('minutesEditor.itemTitle', { number: index + 1 })} value={item.title} onChange={(title) => change({ ...content, items: content.items.map((other) => (other.key === item.key ? { ...other, title } : other)) })} />
            <label className="label" htmlFor={`body-${item.key}`}>
              {t('minutesEditor.itemNotes', { number: index + 1 })}
            </label>
            <textarea
              id={`body-${item.key}`}
              className="input"
              rows={10}
              maxLength={50000}
              value={item.body}
              onChange={(event) => change({ ...content, items: content.items.map((other) => (other.key === item.key ? { ...other, body: event.target.value } : other)) })}
            />
            <label className="label" htmlFor={`decisions-${item.key}`}>
              {t('minutesEditor.itemDecisions', { number: index + 1 })}
            </label>
            <textarea
              id={`decisions-${item.key}`}
              className="input"
              // A decision with names runs to several lines: show it whole.
              rows={Math.max(3, item.decisions.reduce((lines, decision) => lines + Math.ceil((decision.length + 1) / 80), 0))}
              value={item.decisions.join('\n')}
              onChange={(event) =>
                change({
                  ...content,
                  items: content.items.map((other) => (other.key === item.key ? { ...other, decisions: event.target.value.split('\n').filter((line, at, all) => line.trim() || at === all.length - 1) } : other)),
                })
              }
            />
            <button type="button" className="button button-secondary" onClick={() => change({ ...content, items: content.items.filter((other) => other.key !== item.key) })}>
              {t('minutesEditor.removeItem', { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => change({ ...content, items: [...content.items, { key: `i-${Date.now().toString(36)}`, title: t('minutesEditor.newItemTitle'), sessionId: null, body: '', decisions: [] }] })}
        >
          {t('minutesEditor.addItem')}
        </button>
      </section>

      <ActionsPanel minutes={minutes} editable onChanged={(next) => setMinutes(next)} />
      <CorrectionsPanel minutes={minutes} onAccepted={(next) => replaced(next, t('minutesEditor.correctionAccepted'))} />
      <VersionsPanel minutes={minutes} onRestored={(next) => replaced(next, t('minutesEditor.restored', { version: next.version }))} />
      <WorkflowPanel minutes={minutes} onStep={step} />
    </>
  );
}

function SaveStatus({ state, onKeepMine, onTakeTheirs }: { state: SaveState; onKeepMine: (conflict: VersionConflict) => void; onTakeTheirs: (conflict: VersionConflict) => void }) {
  const { t } = useEditorMessages();
  if (state.kind === 'conflict') {
    return (
      <div role="alert" className="outcome outcome-bad">
        <p>{state.restored ? state.conflict.message : t('minutesEditor.conflict')}</p>
        <p>{t('minutesEditor.conflictKept')}</p>
        <button type="button" className="button" onClick={() => onKeepMine(state.conflict)}>
          {t('minutesEditor.keepMine', { version: state.conflict.currentVersion })}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={() => onTakeTheirs(state.conflict)}>
          {t('minutesEditor.takeTheirs', { version: state.conflict.currentVersion })}
        </button>
      </div>
    );
  }
  const text = state.kind === 'error' && state.message ? state.message : t('minutesEditor.saveState', { state: state.kind });
  return (
    <p role="status" aria-live="polite" className={state.kind === 'error' ? 'outcome outcome-bad' : 'muted'}>
      {text}
    </p>
  );
}

function TextField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="input" value={value} maxLength={300} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

function PeopleField({ id, label, people, onChange }: { id: string; label: string; people: MinutesPerson[]; onChange: (people: MinutesPerson[]) => void }) {
  const [text, setText] = useState(() => people.map((entry) => (entry.affiliation ? `${entry.name} (${entry.affiliation})` : entry.name)).join('\n'));
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input"
        rows={Math.min(12, Math.max(2, people.length + 1))}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(
            event.target.value
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean)
              .map((line) => {
                const match = /^(.*?)\s*\((.*)\)$/.exec(line);
                return match ? { name: match[1], affiliation: match[2] || null } : { name: line, affiliation: null };
              }),
          );
        }}
      />
    </div>
  );
}

/** What circulating or publishing did, in numbers, and what to do when it mailed nobody. */
function mailedMessage({ t }: EditorMessages, action: 'circulate' | 'publish', mailed: number, recipients: number): string {
  const count = mailed > 0 ? mailed : recipients;
  const done = action === 'circulate' ? 'circulated' : 'published';
  const outcome = mailed > 0 ? done : recipients > 0 ? `${done}Before` : action === 'circulate' ? 'circulatedNobody' : 'publishedNobody';
  return t('minutesEditor.mailed', { outcome, count });
}
