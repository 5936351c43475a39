// At the door: a check-in code field (a barcode scanner types the code and presses Enter) and
// a form for walk-ins.
import './organise.css';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type Category, type EventView, type FieldErrors, type WalkInRequest } from '../api';
import { CATEGORIES } from '../events/registration-form';
import { Checkbox, ErrorSummary, SelectField, TextField, summaryItems, text } from '../events/form-fields';
import { useSubmit } from '../events/use-submit';
import { Outcome, problemOf } from './common';

const WALK_IN = 'walk-in';
const WALK_IN_FIELDS = ['name', 'email', 'organisationName', 'category'];

export function DoorPanel({ event, onChanged }: { event: EventView; onChanged: () => void }) {
  return (
    <div className="door">
      <CodeCheckIn event={event} onChanged={onChanged} />
      <WalkInForm event={event} onChanged={onChanged} />
    </div>
  );
}

function CodeCheckIn({ event, onChanged }: { event: EventView; onChanged: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; tone: 'ok' | 'bad' } | null>(null);

  // The desk's one job: the field is ready for the scanner as soon as the page is, unless the
  // person is already in another field or control. No scroll: the page opens at its top.
  useEffect(() => {
    const current = document.activeElement;
    if (!current || current === document.body || current.id === 'main') input.current?.focus({ preventScroll: true });
  }, []);

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const code = input.current?.value.trim() ?? '';
    if (busy) return;
    if (!code) {
      setOutcome({ text: 'Enter or scan the check-in code from the confirmation mail.', tone: 'bad' });
      return;
    }
    setBusy(true);
    try {
      const result = await api.checkInByCode(event.id, code);
      const who = result.registration.organisationName ? `${result.registration.name} (${result.registration.organisationName})` : result.registration.name;
      setOutcome({ text: result.alreadyCheckedIn ? `${who} was already checked in.` : `${who} is checked in.`, tone: 'ok' });
      onChanged();
    } catch (error) {
      setOutcome({ text: problemOf(error, 'check people in'), tone: 'bad' });
    } finally {
      setBusy(false);
      // Ready for the next person in the queue.
      if (input.current) {
        input.current.value = '';
        input.current.focus();
      }
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="check-in-code-heading">
      <h3 id="check-in-code-heading">Check in by code</h3>
      <div className="form-group">
        <label htmlFor="check-in-code" className="label">
          Check-in code
        </label>
        <p id="check-in-code-hint" className="hint">
          From the confirmation mail, like K7QMX-4RT9B. Type it, or scan it: Enter checks in.
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
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            Check in
          </button>
        </div>
      </div>
      <Outcome message={outcome?.text ?? null} tone={outcome?.tone} />
    </form>
  );
}

function WalkInForm({ event, onChanged }: { event: EventView; onChanged: () => void }) {
  const [added, setAdded] = useState<string | null>(null);
  const walkIn = useSubmit((request: WalkInRequest) => api.addWalkIn(event.id, request), (error) => problemOf(error, 'add walk-ins'));
  const { errors, problem, attempt, busy } = walkIn;

  function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const form = submitted.currentTarget;
    const data = new FormData(form);
    const name = text(data, 'name');
    const email = text(data, 'email');
    const found: FieldErrors = {};
    if (!name) found.name = ['Enter their name'];
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) found.email = ['Enter an email address in the correct format, like name@example.org, or leave it empty'];
    if (Object.keys(found).length) return walkIn.refuse(found);
    setAdded(null);
    const request: WalkInRequest = {
      name,
      email: email || undefined,
      organisationName: text(data, 'organisationName') || undefined,
      category: text(data, 'category') as Category,
      overCapacity: data.get('overCapacity') === 'on',
    };
    walkIn.submit(request, (view) => {
      form.reset();
      setAdded(`${view.name} has been added and checked in.`);
      onChanged();
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="walk-in-heading">
      <h3 id="walk-in-heading">Add a walk-in</h3>
      <p>Someone at the door who did not register: they are confirmed and checked in at once.</p>
      <ErrorSummary id={WALK_IN} items={summaryItems(errors, WALK_IN, WALK_IN_FIELDS)} message={problem} attempt={attempt} />
      <TextField id={`${WALK_IN}-name`} name="name" label="Name" autoComplete="off" errors={errors.name} />
      <TextField id={`${WALK_IN}-email`} name="email" type="email" label="Email address (optional)" autoComplete="off" errors={errors.email} />
      <TextField id={`${WALK_IN}-organisationName`} name="organisationName" label="Organisation (optional)" autoComplete="off" errors={errors.organisationName} />
      <SelectField id={`${WALK_IN}-category`} name="category" label="Attending as" options={CATEGORIES} defaultValue="delegate" errors={errors.category} />
      {event.capacity !== null && (
        <Checkbox
          id={`${WALK_IN}-overCapacity`}
          name="overCapacity"
          label="Admit them even if the event is full"
          hint={`The event has ${event.capacity} places. Without this, a walk-in is refused once they are all taken.`}
        />
      )}
      <button type="submit" className="button button-secondary" aria-disabled={busy || undefined}>
        {busy ? 'Adding…' : 'Add and check in'}
      </button>
      <Outcome message={added} />
    </form>
  );
}
