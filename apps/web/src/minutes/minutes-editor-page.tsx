// /organise/minutes/:id: the minute-taker's page. Edits autosave every few seconds (drafts only)
// and are also kept in this browser until saved, so nothing typed is lost to a dropped
// connection or an expired session; a save from a stale version is refused and both texts kept.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import { signInPath, useSignedIn } from '../auth';
import { Outcome, problemOf } from '../organise/common';
import { useDocumentTitle, useLoad } from '../site';
import { exportUrl, minutesApi, VersionConflict, type Minutes, type MinutesComment, type MinutesContent, type MinutesPerson, type Revision } from './minutes-api';
import { MINUTES_STATUS, MinutesView } from './minutes-view';

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
  const loaded = useLoad(`minutes-editor:${id}`, (signal) => minutesApi.get(id, signal));
  if (loaded.state === 'loading') return <p className="muted">Loading the minutes…</p>;
  if (loaded.state === 'failed') return <p>We could not open these minutes ({loaded.error.message}).</p>;
  return <Editor initial={loaded.value} />;
}

type SaveState = { kind: 'saved' | 'unsaved' | 'saving' | 'error'; message?: string } | { kind: 'conflict'; conflict: VersionConflict };

function Editor({ initial }: { initial: Minutes }) {
  const [minutes, setMinutes] = useState(initial);
  const [content, setContent] = useState<MinutesContent>(initial.content);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [outcome, setOutcome] = useState<string | null>(null);
  const version = useRef(initial.version);
  const saving = useRef(false);
  const editable = minutes.canEdit && minutes.status === 'draft';
  useDocumentTitle(`Minutes: ${content.title}`);

  // A copy kept in this browser until the server has it: offered back after a reload.
  useEffect(() => {
    const raw = localStorage.getItem(backupKey(initial.id));
    if (!raw || !initial.canEdit || initial.status !== 'draft') return;
    const backup = JSON.parse(raw) as { version: number; content: MinutesContent };
    if (JSON.stringify(backup.content) === JSON.stringify(initial.content)) return localStorage.removeItem(backupKey(initial.id));
    setContent(backup.content);
    if (backup.version === initial.version) {
      setSave({ kind: 'unsaved' });
      setOutcome('Your unsaved changes from earlier were kept in this browser and are back. They will be saved in a moment.');
    } else {
      setSave({ kind: 'conflict', conflict: new VersionConflict('Your unsaved changes from earlier are back, but the minutes were saved by someone else since.', initial.version, initial.content) });
    }
  }, [initial]);

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

  async function step(action: 'circulate' | 'approve' | 'publish') {
    if (save.kind !== 'saved') return setOutcome('Save your changes first.');
    try {
      const next = await minutesApi[action](minutes.id);
      replaced(next, action === 'circulate' ? 'The draft was mailed to those present for corrections.' : action === 'approve' ? 'Approved: the text is now frozen.' : 'Published, and mailed to those present and those who sent apologies.');
    } catch (error) {
      setOutcome(problemOf(error, `${action} the minutes`));
    }
  }

  if (!editable) {
    return (
      <>
        <Workflow minutes={minutes} onStep={step} />
        <Outcome message={outcome} />
        <MinutesView minutes={minutes} />
        {minutes.canEdit && <Actions minutes={minutes} editable={false} onChanged={(next) => setMinutes(next)} />}
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
        <button type="button" onClick={() => void persist(false)} aria-disabled={save.kind === 'saved' || save.kind === 'saving' || undefined}>
          Save now
        </button>
      </p>

      <section className="section">
        <h2>Heading</h2>
        <TextField label="Title" value={content.title} onChange={(title) => change({ ...content, title })} />
        <TextField label="Place" value={content.place ?? ''} onChange={(place) => change({ ...content, place: place || null })} />
        <TextField label="Date" value={content.date} onChange={(date) => change({ ...content, date })} />
        <TextField label="Time" value={content.time} onChange={(time) => change({ ...content, time })} />
      </section>

      <section className="section">
        <h2>Present</h2>
        <p className="hint">One person a line: Name (organisation)</p>
        {content.present.map((group, index) => (
          <PeopleField
            key={group.category}
            label={group.label}
            people={group.people}
            onChange={(people) => change({ ...content, present: content.present.map((other, at) => (at === index ? { ...other, people } : other)) })}
          />
        ))}
        <PeopleField label="Apologies" people={content.apologies} onChange={(apologies) => change({ ...content, apologies })} />
      </section>

      <section className="section">
        <h2>Items</h2>
        {content.items.map((item, index) => (
          <fieldset key={item.key} className="fieldset">
            <legend className="label">Item {index + 1}</legend>
            <TextField label="Title" value={item.title} onChange={(title) => change({ ...content, items: content.items.map((other) => (other.key === item.key ? { ...other, title } : other)) })} />
            <label className="label" htmlFor={`body-${item.key}`}>
              Notes (Markdown)
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
              Decisions (one a line)
            </label>
            <textarea
              id={`decisions-${item.key}`}
              className="input"
              rows={3}
              value={item.decisions.join('\n')}
              onChange={(event) =>
                change({
                  ...content,
                  items: content.items.map((other) => (other.key === item.key ? { ...other, decisions: event.target.value.split('\n').filter((line, at, all) => line.trim() || at === all.length - 1) } : other)),
                })
              }
            />
            <button type="button" className="button-secondary" onClick={() => change({ ...content, items: content.items.filter((other) => other.key !== item.key) })}>
              Remove item {index + 1}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button-secondary"
          onClick={() => change({ ...content, items: [...content.items, { key: `i-${Date.now().toString(36)}`, title: 'Any other business', sessionId: null, body: '', decisions: [] }] })}
        >
          Add an item
        </button>
      </section>

      <Actions minutes={minutes} editable onChanged={(next) => setMinutes(next)} />
      <Comments minutes={minutes} onAccepted={(next) => replaced(next, 'Correction accepted into the text.')} />
      <Revisions minutes={minutes} onRestored={(next) => replaced(next, `Restored: now version ${next.version}.`)} />
      <Workflow minutes={minutes} onStep={step} />
    </>
  );
}

function SaveStatus({ state, onKeepMine, onTakeTheirs }: { state: SaveState; onKeepMine: (conflict: VersionConflict) => void; onTakeTheirs: (conflict: VersionConflict) => void }) {
  if (state.kind === 'conflict') {
    return (
      <div role="alert" className="outcome outcome-bad">
        <p>{state.conflict.message}</p>
        <p>Your text is still here and was not lost. Choose:</p>
        <button type="button" onClick={() => onKeepMine(state.conflict)}>
          Keep my text (save it over version {state.conflict.currentVersion})
        </button>{' '}
        <button type="button" className="button-secondary" onClick={() => onTakeTheirs(state.conflict)}>
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

function TextField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = `f-${label.toLowerCase().replace(/[^a-z]+/g, '-')}-${Math.abs(hash(label))}`;
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

function Actions({ minutes, editable, onChanged }: { minutes: Minutes; editable: boolean; onChanged: (minutes: Minutes) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  async function add(form: HTMLFormElement) {
    const data = new FormData(form);
    try {
      const action = await minutesApi.addAction(minutes.id, {
        description: String(data.get('description') ?? '').trim(),
        itemKey: String(data.get('itemKey') ?? '') || undefined,
        ownerName: String(data.get('ownerName') ?? '').trim() || undefined,
        dueDate: String(data.get('dueDate') ?? '') || undefined,
      });
      form.reset();
      onChanged({ ...minutes, actions: [...minutes.actions, action] });
      setMessage(action.overdue ? 'Action added. Its due date has passed, so it shows as overdue.' : 'Action added.');
    } catch (error) {
      setMessage(problemOf(error, 'add the action'));
    }
  }
  async function done(actionId: string) {
    try {
      const action = await minutesApi.markDone(actionId, '');
      onChanged({ ...minutes, actions: minutes.actions.map((other) => (other.id === actionId ? action : other)) });
    } catch (error) {
      setMessage(problemOf(error, 'mark the action done'));
    }
  }
  return (
    <section className="section">
      <h2>Actions</h2>
      <ul>
        {minutes.actions.map((action) => (
          <li key={action.id}>
            {action.description}
            <span className="muted">
              {action.ownerName ? ` · ${action.ownerName}` : ''}
              {action.dueDate ? ` · due ${action.dueDate}` : ''}
              {action.overdue ? ' · overdue' : ''} · {action.status}
            </span>{' '}
            {action.status === 'open' && (
              <button type="button" className="button-secondary" onClick={() => void done(action.id)}>
                Mark done
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void add(event.currentTarget);
          }}
        >
          <label className="label" htmlFor="action-description">
            New action
          </label>
          <input id="action-description" name="description" className="input" required maxLength={2000} />
          <label className="label" htmlFor="action-item">
            Under item
          </label>
          <select id="action-item" name="itemKey" className="input">
            <option value="">(none)</option>
            {minutes.content.items.map((item, index) => (
              <option key={item.key} value={item.key}>
                {index + 1}. {item.title}
              </option>
            ))}
          </select>
          <label className="label" htmlFor="action-owner">
            Owner (person or organisation)
          </label>
          <input id="action-owner" name="ownerName" className="input" maxLength={300} />
          <label className="label" htmlFor="action-due">
            Due date
          </label>
          <input id="action-due" name="dueDate" type="date" className="input input-date" />
          <button type="submit">Add the action</button>
        </form>
      )}
      <Outcome message={message} />
    </section>
  );
}

function Comments({ minutes, onAccepted }: { minutes: Minutes; onAccepted: (minutes: Minutes) => void }) {
  const [comments, setComments] = useState<MinutesComment[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    minutesApi.comments(minutes.id).then(setComments, () => setComments([]));
  }, [minutes.id, minutes.version]);
  async function decide(comment: MinutesComment, accept: boolean) {
    try {
      const result = await minutesApi.decide(minutes.id, comment.id, accept);
      setComments((current) => current?.map((other) => (other.id === comment.id ? { ...other, status: accept ? 'accepted' : 'declined' } : other)) ?? null);
      if (accept && comment.replacement !== null) onAccepted(result.minutes);
      else setMessage(accept ? 'Correction accepted.' : 'Correction declined.');
    } catch (error) {
      setMessage(problemOf(error, 'decide on the correction'));
    }
  }
  const itemTitle = (key: string) => minutes.content.items.find((item) => item.key === key)?.title ?? 'a removed item';
  return (
    <section className="section">
      <h2>Corrections</h2>
      {!minutes.circulatedAt && <p className="muted">Circulate the draft to those present to collect corrections.</p>}
      {comments?.length === 0 && minutes.circulatedAt && <p>No corrections yet.</p>}
      <ul>
        {comments?.map((comment) => (
          <li key={comment.id}>
            <strong>{comment.authorName}</strong> on “{itemTitle(comment.itemKey)}”: {comment.body}
            {comment.replacement !== null && <pre className="replacement">{comment.replacement}</pre>}
            {comment.status === 'pending' ? (
              <>
                <button type="button" onClick={() => void decide(comment, true)}>
                  Accept
                </button>{' '}
                <button type="button" className="button-secondary" onClick={() => void decide(comment, false)}>
                  Decline
                </button>
              </>
            ) : (
              <span className="muted"> · {comment.status}</span>
            )}
          </li>
        ))}
      </ul>
      <Outcome message={message} />
    </section>
  );
}

function Revisions({ minutes, onRestored }: { minutes: Minutes; onRestored: (minutes: Minutes) => void }) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [patch, setPatch] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  async function open() {
    setRevisions(await minutesApi.revisions(minutes.id).catch(() => []));
  }
  async function compare(from: number, to: number) {
    try {
      setPatch((await minutesApi.diff(minutes.id, from, to)).patch);
    } catch (error) {
      setMessage(problemOf(error, 'compare the versions'));
    }
  }
  async function restore(revision: number) {
    try {
      onRestored(await minutesApi.restore(minutes.id, revision, minutes.version));
      setRevisions(null);
      setPatch(null);
    } catch (error) {
      setMessage(problemOf(error, 'restore the version'));
    }
  }
  return (
    <section className="section">
      <h2>Versions</h2>
      {revisions === null ? (
        <button type="button" className="button-secondary" onClick={() => void open()}>
          Show earlier versions
        </button>
      ) : (
        <ul>
          {revisions.map((revision) => (
            <li key={revision.version}>
              Version {revision.version}: {revision.reason}
              {revision.savedByName ? ` by ${revision.savedByName}` : ''}, {new Date(revision.savedAt).toLocaleString('en-GB')}{' '}
              {revision.version !== minutes.version && (
                <>
                  <button type="button" className="button-secondary" onClick={() => void compare(revision.version, minutes.version)}>
                    Compare with current
                  </button>{' '}
                  <button type="button" className="button-secondary" onClick={() => void restore(revision.version)}>
                    Restore
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {patch !== null && (
        <pre className="diff" aria-label="Differences">
          {patch}
        </pre>
      )}
      <Outcome message={message} />
    </section>
  );
}

function Workflow({ minutes, onStep }: { minutes: Minutes; onStep: (step: 'circulate' | 'approve' | 'publish') => void }) {
  return (
    <section className="section">
      <h2>Approval and publication</h2>
      <p>
        Status: <span className={`tag tag-${minutes.status}`}>{MINUTES_STATUS[minutes.status]}</span>
        {minutes.approvedAt && ` · approved${minutes.approvedByName ? ` by ${minutes.approvedByName}` : ''} on ${new Date(minutes.approvedAt).toLocaleDateString('en-GB')}`}
      </p>
      {minutes.status === 'draft' && minutes.canEdit && (
        <button type="button" className="button-secondary" onClick={() => onStep('circulate')}>
          {minutes.circulatedAt ? 'Circulate again to those present' : 'Circulate to those present for corrections'}
        </button>
      )}{' '}
      {minutes.status === 'draft' && minutes.canApprove && (
        <button type="button" onClick={() => onStep('approve')}>
          Approve (freezes the text)
        </button>
      )}
      {minutes.status === 'approved' && minutes.canApprove && (
        <button type="button" onClick={() => onStep('publish')}>
          Publish and mail those present and with apologies
        </button>
      )}
      {minutes.status === 'published' && (
        <p>
          Published at <a href={`/minutes/${encodeURIComponent(minutes.id)}`}>/minutes/{minutes.id}</a>
        </p>
      )}
      <p className="caption">
        Export: <a href={exportUrl(minutes.id, 'pdf')}>PDF</a> · <a href={exportUrl(minutes.id, 'html')}>printable page</a> · <a href={exportUrl(minutes.id, 'md')}>Markdown</a> ·{' '}
        <a href={exportUrl(minutes.id, 'json')}>OParl JSON</a>
      </p>
    </section>
  );
}

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) | 0;
  return value;
}
