// Present, recorded by hand when nobody checked in (or someone was missed): find a registration
// of the event or a person of the network, or type a name and organisation; remove. People
// found are mailed the draft and the minutes; typed names only appear in them.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { ApiError } from '../api';
import { minutesApi, type AttendanceCandidate, type MinutesContent, type MinutesPerson } from './minutes-api';
import { minutesEditorMessages } from '@convene/i18n/web/minutes-editor.messages';
import { minutesMessages } from '@convene/i18n/web/minutes.messages';
import { apiErrorText } from '../api-errors';
import { useMessages } from '../i18n/i18n';
import { GROUPS, presentGroupLabel } from './present-groups';

type Present = MinutesContent['present'];

/** `present` with someone added to the group of `category` (made if missing, in the network's order). */
function withPerson(present: Present, category: string, person: MinutesPerson): Present {
  const label = GROUPS.find(([value]) => value === category)?.[1] ?? category;
  const groups = present.some((group) => group.category === category) ? present : [...present, { category, label, people: [] }];
  const order = (value: string) => {
    const at = GROUPS.findIndex(([known]) => known === value);
    return at === -1 ? GROUPS.length : at;
  };
  return groups
    .map((group) => (group.category === category ? { ...group, people: [...group.people, person].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')) } : group))
    .sort((a, b) => order(a.category) - order(b.category));
}

export function PresentEditor({ minutesId, present, onChange }: { minutesId: string; present: Present; onChange: (present: Present) => void }) {
  const [q, setQ] = useState('');
  const [lastFound, setFound] = useState<AttendanceCandidate[] | null>(null);
  // Under two letters there is nothing to search: no list (the last answer stays for when they type on).
  const found = q.trim().length < 2 ? null : lastFound;
  const [problem, setProblem] = useState<string | null>(null);
  const [typedError, setTypedError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState<string | null>(null);
  const { t, rich } = useMessages(minutesEditorMessages);
  const shared = useMessages(sharedMessages);
  const reader = useMessages(minutesMessages);
  const hidden = (parts: ReactNode[]) => <span className="visually-hidden">{parts}</span>;
  const everyone = present.flatMap((group) => group.people);
  const already = (candidate: AttendanceCandidate) =>
    everyone.some((person) => (candidate.registrationId && person.registrationId === candidate.registrationId) || (candidate.personId && person.personId === candidate.personId));

  useEffect(() => {
    const words = q.trim();
    if (words.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      minutesApi.attendanceCandidates(minutesId, words, controller.signal).then(
        (items) => {
          setFound(items);
          setProblem(null);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setProblem(error instanceof ApiError ? apiErrorText(error) : t('minutesEditor.present.searchFailed'));
        },
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, minutesId, t]);

  function add(candidate: AttendanceCandidate) {
    const affiliation = [candidate.jobTitle, candidate.organisation].filter(Boolean).join(', ') || null;
    onChange(withPerson(present, candidate.category ?? 'delegate', { name: candidate.name, affiliation, registrationId: candidate.registrationId, personId: candidate.personId }));
    setAnnounce(t('minutesEditor.present.added', { name: candidate.name }));
  }

  function addTyped(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const form = submitted.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    if (!name) {
      setTypedError(t('minutesEditor.present.enterName'));
      return;
    }
    setTypedError(null);
    onChange(withPerson(present, String(data.get('group') ?? 'delegate'), { name, affiliation: String(data.get('organisation') ?? '').trim() || null }));
    setAnnounce(t('minutesEditor.present.addedTyped', { name }));
    form.reset();
  }

  function remove(groupIndex: number, personIndex: number) {
    const person = present[groupIndex].people[personIndex];
    onChange(
      present
        .map((group, at) => (at === groupIndex ? { ...group, people: group.people.filter((_, index) => index !== personIndex) } : group))
        .filter((group) => group.people.length > 0),
    );
    setAnnounce(t('minutesEditor.present.removed', { name: person.name }));
  }

  return (
    <div className="present-editor">
      <p role="status" aria-live="polite" className={announce ? 'outcome outcome-ok' : 'outcome-empty'}>
        {announce}
      </p>
      {present.length === 0 && <p className="muted">{t('minutesEditor.present.nobody')}</p>}
      {present.map((group, groupIndex) => (
        <div key={group.category}>
          <h3 id={`present-${group.category}`}>{presentGroupLabel(reader.t, group.category, group.label)}</h3>
          <ul className="admin-list" aria-labelledby={`present-${group.category}`}>
            {group.people.map((person, personIndex) => (
              <li key={`${person.name}-${personIndex}`} className="speaker-row">
                <span>
                  {person.name}
                  {person.affiliation && <span className="muted"> ({person.affiliation})</span>}
                  {!person.registrationId && !person.personId && <span className="muted"> · {t('minutesEditor.present.notMailed')}</span>}
                </span>
                <button type="button" className="button button-secondary button-small" onClick={() => remove(groupIndex, personIndex)}>
                  {rich('minutesEditor.present.remove', { name: person.name, hidden })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="subform">
        <h3>{t('minutesEditor.present.record')}</h3>
        <div className="form-group">
          <label htmlFor="present-search" className="label">
            {t('minutesEditor.present.find')}
          </label>
          <p id="present-search-hint" className="hint">
            {t('minutesEditor.present.findHint')}
          </p>
          <input id="present-search" type="search" className="input" value={q} autoComplete="off" aria-describedby="present-search-hint" onChange={(change) => setQ(change.target.value)} />
        </div>
        <div aria-live="polite">
          {problem && <p className="error-text">{problem}</p>}
          {found && found.length === 0 && <p className="muted">{t('minutesEditor.present.noneFound', { words: q.trim() })}</p>}
          {found && found.length > 0 && (
            <ul className="picker-results" aria-label={t('minutesEditor.present.found')}>
              {found.map((candidate) => (
                <li key={candidate.registrationId ?? candidate.personId}>
                  <span>
                    <strong>{candidate.name}</strong>
                    {candidate.organisation && <> · {candidate.organisation}</>}
                    <span className="muted"> · {t('minutesEditor.present.source', { registered: candidate.registrationId ? 'yes' : 'no' })}</span>
                  </span>
                  {already(candidate) ? (
                    <span className="muted">{t('minutesEditor.present.already')}</span>
                  ) : (
                    <button type="button" className="button button-secondary button-small" onClick={() => add(candidate)}>
                      {rich('minutesEditor.present.add', { name: candidate.name, hidden })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        <form className="form" noValidate onSubmit={addTyped} aria-labelledby="present-typed-heading">
          <h4 id="present-typed-heading">{t('minutesEditor.present.typed')}</h4>
          <div className={`form-group${typedError ? ' form-group-error' : ''}`}>
            <label htmlFor="present-name" className="label">
              {t('minutesEditor.present.name')}
            </label>
            {typedError && (
              <p id="present-name-error" className="error-message">
                <span className="visually-hidden">{shared.t('form.error')} </span>
                {typedError}
              </p>
            )}
            <input id="present-name" name="name" className="input" maxLength={200} aria-invalid={typedError ? true : undefined} aria-describedby={typedError ? 'present-name-error' : undefined} />
          </div>
          <div className="form-group">
            <label htmlFor="present-organisation" className="label">
              {t('minutesEditor.present.organisation')}
            </label>
            <input id="present-organisation" name="organisation" className="input" maxLength={300} />
          </div>
          <div className="form-group">
            <label htmlFor="present-group" className="label">
              {t('minutesEditor.present.group')}
            </label>
            <select id="present-group" name="group" className="input select" defaultValue="delegate">
              {GROUPS.map(([value]) => (
                <option key={value} value={value}>
                  {reader.t('minutes.presentGroup', { category: value })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            {t('minutesEditor.present.addTyped')}
          </button>
        </form>
      </div>
    </div>
  );
}
