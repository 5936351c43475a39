// The event's fields, for creating an event and for changing one. Times are entered as wall-clock
// times in the event's zone and sent as ISO instants.
import { useState, type FormEvent } from 'react';
import { ApiError, type EventFields, type EventKind, type EventView, type EventVisibility, type FieldErrors, type WaitingListMode } from '../api';
import { Checkbox, ErrorSummary, SelectField, TextField, byField, summaryItems, text } from '../events/form-fields';
import { kindLabel, zoneLabel } from '../format';
import { fromLocal, toLocal } from '../local-time';
import { readDateBoxes, readTime, wrongBox } from '../typed-date';
import { DEFAULT_ZONE } from './zone';
import { problemOf } from './common';
import { dateBoxesError, partId, type DateTimePart } from './date-boxes';
import { DateTimeField } from './date-time-field';
import { EVENT_KINDS, VISIBILITIES, useOrganiseT } from './organise-t';

const FIELDS = [
  'title',
  'kind',
  'theme',
  'description',
  'venueName',
  'venueAddress',
  'bilingual',
  'titleCy',
  'descriptionCy',
  'venueNameCy',
  'venueAddressCy',
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

const WAITING_LIST_MODES: WaitingListMode[] = ['promote', 'offer'];

/** The box of the start or end that an error is about (the error summary links to it, and only it is marked). */
type Wrong = Partial<Record<'startsAt' | 'endsAt', DateTimePart>>;
type Parsed = { fields: Partial<EventFields>; errors: FieldErrors; wrong: Wrong };
type T = ReturnType<typeof useOrganiseT>['t'];

function wholeNumber(data: FormData, field: 'capacity' | 'reservedPlaces' | 'perOrganisationLimit', min: number, errors: FieldErrors, t: T): number | null | undefined {
  const value = text(data, field);
  if (!value) return null;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > 100000) {
    errors[field] = [t('organise.form.wholeNumber', { field })];
    return undefined;
  }
  return Number(value);
}

function parse(data: FormData, timeZone: string, t: T): Parsed {
  const errors: FieldErrors = {};
  const optional = (field: string) => text(data, field) || null;
  const title = text(data, 'title');
  if (!title) errors.title = [t('organise.form.titleMissing')];
  const wrong: Wrong = {};
  const typed = (field: 'startsAt' | 'endsAt'): string | undefined => {
    const date = readDateBoxes(text(data, `${field}DateDay`), text(data, `${field}DateMonth`), text(data, `${field}DateYear`));
    const time = readTime(text(data, `${field}Time`));
    let problem: string;
    if ('problem' in date) {
      problem = dateBoxesError(date);
      wrong[field] = wrongBox(date) ?? 'date';
    } else {
      const at = fromLocal({ date: date.date, time: time ?? '' }, timeZone);
      if ('iso' in at && time !== null) return at.iso;
      problem = t('organise.time.problem', { problem: time === null ? 'invalid' : 'problem' in at ? at.problem : 'invalid' });
      wrong[field] = 'time';
    }
    errors[field] = [t(field === 'startsAt' ? 'organise.form.startProblem' : 'organise.form.endProblem', { problem })];
    return undefined;
  };
  const start = typed('startsAt');
  const end = typed('endsAt');
  if (start && end && end <= start) {
    errors.endsAt = [t('organise.form.endBeforeStart')];
    wrong.endsAt = undefined;
  }

  const fields: Partial<EventFields> = {
    title,
    kind: text(data, 'kind') as EventKind,
    theme: optional('theme'),
    description: String(data.get('description') ?? '').trim() || null,
    venueName: optional('venueName'),
    venueAddress: String(data.get('venueAddress') ?? '').trim() || null,
    bilingual: text(data, 'bilingual') === 'on',
    titleCy: optional('titleCy'),
    descriptionCy: String(data.get('descriptionCy') ?? '').trim() || null,
    venueNameCy: optional('venueNameCy'),
    venueAddressCy: String(data.get('venueAddressCy') ?? '').trim() || null,
    visibility: text(data, 'visibility') as EventVisibility,
    startsAt: start,
    endsAt: end,
  };
  const capacity = wholeNumber(data, 'capacity', 0, errors, t);
  if (capacity !== undefined) fields.capacity = capacity;
  const reserved = wholeNumber(data, 'reservedPlaces', 0, errors, t);
  // Left blank: none reserved.
  if (reserved !== undefined) fields.reservedPlaces = reserved ?? 0;
  const limit = wholeNumber(data, 'perOrganisationLimit', 1, errors, t);
  if (limit !== undefined) fields.perOrganisationLimit = limit;
  const approval = text(data, 'requiresApproval');
  fields.requiresApproval = approval === 'on';
  fields.waitingListMode = (text(data, 'waitingListMode') || 'promote') as WaitingListMode;
  const hours = text(data, 'offerHours');
  if (!hours) fields.offerHours = 48;
  else if (!/^\d+$/.test(hours) || Number(hours) < 1 || Number(hours) > 720) errors.offerHours = [t('organise.form.offerHoursInvalid')];
  else fields.offerHours = Number(hours);
  fields.confirmAddressFirst = text(data, 'confirmAddressFirst') === 'on';
  const toConfirm = text(data, 'confirmationHours');
  if (!toConfirm) fields.confirmationHours = 24;
  else if (!/^\d+$/.test(toConfirm) || Number(toConfirm) < 1 || Number(toConfirm) > 168) errors.confirmationHours = [t('organise.form.confirmationHoursInvalid')];
  else fields.confirmationHours = Number(toConfirm);
  return { fields, errors, wrong };
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
    bilingual: event.bilingual,
    titleCy: event.titleCy,
    descriptionCy: event.descriptionCy,
    venueNameCy: event.venueNameCy,
    venueAddressCy: event.venueAddressCy,
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
  const { t } = useOrganiseT();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [wrong, setWrong] = useState<Wrong>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const timeZone = event?.timeZone ?? DEFAULT_ZONE;
  const zone = timeZone === 'Europe/London' ? t('organise.dateTime.zone', { label: zoneLabel(timeZone), zone: timeZone }) : zoneLabel(timeZone);
  const start = event ? toLocal(event.startsAt, timeZone) : undefined;
  const end = event ? toLocal(event.endsAt, timeZone) : undefined;

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (submitting) return;
    const form = submitted.currentTarget;
    const { fields, errors: local, wrong: wrongParts } = parse(new FormData(form), timeZone, t);
    setWrong(wrongParts);
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
      setProblem(t('organise.form.nothingChanged'));
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
      setProblem(Object.keys(details).length ? null : problemOf(error, t(event ? 'organise.doing.changeEvent' : 'organise.doing.createEvent')));
    } finally {
      setSubmitting(false);
    }
  }

  // A start or end's error links to the box it is about.
  const summary = summaryItems(errors, id, FIELDS).map((item) => {
    const field = (['startsAt', 'endsAt'] as const).find((name) => item.fieldId === `${id}-${name}`);
    return field ? { ...item, fieldId: partId(item.fieldId, wrong[field]) } : item;
  });
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ErrorSummary id={id} items={summary} message={problem} attempt={attempt} />
      <TextField id={`${id}-title`} name="title" label={t('organise.form.title')} defaultValue={event?.title} errors={errors.title} />
      <SelectField id={`${id}-kind`} name="kind" label={t('organise.form.kind')} options={EVENT_KINDS.map((kind): [string, string] => [kind, kindLabel(kind)])} defaultValue={event?.kind ?? 'network_forum'} errors={errors.kind} />
      <TextField
        id={`${id}-theme`}
        name="theme"
        label={t('organise.form.theme')}
        hint={t('organise.form.themeHint')}
        defaultValue={event?.theme ?? undefined}
        errors={errors.theme}
      />
      <TextField
        id={`${id}-description`}
        name="description"
        label={t('organise.form.description')}
        hint={t('organise.form.descriptionHint')}
        defaultValue={event?.description ?? undefined}
        errors={errors.description}
        multiline="long"
        maxLength={20000}
      />
      <TextField id={`${id}-venueName`} name="venueName" label={t('organise.form.venueName')} defaultValue={event?.venueName ?? undefined} errors={errors.venueName} />
      <TextField
        id={`${id}-venueAddress`}
        name="venueAddress"
        label={t('organise.form.venueAddress')}
        defaultValue={event?.venueAddress ?? undefined}
        errors={errors.venueAddress}
        multiline
        maxLength={500}
      />
      <fieldset className="fieldset form-group" aria-describedby={`${id}-welsh-hint`}>
        <legend className="label">{t('organise.form.welsh')}</legend>
        <p id={`${id}-welsh-hint`} className="hint">
          {t('organise.form.welshHint')}
        </p>
        <Checkbox id={`${id}-bilingual`} name="bilingual" label={t('organise.form.bilingual')} hint={t('organise.form.bilingualHint')} defaultChecked={event?.bilingual ?? false} errors={errors.bilingual} />
        <TextField id={`${id}-titleCy`} name="titleCy" inputLang="cy" label={t('organise.form.titleCy')} defaultValue={event?.titleCy ?? undefined} errors={errors.titleCy} />
        <TextField
          id={`${id}-descriptionCy`}
          name="descriptionCy"
          inputLang="cy"
          label={t('organise.form.descriptionCy')}
          defaultValue={event?.descriptionCy ?? undefined}
          errors={errors.descriptionCy}
          multiline="long"
          maxLength={20000}
        />
        <TextField id={`${id}-venueNameCy`} name="venueNameCy" inputLang="cy" label={t('organise.form.venueNameCy')} defaultValue={event?.venueNameCy ?? undefined} errors={errors.venueNameCy} />
        <TextField
          id={`${id}-venueAddressCy`}
          name="venueAddressCy"
          inputLang="cy"
          label={t('organise.form.venueAddressCy')}
          defaultValue={event?.venueAddressCy ?? undefined}
          errors={errors.venueAddressCy}
          multiline
          maxLength={500}
        />
      </fieldset>
      <SelectField
        id={`${id}-visibility`}
        name="visibility"
        label={t('organise.form.visibility')}
        options={VISIBILITIES.map((visibility): [string, string] => [visibility, t('organise.visibility', { visibility })])}
        defaultValue={event?.visibility ?? 'public'}
        errors={errors.visibility}
      />
      <DateTimeField id={`${id}-startsAt`} name="startsAt" legend={t('organise.form.starts')} zone={zone} errors={errors.startsAt} wrong={wrong.startsAt} defaultValue={start} />
      <DateTimeField id={`${id}-endsAt`} name="endsAt" legend={t('organise.form.ends')} zone={zone} errors={errors.endsAt} wrong={wrong.endsAt} defaultValue={end} />
      <TextField
        id={`${id}-capacity`}
        name="capacity"
        label={t('organise.form.capacity')}
        hint={t('organise.form.capacityHint')}
        inputMode="numeric"
        width={6}
        defaultValue={event?.capacity?.toString()}
        errors={errors.capacity}
      />
      <TextField
        id={`${id}-reservedPlaces`}
        name="reservedPlaces"
        label={t('organise.form.reserved')}
        hint={t('organise.form.reservedHint')}
        inputMode="numeric"
        width={6}
        defaultValue={event ? String(event.reservedPlaces) : undefined}
        errors={errors.reservedPlaces}
      />
      <TextField
        id={`${id}-perOrganisationLimit`}
        name="perOrganisationLimit"
        label={t('organise.form.perOrganisation')}
        hint={t('organise.form.perOrganisationHint')}
        inputMode="numeric"
        width={6}
        defaultValue={event?.perOrganisationLimit?.toString()}
        errors={errors.perOrganisationLimit}
      />
      <Checkbox
        id={`${id}-requiresApproval`}
        name="requiresApproval"
        label={t('organise.form.approval')}
        hint={t('organise.form.approvalHint')}
        defaultChecked={event?.requiresApproval ?? false}
        errors={errors.requiresApproval}
      />
      <SelectField
        id={`${id}-waitingListMode`}
        name="waitingListMode"
        label={t('organise.form.waitingListMode')}
        hint={t('organise.form.waitingListModeHint')}
        options={WAITING_LIST_MODES.map((mode): [string, string] => [mode, t('organise.form.waitingListModeOption', { mode })])}
        defaultValue={event?.waitingListMode ?? 'promote'}
        errors={errors.waitingListMode}
      />
      <TextField
        id={`${id}-offerHours`}
        name="offerHours"
        label={t('organise.form.offerHours')}
        hint={t('organise.form.offerHoursHint')}
        inputMode="numeric"
        width={4}
        defaultValue={event ? String(event.offerHours) : undefined}
        errors={errors.offerHours}
      />
      <Checkbox
        id={`${id}-confirmAddressFirst`}
        name="confirmAddressFirst"
        label={t('organise.form.confirmFirst')}
        hint={t('organise.form.confirmFirstHint')}
        defaultChecked={event?.confirmAddressFirst ?? false}
        errors={errors.confirmAddressFirst}
      />
      <TextField
        id={`${id}-confirmationHours`}
        name="confirmationHours"
        label={t('organise.form.confirmationHours')}
        hint={t('organise.form.confirmationHoursHint')}
        inputMode="numeric"
        width={4}
        defaultValue={event ? String(event.confirmationHours) : undefined}
        errors={errors.confirmationHours}
      />
      <button id={`${id}-submit`} type="submit" className="button" aria-disabled={submitting || undefined}>
        {submitting ? t('organise.saving') : submitLabel}
      </button>
    </form>
  );
}
