import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Language } from '@convene/i18n';
import { liveblogMessages } from '@convene/i18n/web/liveblog.messages';
import { liveblogEditorMessages } from '@convene/i18n/web/liveblog-editor.messages';
import { ApiError, type FieldErrors } from '../api';
import { apiErrorText } from '../api-errors';
import { useMessages } from '../i18n/i18n';
import { signInPath, useSignedIn } from '../auth';
import { useDocumentTitle } from '../site';
import { EntryCard } from './entry-card';
import { liveblogApi, type EntryFields, type EntryKind, type Liveblog, type LiveblogEntry } from './liveblog-api';
import './liveblog.css';

/** The languages text can be written in, each named in itself (as the header's switch names them). Kept here, not
 * imported with NATIVE_NAME from the shell's chunk: that would make the shell export it, and the liveblog reader's
 * weight budget counts the shell. */
const WRITTEN_IN: Array<[Language, string]> = [
  ['cy', 'Cymraeg'],
  ['en', 'English'],
];
const KINDS: EntryKind[] = ['update', 'quote', 'key_moment', 'image'];

type EditorKey = keyof typeof liveblogEditorMessages;
type Done = 'published' | 'draftDeleted' | 'pinned' | 'unpinned' | 'deleted' | 'draftSaved' | 'posted' | 'saved';

/** The API's field errors are for programs (class-validator's English): each field gets the editor's own sentence. */
const OUR_WORDS: Record<string, EditorKey> = {
  body: 'liveblogEditor.bodyInvalid',
  imageUrl: 'liveblogEditor.imageUrlInvalid',
  imageAlt: 'liveblogEditor.imageAltInvalid',
  quoteName: 'liveblogEditor.quoteNameInvalid',
  quoteOrganisation: 'liveblogEditor.quoteNameInvalid',
};

function inOurWords(details: FieldErrors, t: (key: EditorKey) => string): string[] {
  return [...new Set(Object.keys(details).map((field) => (OUR_WORDS[field] ? t(OUR_WORDS[field]) : details[field].join(' '))))];
}

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
  const { t, rich } = useMessages(liveblogEditorMessages);
  const signedIn = useSignedIn();
  const [info, setInfo] = useState<Liveblog | null>(null);
  const [drafts, setDrafts] = useState<LiveblogEntry[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  useDocumentTitle(info ? t('liveblogEditor.title', { session: info.session.title }) : null);

  const reload = useCallback(
    () =>
      liveblogApi.read(sessionId).then(
        async (liveblog) => {
          setInfo(liveblog);
          setDrafts(liveblog.canEdit ? await liveblogApi.drafts(sessionId) : []);
        },
        (error: unknown) => setProblem(error instanceof ApiError ? apiErrorText(error) : t('liveblogEditor.loadFailed')),
      ),
    [sessionId, t],
  );

  useEffect(() => {
    if (signedIn.state === 'signed-in') void reload();
  }, [signedIn.state, reload]);

  if (signedIn.state === 'loading') return <p className="muted">{t('liveblogEditor.loading')}</p>;
  if (signedIn.state !== 'signed-in') {
    return (
      <>
        <h1>{t('liveblogEditor.heading')}</h1>
        <p>{rich('liveblogEditor.signIn', { link: (parts) => <a href={signInPath()}>{parts}</a> })}</p>
      </>
    );
  }
  if (problem) return <p className="error-text">{problem}</p>;
  if (!info) return <p className="muted">{t('liveblogEditor.loadingLiveblog')}</p>;
  if (!info.canEdit) {
    return (
      <>
        <h1>{t('liveblogEditor.title', { session: info.session.title })}</h1>
        <p>{t('liveblogEditor.notAllowed')}</p>
      </>
    );
  }

  const act = async (what: () => Promise<unknown>, done: Done) => {
    try {
      await what();
      setNotice(t('liveblogEditor.done', { what: done }));
      await reload();
    } catch (error) {
      setNotice(error instanceof ApiError ? apiErrorText(error) : t('liveblogEditor.failed'));
    }
  };
  const timeZone = info.event.timeZone;
  const people = [...info.chair, ...info.speakers];

  return (
    <div className="lb">
      <p className="caption">
        <a href={`/sessions/${encodeURIComponent(sessionId)}/liveblog`}>{t('liveblogEditor.readersView')}</a>
      </p>
      <h1>{t('liveblogEditor.title', { session: info.session.title })}</h1>
      <p role="status" aria-live="polite" className="muted">
        {notice}
      </p>
      <Compose sessionId={sessionId} people={people} onDone={(done) => act(() => Promise.resolve(), done)} />

      <h2>{t('liveblogEditor.drafts')}</h2>
      {drafts.length === 0 && <p className="muted">{t('liveblogEditor.noDrafts')}</p>}
      <ul className="lb-entries">
        {drafts.map((entry) => (
          <li key={entry.id}>
            <EntryCard entry={entry} timeZone={timeZone} />
            <div className="lb-actions">
              <button type="button" className="button" onClick={() => act(() => liveblogApi.publish(sessionId, entry.id), 'published')}>
                {t('liveblogEditor.publish')}
              </button>
              <EditButton sessionId={sessionId} entry={entry} onDone={(done) => act(() => Promise.resolve(), done)} />
              <button type="button" className="button button-warning" onClick={() => act(() => liveblogApi.remove(sessionId, entry.id), 'draftDeleted')}>
                {t('liveblogEditor.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>

      <h2>{t('liveblogEditor.published')}</h2>
      <ul className="lb-entries">
        {info.entries.map((entry) => (
          <li key={entry.id}>
            <EntryCard entry={entry} timeZone={timeZone} />
            <div className="lb-actions">
              <EditButton sessionId={sessionId} entry={entry} onDone={(done) => act(() => Promise.resolve(), done)} />
              <button type="button" className="button button-secondary" onClick={() => act(() => liveblogApi.pin(sessionId, entry.id, !entry.pinned), entry.pinned ? 'unpinned' : 'pinned')}>
                {t('liveblogEditor.pin', { pinned: entry.pinned ? 'yes' : 'no' })}
              </button>
              <button type="button" className="button button-warning" onClick={() => act(() => liveblogApi.remove(sessionId, entry.id), 'deleted')}>
                {t('liveblogEditor.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Compose({ sessionId, people, onDone }: { sessionId: string; people: Liveblog['chair']; onDone: (done: Done) => void }) {
  const { t, language } = useMessages(liveblogEditorMessages);
  const reader = useMessages(liveblogMessages);
  // Written in the editor's page language unless they say otherwise.
  const [chosen, setChosen] = useState<Language | null>(null);
  const written = chosen ?? language;
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
    const fields: EntryFields = { kind, body, draft, language: written };
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
      onDone(draft ? 'draftSaved' : 'posted');
    } catch (failure) {
      if (failure instanceof ApiError) {
        const details = inOurWords(failure.details, t);
        setError(details.length ? details.join(' ') : apiErrorText(failure));
      } else setError(t('liveblogEditor.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form lb-compose" onSubmit={submit} noValidate>
      <h2>{t('liveblogEditor.new')}</h2>
      <div className="form-group">
        <label className="label" htmlFor="lb-kind">
          {t('liveblogEditor.kind')}
        </label>
        <select id="lb-kind" className="select" value={kind} onChange={(e) => setKind(e.target.value as EntryKind)}>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {reader.t('liveblog.kind', { kind: value })}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="lb-language">
          {t('liveblogEditor.language')}
        </label>
        <select id="lb-language" className="select" value={written} onChange={(e) => setChosen(e.target.value as Language)}>
          {WRITTEN_IN.map(([option, name]) => (
            <option key={option} value={option} lang={option}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {kind === 'quote' && (
        <>
          <div className="form-group">
            <label className="label" htmlFor="lb-speaker">
              {t('liveblogEditor.whoSaidIt')}
            </label>
            <select id="lb-speaker" className="select" value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
              <option value="">{t('liveblogEditor.someoneElse')}</option>
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
                  {t('liveblogEditor.name')}
                </label>
                <input id="lb-quote-name" className="input" value={quoteName} maxLength={200} onChange={(e) => setQuoteName(e.target.value)} />
              </div>
              <div className="form-group">
                <label className="label" htmlFor="lb-quote-org">
                  {t('liveblogEditor.organisation')}
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
              {t('liveblogEditor.imageUrl')}
            </label>
            <input id="lb-image-url" className="input" type="url" value={imageUrl} maxLength={2000} onChange={(e) => setImageUrl(e.target.value)} />
          </div>
          <div className="form-group">
            <label className="label" htmlFor="lb-image-alt">
              {t('liveblogEditor.imageAlt')}
            </label>
            <input id="lb-image-alt" className="input" value={imageAlt} maxLength={300} onChange={(e) => setImageAlt(e.target.value)} />
          </div>
        </>
      )}
      <div className="form-group">
        <label className="label" htmlFor="lb-body">
          {t('liveblogEditor.bodyLabel', { kind })}
        </label>
        <p className="hint" id="lb-body-hint">
          {t('liveblogEditor.bodyHint')}
        </p>
        <textarea id="lb-body" className="input" lang={written !== language ? written : undefined} aria-describedby="lb-body-hint" value={body} maxLength={10000} onChange={(e) => setBody(e.target.value)} />
      </div>
      <div className="form-group">
        <label>
          <input type="checkbox" checked={draft} onChange={(e) => setDraft(e.target.checked)} /> {t('liveblogEditor.draft')}
        </label>
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" aria-disabled={busy || undefined}>
        {t('liveblogEditor.submit', { state: busy ? 'busy' : draft ? 'draft' : 'post' })}
      </button>
    </form>
  );
}

function EditButton({ sessionId, entry, onDone }: { sessionId: string; entry: LiveblogEntry; onDone: (done: Done) => void }) {
  const { t } = useMessages(liveblogEditorMessages);
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState(entry.body);
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('liveblogEditor.edit')}
      </button>
    );
  }
  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await liveblogApi.edit(sessionId, entry.id, { body });
      setOpen(false);
      onDone('saved');
    } catch (failure) {
      const details = failure instanceof ApiError ? inOurWords(failure.details, t) : [];
      setError(details.length ? details.join(' ') : failure instanceof ApiError ? apiErrorText(failure) : t('liveblogEditor.failed'));
    }
  }
  return (
    <form onSubmit={save} className="form">
      <label className="label" htmlFor={`edit-${entry.id}`}>
        {t('liveblogEditor.editText')}
      </label>
      <textarea id={`edit-${entry.id}`} className="input" value={body} maxLength={10000} onChange={(e) => setBody(e.target.value)} />
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="lb-actions">
        <button type="submit" className="button">
          {t('liveblogEditor.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('liveblogEditor.cancel')}
        </button>
      </div>
    </form>
  );
}
