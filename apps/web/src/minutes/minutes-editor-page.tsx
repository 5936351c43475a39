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
import { MINUTES_STATUS } from './minutes-status';
import { MinutesView } from './minutes-view';
import { PresentEditor } from './present-editor';
import '../organise/organise.css';
import { WorkflowPanel, type WorkflowStep } from './minutes-workflow-panel';

const AUTOSAVE_MS = 3_000;
const backupKey = (id: string) => `convene:minutes:${id}`;

export function MinutesEditorPage({ id }: { id: string }) {
  const signedIn = useSignedIn();
  useDocumentTitle('Minutes');
  if (signedIn.state === 'signed-out') {
    return (
      <>
        <h1>Sign in to write minutes</h1>
        <p>
          <a className="button-link" href={signInPath()}>
            Sign in
          </a>
        </p>
      </>
    );
  }
  if (signedIn.state !== 'signed-in') return <p className="muted">Checking who is signed in…</p>;
  return <LoadMinutes id={id} />;
}

function LoadMinutes({ id }: { id: string }) {
  const loaded = useQuery({ ...queries.minutes(id, 'editor', null), staleTime: 0, gcTime: 0 }, queryClient);
  if (loaded.isPending) return <p className="muted">Loading the minutes…</p>;
  if (loaded.isError) return <p>We could not open these minutes ({loaded.error.message}).</p>;
  return <Editor initial={loaded.data} />;
}

type SaveState = { kind: 'saved' | 'unsaved' | 'saving' | 'error'; message?: string } | { kind: 'conflict'; conflict: VersionConflict };

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
  if (backup.version === initial.version) {
    return { content: backup.content, save: { kind: 'unsaved' }, outcome: 'Your unsaved changes from earlier were kept in this browser and are back. They will be saved in a moment.' };
  }
  const conflict = new VersionConflict('Your unsaved changes from earlier are back, but the minutes were saved by someone else since.', initial.version, initial.content);
  return { content: backup.content, save: { kind: 'conflict', conflict }, outcome: null };
}

function Editor({ initial }: { initial: Minutes }) {
  const [restored] = useState(() => restoredBackup(initial));
  const [minutes, setMinutes] = useState(initial);
  const [content, setContent] = useState<MinutesContent>(restored.content);
  const [save, setSave] = useState<SaveState>(restored.save);
  const [outcome, setOutcome] = useState<string | null>(restored.outcome);
  const version = useRef(initial.version);
  const saving = useRef(false);
  const editable = minutes.canEdit && minutes.status === 'draft';
  useDocumentTitle(`Minutes: ${content.title}`);

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
        const saved = await minutesApi.save(minutes.id, overVersion ?? version.current, content, autosave);
        version.current = saved.version;
        setMinutes(saved);
        localStorage.removeItem(backupKey(minutes.id));
        setSave({ kind: 'saved' });
      } catch (error) {
        if (error instanceof VersionConflict) setSave({ kind: 'conflict', conflict: error });
        else if (error instanceof ApiError && error.status === 401) setSave({ kind: 'error', message: 'You have been signed out. Your text is kept in this browser: sign in again in another tab, then save.' });
        else setSave({ kind: 'error', message: problemOf(error, 'save the minutes') });
      } finally {
        saving.current = false;
      }
    },
    [content, minutes.id],
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
    if (save.kind !== 'saved') return setOutcome('Save your changes first.');
    try {
      if (action === 'approve') {
        replaced(await minutesApi.approve(minutes.id), 'Approved: the text is now frozen. Publish the minutes when you are ready: that mails them.');
        return;
      }
      const next = await minutesApi[action](minutes.id);
      replaced(next, mailedMessage(action, next.mailed, next.recipients));
    } catch (error) {
      setOutcome(problemOf(error, `${action} the minutes`));
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
        <a href={`/organise/events/${encodeURIComponent(minutes.eventId)}`}>Back to the event</a> · {MINUTES_STATUS[minutes.status]} · version {minutes.version}
      </p>
      <h1>Minutes: {content.title}</h1>
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
          Save now
        </button>
      </p>

      <section className="section">
        <h2>Heading</h2>
        <TextField id="minutes-title" label="Title" value={content.title} onChange={(title) => change({ ...content, title })} />
        <TextField id="minutes-place" label="Place" value={content.place ?? ''} onChange={(place) => change({ ...content, place: place || null })} />
        <TextField id="minutes-date" label="Date" value={content.date} onChange={(date) => change({ ...content, date })} />
        <TextField id="minutes-time" label="Time" value={content.time} onChange={(time) => change({ ...content, time })} />
      </section>

      <section className="section">
        <h2>Present</h2>
        <PresentEditor minutesId={minutes.id} present={content.present} onChange={(present) => change({ ...content, present })} />
        <h2>Apologies</h2>
        <p className="hint">One person a line: Name (organisation)</p>
        <PeopleField label="Apologies" people={content.apologies} onChange={(apologies) => change({ ...content, apologies })} />
      </section>

      <section className="section">
        <h2>Items</h2>
        {content.items.map((item, index) => (
          <fieldset key={item.key} className="fieldset">
            <legend className="label">Item {index + 1}</legend>
            <TextField id={`title-${item.key}`} label={`Title of item ${index + 1}`} value={item.title} onChange={(title) => change({ ...content, items: content.items.map((other) => (other.key === item.key ? { ...other, title } : other)) })} />
            <label className="label" htmlFor={`body-${item.key}`}>
              Notes of item {index + 1} (Markdown)
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
              Decisions of item {index + 1} (one a line)
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
              Remove item {index + 1}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => change({ ...content, items: [...content.items, { key: `i-${Date.now().toString(36)}`, title: 'Any other business', sessionId: null, body: '', decisions: [] }] })}
        >
          Add an item
        </button>
      </section>

      <ActionsPanel minutes={minutes} editable onChanged={(next) => setMinutes(next)} />
      <CorrectionsPanel minutes={minutes} onAccepted={(next) => replaced(next, 'Correction accepted into the text.')} />
      <VersionsPanel minutes={minutes} onRestored={(next) => replaced(next, `Restored: now version ${next.version}.`)} />
      <WorkflowPanel minutes={minutes} onStep={step} />
    </>
  );
}

function SaveStatus({ state, onKeepMine, onTakeTheirs }: { state: SaveState; onKeepMine: (conflict: VersionConflict) => void; onTakeTheirs: (conflict: VersionConflict) => void }) {
  if (state.kind === 'conflict') {
    return (
      <div role="alert" className="outcome outcome-bad">
        <p>{state.conflict.message}</p>
        <p>Your text is still here and was not lost. Choose:</p>
        <button type="button" className="button" onClick={() => onKeepMine(state.conflict)}>
          Keep my text (save it over version {state.conflict.currentVersion})
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={() => onTakeTheirs(state.conflict)}>
          Use version {state.conflict.currentVersion} and drop my changes
        </button>
      </div>
    );
  }
  const text = { saved: 'All changes saved.', unsaved: 'Unsaved changes: saving in a few seconds…', saving: 'Saving…', error: state.message ?? 'Not saved.' }[state.kind];
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

function PeopleField({ label, people, onChange }: { label: string; people: MinutesPerson[]; onChange: (people: MinutesPerson[]) => void }) {
  const [text, setText] = useState(() => people.map((entry) => (entry.affiliation ? `${entry.name} (${entry.affiliation})` : entry.name)).join('\n'));
  const id = `people-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`;
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
function mailedMessage(action: 'circulate' | 'publish', mailed: number, recipients: number): string {
  const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
  if (action === 'circulate') {
    if (mailed > 0) return `The draft was mailed to ${people(mailed)} present, each with a private link to read it and suggest corrections.`;
    if (recipients > 0) return `Nobody new to mail: the ${people(recipients)} present with an email address already have the draft.`;
    return 'Nobody was mailed: nobody is recorded as present with an email address. Record who was present (find them under Present), then circulate again.';
  }
  if (mailed > 0) return `Published. We mailed a link to ${people(mailed)}: those present and those who sent apologies.`;
  if (recipients > 0) return `Published. Nobody new to mail: the ${people(recipients)} it is for were mailed before.`;
  return 'Published, but nobody was mailed: nobody is recorded as present or sent apologies with an email address. Share the link to the minutes yourself.';
}
