// Find someone by name or organisation, or name someone new (name, address, organisation).
// Used to invite speakers and name liveblog editors.
import { personPickerMessages } from '@convene/i18n/web/person-picker.messages';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { apiErrorText } from '../api-errors';
import { ErrorMessage, TextField, text } from '../events/form-fields';
import { useMessages } from '../i18n/i18n';
import { organiseApi, type DirectoryPerson, type NewPerson } from './organise-api';

export type PickedPerson = { personId: string; name: string } | { person: NewPerson };

/** A search box with results to choose from, and a short form for someone not found. `action` labels the buttons ("Invite", "Name as editor"). */
export function PersonPicker({ id, action, onPick, allowNew = true }: { id: string; action: string; onPick: (picked: PickedPerson) => Promise<void>; allowNew?: boolean }) {
  const { t } = useMessages(personPickerMessages);
  const [q, setQ] = useState('');
  const [lastResults, setResults] = useState<DirectoryPerson[] | null>(null);
  // Under two letters there is nothing to search: no list (the last answer stays for when they type on).
  const results = q.trim().length < 2 ? null : lastResults;
  const [searchProblem, setSearchProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  useEffect(() => {
    const words = q.trim();
    if (words.length < 2) return;
    const controller = new AbortController();
    // Wait for a pause in typing before asking.
    const timer = setTimeout(() => {
      organiseApi.findPeople(words, controller.signal).then(
        (found) => {
          setResults(found);
          setSearchProblem(null);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setSearchProblem(error instanceof ApiError && error.status > 0 ? apiErrorText(error) : t('picker.failed'));
        },
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, t]);

  async function pick(picked: PickedPerson) {
    if (busy) return;
    setBusy(true);
    try {
      await onPick(picked);
      setQ('');
      setResults(null);
      setAdding(false);
    } finally {
      setBusy(false);
    }
  }

  async function addNew(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const data = new FormData(submitted.currentTarget);
    const found: Record<string, string[]> = {};
    const name = text(data, 'name');
    const email = text(data, 'email');
    if (!name) found.name = [t('picker.nameMissing')];
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) found.email = [t('picker.emailInvalid')];
    setErrors(found);
    if (Object.keys(found).length) return;
    await pick({ person: { name, email, organisation: text(data, 'organisation') || null } });
  }

  return (
    <div className="person-picker">
      <div className="form-group">
        <label htmlFor={`${id}-search`} className="label">
          {t('picker.find')}
        </label>
        <p id={`${id}-search-hint`} className="hint">
          {t('picker.findHint')}
        </p>
        <input
          id={`${id}-search`}
          type="search"
          className="input"
          value={q}
          autoComplete="off"
          aria-describedby={`${id}-search-hint`}
          onChange={(change) => setQ(change.target.value)}
        />
      </div>
      <div aria-live="polite">
        {searchProblem && <p className="error-text">{searchProblem}</p>}
        {results && results.length === 0 && <p className="muted">{t('picker.nobody', { query: q.trim() })}</p>}
        {results && results.length > 0 && (
          <ul className="picker-results" aria-label={t('picker.found')}>
            {results.map((person) => (
              <li key={person.id}>
                <span>
                  <strong>{person.name}</strong>
                  {[person.jobTitle, person.organisation].filter(Boolean).length > 0 && <> · {[person.jobTitle, person.organisation].filter(Boolean).join(', ')}</>}
                  {person.emailHint && <span className="muted"> · {person.emailHint}</span>}
                </span>
                <button type="button" className="button button-secondary button-small" aria-disabled={busy || undefined} onClick={() => void pick({ personId: person.id, name: person.name })}>
                  {action}
                  <span className="visually-hidden"> {person.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {allowNew &&
        (adding ? (
          <form className="form subform" noValidate onSubmit={addNew} aria-labelledby={`${id}-new-heading`}>
            <h4 id={`${id}-new-heading`}>{t('picker.newHeading')}</h4>
            <TextField id={`${id}-name`} name="name" label={t('picker.fullName')} errors={errors.name} autoComplete="off" />
            <TextField id={`${id}-email`} name="email" type="email" label={t('picker.email')} hint={t('picker.emailHint')} errors={errors.email} autoComplete="off" />
            <TextField id={`${id}-organisation`} name="organisation" label={t('picker.organisation')} autoComplete="off" />
            <ErrorMessage id={`${id}-new`} errors={errors.form} />
            <div className="button-group">
              <button type="submit" className="button" aria-disabled={busy || undefined}>
                {action}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setAdding(false)}>
                {t('picker.back')}
              </button>
            </div>
          </form>
        ) : (
          <p>
            <button type="button" className="link-button" onClick={() => setAdding(true)}>
              {t('picker.notListed')}
            </button>
          </p>
        ))}
    </div>
  );
}
