// The event's fields, for creating an event and for changing one. Times are entered as wall-clock
// times in the event's zone and sent as ISO instants.
import { useState, type FormEvent } from 'react';
import { ApiError, type EventFields, type EventKind, type EventView, type EventVisibility, type FieldErrors, type WaitingListMode } from '../api';
import { Checkbox, ErrorSummary, SelectField, TextField, byField, summaryItems, text } from '../events/form-fields';
import { zoneLabel } from '../format';
import { fromLocal, toLocal } from '../local-time';
import { DEFAULT_ZONE } from './zone';
import { DateTimeField, EVENT_KINDS, LOCAL_TIME_PROBLEM, VISIBILITIES, problemOf } from './common';

const FIELDS = [
  'title',
  'kind',
  'theme',
  'description',
  'venueName',
  'venueAddress',
  'visibility',
  'startsAt',
  'endsAt',
  'capacity',
  'reservedPlaces',
  'perOrganisationLimit',
  'requiresApproval',
  'waitingListMode',
  'offerHours',
  'confirmAddressFirst',
  'confirmationHours',
];

const WAITING_LIST_MODES: Array<[WaitingListMode, string]> = [
  ['promote', 'Give it to the first in line at once'],
  ['offer', 'Offer it to the first in line, who accepts or declines'],
];

type Parsed = { fields: Partial<EventFields>; errors: FieldErrors };

function wholeNumber(data: FormData, field: string, label: string, min: number, errors: FieldErrors): number | null | undefined {
  const value = text(data, field);
  if (!value) return null;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > 100000) {
    errors[field] = [min === 0 ? `${label} must be a whole number, 0 or more` : `${label} must be a whole number, ${min} or more`];
    return undefined;
  }
  return Number(value);
}

function parse(data: FormData, timeZone: string): Parsed {
  const errors: FieldErrors = {};
  const optional = (field: string) => text(data, field) || null;
  const title = text(data, 'title');
  if (!title) errors.title = ['Enter a title'];
  const start = fromLocal({ date: text(data, 'startsAtDate'), time: text(data, 'startsAtTime') }, timeZone);
  const end = fromLocal({ date: text(data, 'endsAtDate'), time: text(data, 'endsAtTime') }, timeZone);
  if ('problem' in start) errors.startsAt = [`Start: ${LOCAL_TIME_PROBLEM[start.problem]}`];
  if ('problem' in end) errors.endsAt = [`End: ${LOCAL_TIME_PROBLEM[end.problem]}`];
  if ('iso' in start && 'iso' in end && end.iso <= start.iso) errors.endsAt = ['The event must end after it starts'];

  const fields: Partial<EventFields> = {
    title,
    kind: text(data, 'kind') as EventKind,
    theme: optional('theme'),
    description: String(data.get('description') ?? '').trim() || null,
    venueName: optional('venueName'),
    venueAddress: String(data.get('venueAddress') ?? '').trim() || null,
    visibility: text(data, 'visibility') as EventVisibility,
    startsAt: 'iso' in start ? start.iso : undefined,
    endsAt: 'iso' in end ? end.iso : undefined,
  };
  const capacity = wholeNumber(data, 'capacity', 'Capacity', 0, errors);
  if (capacity !== undefined) fields.capacity = capacity;
  const reserved = wholeNumber(data, 'reservedPlaces', 'Reserved places', 0, errors);
  // Left blank: none reserved.
  if (reserved !== undefined) fields.reservedPlaces = reserved ?? 0;
  const limit = wholeNumber(data, 'perOrganisationLimit', 'The limit per organisation', 1, errors);
  if (limit !== undefined) fields.perOrganisationLimit = limit;
  const approval = text(data, 'requiresApproval');
  fields.requiresApproval = approval === 'on';
  fields.waitingListMode = (text(data, 'waitingListMode') || 'promote') as WaitingListMode;
  const hours = text(data, 'offerHours');
  if (!hours) fields.offerHours = 48;
  else if (!/^\d+$/.test(hours) || Number(hours) < 1 || Number(hours) > 720) errors.offerHours = ['Hours to accept an offer must be a whole number from 1 to 720'];
  else fields.offerHours = Number(hours);
  fields.confirmAddressFirst = text(data, 'confirmAddressFirst') === 'on';
  const toConfirm = text(data, 'confirmationHours');
  if (!toConfirm) fields.confirmationHours = 24;
  else if (!/^\d+$/.test(toConfirm) || Number(toConfirm) < 1 || Number(toConfirm) > 168) errors.confirmationHours = ['Hours to confirm an address must be a whole number from 1 to 168'];
  else fields.confirmationHours = Number(toConfirm);
  return { fields, errors };
}

/** Only what changed, so a save never overwrites what the form could not show. */
function changes(fields: Partial<EventFields>, before: Partial<EventFields>): Partial<EventFields> {
  const changed: Partial<EventFields> = {};
  for (const [key, value] of Object.entries(fields) as Array<[keyof EventFields, unknown]>) {
    if (value === undefined) continue;
    const old = before[key];
    const same = key === 'startsAt' || key === 'endsAt' ? old !== undefined && new Date(String(old)).getTime() === new Date(String(value)).getTime() : old === value;
    if (!same) (changed as Record<string, unknown>)[key] = value;
  }
  return changed;
}

function fieldsOf(event: EventView): Partial<EventFields> {
  return {
    title: event.title,
    kind: event.kind as EventKind,
    theme: event.theme,
    description: event.description,
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    visibility: event.visibility,
    capacity: event.capacity,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    reservedPlaces: event.reservedPlaces,
    perOrganisationLimit: event.perOrganisationLimit,
    requiresApproval: event.requiresApproval,
    waitingListMode: event.waitingListMode,
    offerHours: event.offerHours,
    confirmAddressFirst: event.confirmAddressFirst,
    confirmationHours: event.confirmationHours,
  };
}

export function EventForm({
  id,
  heading,
  headingId,
  submitLabel,
  event = null,
  save,
  onSaved,
}: {
  id: string;
  heading: string;
  headingId: string;
  submitLabel: string;
  /** The event being changed; none when creating one. */
  event?: EventView | null;
  save: (fields: Partial<EventFields>) => Promise<EventView>;
  onSaved: (view: EventView, sent: Partial<EventFields>) => void;
}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const timeZone = event?.timeZone ?? DEFAULT_ZONE;
  const zone = `${zoneLabel(timeZone)}${timeZone === 'Europe/London' ? ' (Europe/London)' : ''}`;
  const start = event ? toLocal(event.startsAt, timeZone) : undefined;
  const end = event ? toLocal(event.endsAt, timeZone) : undefined;

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (submitting) return;
    const form = submitted.currentTarget;
    const { fields, errors: local } = parse(new FormData(form), timeZone);
    if (Object.keys(local).length) {
      setAttempt((n) => n + 1);
      setErrors(local);
      setProblem(null);
      return;
    }
    const sending = event ? changes(fields, fieldsOf(event)) : fields;
    if (event && !Object.keys(sending).length) {
      setAttempt((n) => n + 1);
      setErrors({});
      setProblem('Nothing has changed: there is nothing to save.');
      return;
    }
    setSubmitting(true);
    try {
      const view = await save(sending);
      setErrors({});
      setProblem(null);
      onSaved(view, sending);
    } catch (error) {
      const details = error instanceof ApiError ? byField(error.details) : {};
      setAttempt((n) => n + 1);
      setErrors(details);
      setProblem(Object.keys(details).length ? null : problemOf(error, event ? 'change this event' : 'create the event'));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ErrorSummary id={id} items={summaryItems(errors, id, FIELDS)} message={problem} attempt={attempt} />
      <TextField id={`${id}-title`} name="title" label="Title" defaultValue={event?.title} errors={errors.title} />
      <SelectField id={`${id}-kind`} name="kind" label="Kind of event" options={EVENT_KINDS} defaultValue={event?.kind ?? 'network_forum'} errors={errors.kind} />
      <TextField
        id={`${id}-theme`}
        name="theme"
        label="Theme (optional)"
        hint="For example, community wealth building"
        defaultValue={event?.theme ?? undefined}
        errors={errors.theme}
      />
      <TextField
        id={`${id}-description`}
        name="description"
        label="Description (optional)"
        hint="Shown on the event page. Leave a blank line between paragraphs."
        defaultValue={event?.description ?? undefined}
        errors={errors.description}
        multiline="long"
        maxLength={20000}
      />
      <TextField id={`${id}-venueName`} name="venueName" label="Venue name (optional)" defaultValue={event?.venueName ?? undefined} errors={errors.venueName} />
      <TextField
        id={`${id}-venueAddress`}
        name="venueAddress"
        label="Venue address (optional)"
        defaultValue={event?.venueAddress ?? undefined}
        errors={errors.venueAddress}
        multiline
        maxLength={500}
      />
      <SelectField
        id={`${id}-visibility`}
        name="visibility"
        label="Who can see and register"
        options={VISIBILITIES}
        defaultValue={event?.visibility ?? 'public'}
        errors={errors.visibility}
      />
      <DateTimeField id={`${id}-startsAt`} name="startsAt" legend="Starts" zone={zone} errors={errors.startsAt} defaultValue={start} />
      <DateTimeField id={`${id}-endsAt`} name="endsAt" legend="Ends" zone={zone} errors={errors.endsAt} defaultValue={end} />
      <TextField
        id={`${id}-capacity`}
        name="capacity"
        label="Capacity (optional)"
        hint="The most people who can come. Leave blank for no limit."
        inputMode="numeric"
        width={6}
        defaultValue={event?.capacity?.toString()}
        errors={errors.capacity}
      />
      <TextField
        id={`${id}-reservedPlaces`}
        name="reservedPlaces"
        label="Reserved places (optional)"
        hint="Places kept back from public registration, for example for speakers."
        inputMode="numeric"
        width={6}
        defaultValue={event ? String(event.reservedPlaces) : undefined}
        errors={errors.reservedPlaces}
      />
      <TextField
        id={`${id}-perOrganisationLimit`}
        name="perOrganisationLimit"
        label="Places per organisation (optional)"
        hint="The most people one organisation can register. Leave blank for no limit."
        inputMode="numeric"
        width={6}
        defaultValue={event?.perOrganisationLimit?.toString()}
        errors={errors.perOrganisationLimit}
      />
      <Checkbox
        id={`${id}-requiresApproval`}
        name="requiresApproval"
        label="Organisers approve each registration"
        hint="People who register wait for an organiser to approve or decline them."
        defaultChecked={event?.requiresApproval ?? false}
        errors={errors.requiresApproval}
      />
      <SelectField
        id={`${id}-waitingListMode`}
        name="waitingListMode"
        label="When a place frees up"
        hint="With offers, the first in line has a set time to accept before the place passes to the next."
        options={WAITING_LIST_MODES}
        defaultValue={event?.waitingListMode ?? 'promote'}
        errors={errors.waitingListMode}
      />
      <TextField
        id={`${id}-offerHours`}
        name="offerHours"
        label="Hours to accept an offer"
        hint="Used with offers only. 48 if left blank."
        inputMode="numeric"
        width={4}
        defaultValue={event ? String(event.offerHours) : undefined}
        errors={errors.offerHours}
      />
      <Checkbox
        id={`${id}-confirmAddressFirst`}
        name="confirmAddressFirst"
        label="Hold a place only once the address is confirmed"
        hint="For events in high demand. People who register get a mail with a link to confirm their address; until they do, they take no place and move nobody to the waiting list."
        defaultChecked={event?.confirmAddressFirst ?? false}
        errors={errors.confirmAddressFirst}
      />
      <TextField
        id={`${id}-confirmationHours`}
        name="confirmationHours"
        label="Hours to confirm an address"
        hint="After this a registration not confirmed counts for nothing. 24 if left blank."
        inputMode="numeric"
        width={4}
        defaultValue={event ? String(event.confirmationHours) : undefined}
        errors={errors.confirmationHours}
      />
      <button id={`${id}-submit`} type="submit" className="button" aria-disabled={submitting || undefined}>
        {submitting ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
