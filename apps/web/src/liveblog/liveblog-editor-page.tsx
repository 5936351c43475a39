import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { signInPath, useSignedIn } from '../auth';
import { useDocumentTitle } from '../site';
import { EntryCard } from './entry-card';
import { liveblogApi, type EntryFields, type EntryKind, type Liveblog, type LiveblogEntry } from './liveblog-api';
import './liveblog.css';

const KINDS: Array<[EntryKind, string]> = [
  ['update', 'Update'],
  ['quote', 'Quote'],
  ['key_moment', 'Key moment'],
  ['image', 'Image'],
];

const newKey = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts with one idempotency key, retrying when the connection drops: the entry appears once. */
async function postWithRetry(sessionId: string, fields: EntryFields, key: string): Promise<LiveblogEntry> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await liveblogApi.post(sessionId, fields, key);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 0 || attempt >= 4) throw error;
      await wait(500 * 2 ** attempt);
    }
  }
}

/** Where the session's chair and liveblog editors write: compose, drafts, publish, edit, delete, pin. */
export function LiveblogEditorPage({ sessionId }: { sessionId: string }) {
  const signedIn = useSignedIn();
  const [info, setInfo] = useState<Liveblog | null>(null);
  const [drafts, setDrafts] = useState<LiveblogEntry[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  useDocumentTitle(info ? `Write: ${info.session.title}` : null);

  const reload = useCallback(
    () =>
      liveblogApi.read(sessionId).then(
        async (liveblog) => {
          setInfo(liveblog);
          setDrafts(liveblog.canEdit ? await liveblogApi.drafts(sessionId) : []);
        },
        (error: unknown) => setProblem(error instanceof ApiError ? error.message : 'We could not load the liveblog.'),
      ),
    [sessionId],
  );

  useEffect(() => {
    if (signedIn.state === 'signed-in') void reload();
  }, [signedIn.state, reload]);

  if (signedIn.state === 'loading') return <p className="muted">Loading…</p>;
  if (signedIn.state !== 'signed-in') {
    return (
      <>
        <h1>Write a liveblog</h1>
        <p>
          <a href={signInPath()}>Sign in</a> to write this liveblog.
        </p>
      </>
    );
  }
  if (problem) return <p className="error-text">{problem}</p>;
  if (!info) return <p className="muted">Loading the liveblog…</p>;
  if (!info.canEdit) {
    return (
      <>
        <h1>Write: {info.session.title}</h1>
        <p>Only the session's chair, its liveblog editors and the event's organisers can write this liveblog.</p>
      </>
    );
  }

  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      setNotice(done);
      await reload();
    } catch (error) {
      setNotice(error instanceof ApiError ? error.message : 'That did not work. Try again.');
    }
  };
  const timeZone = info.event.timeZone;
  const people = [...info.chair, ...info.speakers];

  return (
    <div className="lb">
      <p className="caption">
        <a href={`/sessions/${encodeURIComponent(sessionId)}/liveblog`}>Readers' view</a>
      </p>
      <h1>Write: {info.session.title}</h1>
      <p role="status" aria-live="polite" className="muted">
        {notice}
      </p>
      <Compose sessionId={sessionId} people={people} onDone={(message) => act(() => Promise.resolve(), message)} />

      <h2>Drafts</h2>
      {drafts.length === 0 && <p className="muted">No drafts. Tick "Save as a draft" to prepare entries before the session.</p>}
      <ul className="lb-entries">
        {drafts.map((entry) => (
          <li key={entry.id}>
            <EntryCard entry={entry} timeZone={timeZone} />
            <div className="lb-actions">
              <button type="button" className="button" onClick={() => act(() => liveblogApi.publish(sessionId, entry.id), 'Published.')}>
                Publish
              </button>
              <EditButton sessionId={sessionId} entry={entry} onDone={(message) => act(() => Promise.resolve(), message)} />
              <button type="button" className="button button-warning" onClick={() => act(() => liveblogApi.remove(sessionId, entry.id), 'Draft deleted.')}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>

      <h2>Published</h2>
      <ul className="lb-entries">
        {info.entries.map((entry) => (
          <li key={entry.id}>
            <EntryCard entry={entry} timeZone={timeZone} />
            <div className="lb-actions">
              <EditButton sessionId={sessionId} entry={entry} onDone={(message) => act(() => Promise.resolve(), message)} />
              <button type="button" className="button button-secondary" onClick={() => act(() => liveblogApi.pin(sessionId, entry.id, !entry.pinned), entry.pinned ? 'Unpinned.' : 'Pinned.')}>
                {entry.pinned ? 'Unpin' : 'Pin'}
              </button>
              <button type="button" className="button button-warning" onClick={() => act(() => liveblogApi.remove(sessionId, entry.id), 'Entry deleted.')}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Compose({ sessionId, people, onDone }: { sessionId: string; people: Liveblog['chair']; onDone: (message: string) => void }) {
  const [kind, setKind] = useState<EntryKind>('update');
  const [body, setBody] = useState('');
  const [speaker, setSpeaker] = useState('');
  const [quoteName, setQuoteName] = useState('');
  const [quoteOrganisation, setQuoteOrganisation] = useState('');
  const [imageUrl, setImageUrl] = useState('');
  const [imageAlt, setImageAlt] = useState('');
  const [draft, setDraft] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per entry being written, kept across retries; a new one after it is saved.
  const [key, setKey] = useState(newKey);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const fields: EntryFields = { kind, body, draft };
    if (kind === 'quote') Object.assign(fields, speaker ? { quotePersonId: speaker } : { quoteName, quoteOrganisation: quoteOrganisation || undefined });
    if (kind === 'image') Object.assign(fields, { imageUrl, imageAlt });
    setBusy(true);
    setError(null);
    try {
      await postWithRetry(sessionId, fields, key);
      setBody('');
      setImageUrl('');
      setImageAlt('');
      setKey(newKey());
      onDone(draft ? 'Draft saved.' : 'Posted.');
    } catch (failure) {
      if (failure instanceof ApiError) {
        const details = Object.values(failure.details).flat();
        setError(details.length ? details.join(' ') : failure.message);
      } else setError('That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form lb-compose" onSubmit={submit} noValidate>
      <h2>New entry</h2>
      <div className="form-group">
        <label className="label" htmlFor="lb-kind">
          Kind
        </label>
        <select id="lb-kind" className="select" value={kind} onChange={(e) => setKind(e.target.value as EntryKind)}>
          {KINDS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {kind === 'quote' && (
        <>
          <div className="form-group">
            <label className="label" htmlFor="lb-speaker">
              Who said it
            </label>
            <select id="lb-speaker" className="select" value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
              <option value="">Someone not on the programme (type the name below)</option>
              {people.map((person) => (
                <option key={person.personId} value={person.personId}>
                  {person.name}
                  {person.organisation ? `, ${person.organisation}` : ''}
                </option>
              ))}
            </select>
          </div>
          {!speaker && (
            <>
              <div className="form-group">
                <label className="label" htmlFor="lb-quote-name">
                  Name
                </label>
                <input id="lb-quote-name" className="input" value={quoteName} maxLength={200} onChange={(e) => setQuoteName(e.target.value)} />
              </div>
              <div className="form-group">
                <label className="label" htmlFor="lb-quote-org">
                  Organisation (optional)
                </label>
                <input id="lb-quote-org" className="input" value={quoteOrganisation} maxLength={200} onChange={(e) => setQuoteOrganisation(e.target.value)} />
              </div>
            </>
          )}
        </>
      )}
      {kind === 'image' && (
        <>
          <div className="form-group">
            <label className="label" htmlFor="lb-image-url">
              Image address (https://…)
            </label>
            <input id="lb-image-url" className="input" type="url" value={imageUrl} maxLength={2000} onChange={(e) => setImageUrl(e.target.value)} />
          </div>
          <div className="form-group">
            <label className="label" htmlFor="lb-image-alt">
              What the image shows (for people who cannot see it)
            </label>
            <input id="lb-image-alt" className="input" value={imageAlt} maxLength={300} onChange={(e) => setImageAlt(e.target.value)} />
          </div>
        </>
      )}
      <div className="form-group">
        <label className="label" htmlFor="lb-body">
          {kind === 'quote' ? 'The quote' : kind === 'image' ? 'Caption (optional)' : 'Text'}
        </label>
        <p className="hint" id="lb-body-hint">
          Markdown: *emphasis*, **bold**, [links](https://…), lists. Up to 10,000 characters.
        </p>
        <textarea id="lb-body" className="input" aria-describedby="lb-body-hint" value={body} maxLength={10000} onChange={(e) => setBody(e.target.value)} />
      </div>
      <div className="form-group">
        <label>
          <input type="checkbox" checked={draft} onChange={(e) => setDraft(e.target.checked)} /> Save as a draft (readers do not see it until you publish it)
        </label>
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" aria-disabled={busy || undefined}>
        {busy ? 'Saving…' : draft ? 'Save draft' : 'Post'}
      </button>
    </form>
  );
}

function EditButton({ sessionId, entry, onDone }: { sessionId: string; entry: LiveblogEntry; onDone: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState(entry.body);
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Edit
      </button>
    );
  }
  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await liveblogApi.edit(sessionId, entry.id, { body });
      setOpen(false);
      onDone('Saved.');
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'That did not work.');
    }
  }
  return (
    <form onSubmit={save} className="form">
      <label className="label" htmlFor={`edit-${entry.id}`}>
        Edit the text
      </label>
      <textarea id={`edit-${entry.id}`} className="input" value={body} maxLength={10000} onChange={(e) => setBody(e.target.value)} />
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="lb-actions">
        <button type="submit" className="button">
          Save
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
