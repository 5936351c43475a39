// At the door: a check-in code field (a USB scanner types the code and presses Enter), the
// camera as a scanner of the QR code in the confirmation mail, and a form for walk-ins, which
// asks before admitting anyone over the event's capacity.
import './organise.css';
import { doorMessages } from '@convene/i18n/web/door.messages';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api, type Category, type EventView, type FieldErrors, type RegistrationView, type WalkInRequest } from '../api';
import { ErrorSummary, SelectField, TextField, summaryItems, text } from '../events/form-fields';
import { useSubmit } from '../events/use-submit';
import { useMessages } from '../i18n/i18n';
import { Outcome } from './common';
import { doorProblem, type DoorMessageKey } from '../api-errors';
import { QrScanner } from './qr-scanner';

const WALK_IN = 'walk-in';
const WALK_IN_FIELDS = ['name', 'email', 'organisationName', 'category'];
export const CATEGORY_KEYS: Array<[Category, DoorMessageKey]> = [
  ['delegate', 'door.category.delegate'],
  ['speaker', 'door.category.speaker'],
  ['officer', 'door.category.officer'],
  ['commissioner', 'door.category.commissioner'],
  ['press', 'door.category.press'],
  ['observer', 'door.category.observer'],
];
/** What the codes in confirmation mails look like (case, spaces and a hyphen aside). */
const CHECK_IN_CODE = /^\s*[2-9A-HJ-NP-Z]{5}[\s-]?[2-9A-HJ-NP-Z]{5}\s*$/i;

export function DoorPanel({ event, onChanged }: { event: EventView; onChanged: () => void }) {
  return (
    <div className="door">
      <CodeCheckIn event={event} onChanged={onChanged} />
      <WalkInForm event={event} onChanged={onChanged} />
    </div>
  );
}

function CodeCheckIn({ event, onChanged }: { event: EventView; onChanged: () => void }) {
  const { t } = useMessages(doorMessages);
  const input = useRef<HTMLInputElement>(null);
  const busy = useRef(false);
  const [outcome, setOutcome] = useState<{ text: string; tone: 'ok' | 'bad' } | null>(null);

  // The desk's one job: the field is ready for the scanner as soon as the page is (opened, or come
  // to by the event's pages' navigation), unless the person is already in another field or
  // control. No scroll: the page opens at its top.
  useEffect(() => {
    const current = document.activeElement;
    if (!current || current === document.body || current.id === 'main' || current.closest('.event-sections')) input.current?.focus({ preventScroll: true });
  }, []);

  /** Typed, scanned by a USB scanner, or read by the camera: the same check-in. */
  async function checkIn(code: string): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    try {
      const result = await api.checkInByCode(event.id, code);
      const { name, organisationName } = result.registration;
      const who = organisationName ? t('door.who', { name, organisation: organisationName }) : name;
      setOutcome({ text: t(result.alreadyCheckedIn ? 'door.code.already' : 'door.code.checkedIn', { who }), tone: 'ok' });
      onChanged();
    } catch (error) {
      setOutcome({ text: t(doorProblem(error, 'check-in')), tone: 'bad' });
    } finally {
      busy.current = false;
    }
  }

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const code = input.current?.value.trim() ?? '';
    if (busy.current) return;
    if (!code) {
      setOutcome({ text: t('door.code.empty'), tone: 'bad' });
      return;
    }
    await checkIn(code);
    // Ready for the next person in the queue.
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
  }

  async function onScanned(read: string) {
    if (!CHECK_IN_CODE.test(read)) {
      setOutcome({ text: t('door.scan.notACode'), tone: 'bad' });
      return;
    }
    await checkIn(read);
  }

  return (
    <div className="door-check-in">
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="check-in-code-heading" data-keep-focus>
        <h3 id="check-in-code-heading">{t('door.code.heading')}</h3>
        <div className="form-group">
          <label htmlFor="check-in-code" className="label">
            {t('door.code.label')}
          </label>
          <p id="check-in-code-hint" className="hint">
            {t('door.code.hint')}
          </p>
          <div className="search-row">
            <input
              ref={input}
              id="check-in-code"
              name="code"
              className="input input-short"
              style={{ maxWidth: '16ch' }}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={40}
              aria-describedby="check-in-code-hint"
            />
            <button type="submit" className="button">
              {t('door.code.submit')}
            </button>
          </div>
        </div>
        <Outcome message={outcome?.text ?? null} tone={outcome?.tone} />
      </form>
      <QrScanner onRead={onScanned} t={t} />
    </div>
  );
}

function WalkInForm({ event, onChanged }: { event: EventView; onChanged: () => void }) {
  const { t } = useMessages(doorMessages);
  const [added, setAdded] = useState<string | null>(null);
  // A walk-in refused because the event is full, waiting for the organiser's yes or no.
  const [full, setFull] = useState<WalkInRequest | null>(null);
  const question = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const walkIn = useSubmit(
    async (request: WalkInRequest): Promise<{ added: RegistrationView } | { full: WalkInRequest }> => {
      try {
        return { added: await api.addWalkIn(event.id, request) };
      } catch (error) {
        // The API refuses a walk-in at a full event unless told to admit them: the organiser's question to answer.
        if (error instanceof ApiError && error.body?.code === 'event_full' && !request.overCapacity) return { full: request };
        if (error instanceof ApiError && Object.keys(error.details).length) throw new ApiError(error.status, error.message, inOurWords(error.details, t), error.body);
        throw error;
      }
    },
    (error) => t(doorProblem(error, 'walk-in')),
  );
  const { errors, problem, attempt, busy } = walkIn;

  useEffect(() => {
    if (full) question.current?.focus();
  }, [full]);

  function send(request: WalkInRequest) {
    setAdded(null);
    walkIn.submit(request, (result) => {
      if ('full' in result) return setFull(result.full);
      form.current?.reset();
      setFull(null);
      setAdded(t('door.walkIn.added', { name: result.added.name }));
      onChanged();
      // The question (if there was one) is gone: ready for the next walk-in.
      document.getElementById(`${WALK_IN}-name`)?.focus();
    });
  }

  function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const data = new FormData(submitted.currentTarget);
    const name = text(data, 'name');
    const email = text(data, 'email');
    const found: FieldErrors = {};
    if (!name) found.name = [t('door.walkIn.nameMissing')];
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) found.email = [t('door.walkIn.emailInvalid')];
    if (Object.keys(found).length) return walkIn.refuse(found);
    setFull(null);
    send({ name, email: email || undefined, organisationName: text(data, 'organisationName') || undefined, category: text(data, 'category') as Category, overCapacity: false });
  }

  return (
    <form ref={form} className="form" noValidate onSubmit={onSubmit} aria-labelledby="walk-in-heading">
      <h3 id="walk-in-heading">{t('door.walkIn.heading')}</h3>
      <p>{t('door.walkIn.intro')}</p>
      <ErrorSummary id={WALK_IN} items={summaryItems(errors, WALK_IN, WALK_IN_FIELDS)} message={problem} attempt={attempt} />
      <TextField id={`${WALK_IN}-name`} name="name" label={t('door.walkIn.name')} autoComplete="off" errors={errors.name} />
      <TextField id={`${WALK_IN}-email`} name="email" type="email" label={t('door.walkIn.email')} autoComplete="off" errors={errors.email} />
      <TextField id={`${WALK_IN}-organisationName`} name="organisationName" label={t('door.walkIn.organisation')} autoComplete="off" errors={errors.organisationName} />
      <SelectField
        id={`${WALK_IN}-category`}
        name="category"
        label={t('door.walkIn.category')}
        options={CATEGORY_KEYS.map(([value, key]) => [value, t(key)])}
        defaultValue="delegate"
        errors={errors.category}
      />
      {full ? (
        <div className="notice-panel" role="alertdialog" aria-labelledby="walk-in-full-heading" aria-describedby="walk-in-full-question" tabIndex={-1} ref={question}>
          <h4 id="walk-in-full-heading">{t('door.walkIn.fullHeading')}</h4>
          <p id="walk-in-full-question">{t('door.walkIn.fullQuestion', { capacity: event.capacity ?? 0, name: full.name })}</p>
          <div className="button-group">
            <button type="button" className="button button-warning" aria-disabled={busy || undefined} onClick={() => send({ ...full, overCapacity: true })}>
              {t('door.walkIn.admit', { name: full.name })}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setAdded(t('door.walkIn.notAdmitted', { name: full.name }));
                setFull(null);
                document.getElementById(`${WALK_IN}-name`)?.focus();
              }}
            >
              {t('door.walkIn.dontAdmit')}
            </button>
          </div>
        </div>
      ) : (
        <button type="submit" className="button button-secondary" aria-disabled={busy || undefined}>
          {busy ? t('door.walkIn.adding') : t('door.walkIn.submit')}
        </button>
      )}
      <Outcome message={added} />
    </form>
  );
}

/** The API's field errors are for programs (class-validator's English): each field gets the door's own sentence. */
function inOurWords(errors: FieldErrors, t: (key: DoorMessageKey) => string): FieldErrors {
  const ours: Record<string, DoorMessageKey> = { name: 'door.walkIn.nameInvalid', email: 'door.walkIn.emailInvalid', organisationName: 'door.walkIn.organisationInvalid' };
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, ours[field] ? [t(ours[field])] : messages]));
}
