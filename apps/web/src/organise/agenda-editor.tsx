// The agenda: the sessions as they stand (each can be edited, given speakers, or deleted: asked
// first, in place), a form to add one, and what waits to be published.
import { useQuery } from '@tanstack/react-query';
import { invalidate, queries, queryClient } from '../queries';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, api, type AgendaSession, type EventView, type FieldErrors, type SessionFields, type SessionKind } from '../api';
import { Checkbox, ErrorMessage, ErrorSummary, SelectField, TextField, byField, summaryItems, text } from '../events/form-fields';
import { apiErrorText } from '../api-errors';
import { formatCalendarDate, formatTime, zoneLabel } from '../format';
import { fromLocal, toLocal } from '../local-time';
import { readDateBoxes, readTime, wrongBox, type DateBox } from '../typed-date';
import { DateBoxes, TimeBox, dateBoxesError, partId } from './date-boxes';
import { Outcome, problemOf } from './common';
import { organiseApi } from './organise-api';
import { SESSION_KINDS, hidden, roleKey, useOrganiseT } from './organise-t';
import { SessionProgramme } from './session-programme';
import { UnpublishedChanges } from './unpublished-changes';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { useMessages } from '../i18n/i18n';
import './organise.css';

const FIELDS = ['title', 'kind', 'day', 'startsAt', 'endsAt', 'room', 'description', 'titleCy', 'roomCy', 'descriptionCy', 'capacity', 'liveQa', 'liveblog'];

export function AgendaEditor({ event }: { event: EventView }) {
  const { t } = useOrganiseT();
  const [message, setMessage] = useState<string | null>(null);
  const agenda = useQuery(queries.agenda(event.id), queryClient);
  const heading = useRef<HTMLHeadingElement>(null);
  // While a change reloads the agenda, the rows stay (and keep their open panels and messages).
  const current = agenda.data ?? null;
  // A change to the sessions changes the agenda, what waits to be published, and the event page's agenda.
  const reload = () => invalidate(queries.agenda(event.id).queryKey);
  const sessions = current ? current.days.flatMap((day) => day.sessions.map((session) => ({ day: day.date, session }))) : [];
  const editable = event.status !== 'cancelled';

  return (
    <section aria-labelledby="agenda-heading" className="section">
      <h2 id="agenda-heading" ref={heading} tabIndex={-1}>
        {t('agendaEditor.heading')}
      </h2>
      <Outcome message={message} />
      <UnpublishedChanges
        event={event}
        onPublished={(published) => {
          setMessage(published);
          heading.current?.focus();
        }}
      />
      {agenda.isPending && !current && <p className="muted">{t('agendaEditor.loading')}</p>}
      {agenda.isError && <p className="error-text">{t('agendaEditor.failed', { reason: apiErrorText(agenda.error) })}</p>}
      {current &&
        (sessions.length ? (
          <ul className="admin-list" aria-label={t('agendaEditor.sessions')}>
            {sessions.map(({ day, session }) => (
              <SessionRow
                key={session.id}
                day={day}
                session={session}
                event={event}
                editable={editable}
                onChanged={(changed) => {
                  setMessage(changed);
                  void reload();
                }}
                onDeleted={() => {
                  setMessage(t('agendaEditor.deleted', { title: session.title }));
                  void reload();
                  heading.current?.focus();
                }}
              />
            ))}
          </ul>
        ) : (
          <p className="muted">{t('agendaEditor.none')}</p>
        ))}
      {editable && (
        <SessionForm
          event={event}
          onSaved={(title) => {
            setMessage(t('agendaEditor.added', { title, published: event.status === 'published' ? 'yes' : 'no' }));
            void reload();
          }}
        />
      )}
    </section>
  );
}

function SessionRow({
  day,
  session,
  event,
  editable,
  onChanged,
  onDeleted,
}: {
  day: string;
  session: AgendaSession;
  event: EventView;
  editable: boolean;
  onChanged: (message: string | null) => void;
  onDeleted: () => void;
}) {
  const { t, rich } = useOrganiseT();
  const timeZone = event.timeZone;
  const [editing, setEditing] = useState(false);
  const [showPeople, setShowPeople] = useState(false);
  const [asking, setAsking] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const flags = [session.liveQa && t('agendaEditor.liveQa'), session.liveblog && t('agendaEditor.liveblog')].filter(Boolean).join(' · ');

  async function remove() {
    if (deleting) return;
    setDeleting(true);
    try {
      await api.deleteSession(session.id);
      onDeleted();
    } catch (error) {
      setProblem(problemOf(error, t('agendaEditor.doing.delete')));
      setDeleting(false);
    }
  }

  return (
    <li className="admin-item">
      <h3 className="admin-item-title">{session.title}</h3>
      <p className="session-meta">
        {formatCalendarDate(day)}, <time dateTime={session.startsAt}>{formatTime(session.startsAt, timeZone)}</time>–
        <time dateTime={session.endsAt}>{formatTime(session.endsAt, timeZone)}</time> · {t('agendaEditor.kind', { kind: session.kind })}
        {session.room && <> · {session.room}</>}
        {session.capacity !== null && <> · {t('agendaEditor.places', { count: session.capacity })}</>}
        {flags && <> · {flags}</>}
      </p>
      {session.speakers.length > 0 && (
        <p className="session-meta">
          {session.speakers.map((speaker) => t('agendaEditor.speaker', { name: speaker.name, role: roleKey(speaker.role) })).join(', ')}
        </p>
      )}
      {/* The buttons right under the session's lines, and what they open below them: a panel opens under the button that opened it. */}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {editable &&
        (asking ? (
          <div className="button-group" role="group" aria-label={t('agendaEditor.deleteAsk', { title: session.title })}>
            <span>{t('agendaEditor.deleteQuestion')}</span>
            <button type="button" className="button button-warning" aria-disabled={deleting || undefined} onClick={remove} autoFocus>
              {deleting ? t('agendaEditor.deleting') : rich('agendaEditor.yesDelete', { title: session.title, hidden })}
            </button>
            <button type="button" className="button button-secondary" disabled={deleting} onClick={() => setAsking(false)}>
              {t('organise.keep')}
            </button>
          </div>
        ) : (
          <div className="button-group">
            {!editing && (
              <button type="button" className="button button-secondary button-small" onClick={() => setEditing(true)}>
                {rich('agendaEditor.edit', { title: session.title, hidden })}
              </button>
            )}
            <button type="button" className="button button-secondary button-small" aria-expanded={showPeople} onClick={() => setShowPeople((shown) => !shown)}>
              {rich('agendaEditor.speakers', { title: session.title, hidden })}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setAsking(true)}>
              {rich('agendaEditor.delete', { title: session.title, hidden })}
            </button>
          </div>
        ))}
      {editing && (
        <SessionForm
          event={event}
          session={{ ...session, day }}
          onSaved={(title) => {
            setEditing(false);
            onChanged(t('agendaEditor.changed', { title, published: event.status === 'published' ? 'yes' : 'no' }));
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {showPeople && <SessionProgramme session={session} editable={editable} onChanged={() => onChanged(null)} />}
    </li>
  );
}

/** Adds a session, or (given `session`) changes one in place. */
function SessionForm({
  event,
  session,
  onSaved,
  onCancel,
}: {
  event: EventView;
  session?: AgendaSession & { day: string };
  onSaved: (title: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useOrganiseT();
  const { t: sharedT } = useMessages(sharedMessages);
  const [errors, setErrors] = useState<FieldErrors>({});
  /** The date box the date's error is about (linked to, and the only one marked); none: the whole date. */
  const [wrongDayBox, setWrongDayBox] = useState<DateBox | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const zone = zoneLabel(event.timeZone);
  const firstDay = toLocal(event.startsAt, event.timeZone).date;
  const ID = session ? `edit-${session.id}` : 'session';
  const headingId = `${ID}-heading`;

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (submitting) return;
    const form = submitted.currentTarget;
    const data = new FormData(form);
    const local: FieldErrors = {};
    const title = text(data, 'title');
    if (!title) local.title = [t('sessionForm.titleMissing')];
    const typedDay = readDateBoxes(text(data, 'dayDay'), text(data, 'dayMonth'), text(data, 'dayYear'));
    const day = 'date' in typedDay ? typedDay.date : '';
    if ('problem' in typedDay) local.day = [typedDay.problem === 'missing' ? t('sessionForm.dayMissing') : dateBoxesError(typedDay)];
    setWrongDayBox('problem' in typedDay ? wrongBox(typedDay) : undefined);
    const at = (field: 'startsAt' | 'endsAt') => {
      const time = readTime(text(data, field));
      return time === null ? ({ problem: 'invalid' } as const) : fromLocal({ date: day, time }, event.timeZone);
    };
    const start = at('startsAt');
    const end = at('endsAt');
    if (!local.day && 'problem' in start) local.startsAt = [start.problem === 'missing' ? t('sessionForm.startMissing') : t('organise.time.problem', { problem: start.problem })];
    if (!local.day && 'problem' in end) local.endsAt = [end.problem === 'missing' ? t('sessionForm.endMissing') : t('organise.time.problem', { problem: end.problem })];
    if ('iso' in start && 'iso' in end && end.iso <= start.iso) local.endsAt = [t('sessionForm.endBeforeStart')];
    const capacityText = text(data, 'capacity');
    if (capacityText && !/^\d+$/.test(capacityText)) local.capacity = [t('organise.form.wholeNumber', { field: 'capacity' })];
    if (Object.keys(local).length || !('iso' in start) || !('iso' in end)) {
      setAttempt((n) => n + 1);
      setErrors(local);
      setProblem(null);
      return;
    }
    const fields: SessionFields & { description: string | null } = {
      title,
      kind: (text(data, 'kind') || 'plenary') as SessionKind,
      startsAt: start.iso,
      endsAt: end.iso,
      room: text(data, 'room') || null,
      description: text(data, 'description') || null,
      titleCy: text(data, 'titleCy') || null,
      roomCy: text(data, 'roomCy') || null,
      descriptionCy: text(data, 'descriptionCy') || null,
      capacity: capacityText ? Number(capacityText) : null,
      liveQa: data.get('liveQa') === 'on',
      liveblog: data.get('liveblog') === 'on',
    };
    setSubmitting(true);
    try {
      if (session) {
        await organiseApi.updateSession(session.id, fields);
      } else {
        await api.addSession(event.id, fields);
        form.reset();
        (form.elements.namedItem('title') as HTMLInputElement | null)?.focus();
      }
      setErrors({});
      setProblem(null);
      onSaved(title);
    } catch (error) {
      const details = error instanceof ApiError ? byField(error.details) : {};
      setAttempt((n) => n + 1);
      setErrors(details);
      // A room double-booked, or a speaker in two places: the API's own words say which.
      setProblem(Object.keys(details).length ? null : problemOf(error, t(session ? 'agendaEditor.doing.change' : 'agendaEditor.doing.add')));
    } finally {
      setSubmitting(false);
    }
  }

  const timeError = (field: 'startsAt' | 'endsAt') => Boolean(errors[field]?.length);
  const local = (iso: string) => toLocal(iso, event.timeZone).time;
  return (
    <form className={session ? 'form subform' : 'form section'} noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      {session ? <h4 id={headingId}>{t('sessionForm.change', { title: session.title })}</h4> : <h3 id={headingId}>{t('sessionForm.add')}</h3>}
      <ErrorSummary
        id={ID}
        items={summaryItems(errors, ID, FIELDS).map((item) => (item.fieldId === `${ID}-day` ? { ...item, fieldId: partId(item.fieldId, wrongDayBox) } : item))}
        message={problem}
        attempt={attempt}
      />
      <TextField id={`${ID}-title`} name="title" label={t('sessionForm.title')} errors={errors.title} defaultValue={session?.title} />
      <SelectField id={`${ID}-kind`} name="kind" label={t('sessionForm.kind')} options={SESSION_KINDS.map((kind): [string, string] => [kind, t('agendaEditor.kind', { kind })])} defaultValue={session?.kind ?? 'plenary'} errors={errors.kind} />
      <fieldset className={`fieldset form-group${errors.day?.length ? ' form-group-error' : ''}`} aria-describedby={`${ID}-day-hint`}>
        <legend className="label">{t('sessionForm.day')}</legend>
        <p id={`${ID}-day-hint`} className="hint">
          {sharedT('form.date.hint')}
        </p>
        <ErrorMessage id={`${ID}-day`} errors={errors.day} />
        <DateBoxes
          id={`${ID}-day`}
          name="day"
          defaultValue={session?.day ?? firstDay}
          invalid={Boolean(errors.day?.length)}
          wrong={wrongDayBox}
          describedBy={errors.day?.length ? `${ID}-day-error` : undefined}
        />
      </fieldset>
      <fieldset className={`fieldset form-group${timeError('startsAt') || timeError('endsAt') ? ' form-group-error' : ''}`} aria-describedby={`${ID}-times-hint`}>
        <legend className="label">{t('sessionForm.times')}</legend>
        <p id={`${ID}-times-hint`} className="hint">
          {t('sessionForm.timesHint', { zone })}
        </p>
        <div className="date-time">
          {(['startsAt', 'endsAt'] as const).map((field) => (
            <div key={field}>
              <label htmlFor={`${ID}-${field}`} className="label label-small">
                {field === 'startsAt' ? t('organise.form.starts') : t('organise.form.ends')}
              </label>
              <ErrorMessage id={`${ID}-${field}`} errors={errors[field]} />
              <TimeBox
                id={`${ID}-${field}`}
                name={field}
                defaultValue={session ? local(session[field]) : undefined}
                invalid={timeError(field)}
                describedBy={timeError(field) ? `${ID}-${field}-error` : undefined}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <TextField
        id={`${ID}-room`}
        name="room"
        label={t('sessionForm.room')}
        hint={t('sessionForm.roomHint')}
        errors={errors.room}
        maxLength={100}
        defaultValue={session?.room ?? undefined}
      />
      <TextField
        id={`${ID}-description`}
        name="description"
        label={t('organise.form.description')}
        multiline
        errors={errors.description}
        maxLength={5000}
        defaultValue={session?.description ?? undefined}
      />
      <fieldset className="fieldset form-group" aria-describedby={`${ID}-welsh-hint`}>
        <legend className="label">{t('sessionForm.welsh')}</legend>
        <p id={`${ID}-welsh-hint`} className="hint">
          {t('sessionForm.welshHint')}
        </p>
        <TextField id={`${ID}-titleCy`} name="titleCy" inputLang="cy" label={t('sessionForm.titleCy')} errors={errors.titleCy} defaultValue={session?.titleCy ?? undefined} />
        <TextField id={`${ID}-roomCy`} name="roomCy" inputLang="cy" label={t('sessionForm.roomCy')} errors={errors.roomCy} maxLength={100} defaultValue={session?.roomCy ?? undefined} />
        <TextField
          id={`${ID}-descriptionCy`}
          name="descriptionCy"
          inputLang="cy"
          label={t('sessionForm.descriptionCy')}
          multiline
          errors={errors.descriptionCy}
          maxLength={5000}
          defaultValue={session?.descriptionCy ?? undefined}
        />
      </fieldset>
      <TextField
        id={`${ID}-capacity`}
        name="capacity"
        label={t('sessionForm.places')}
        hint={t('sessionForm.placesHint')}
        inputMode="numeric"
        width={6}
        errors={errors.capacity}
        defaultValue={session?.capacity != null ? String(session.capacity) : undefined}
      />
      <Checkbox
        id={`${ID}-liveQa`}
        name="liveQa"
        label={t('agendaEditor.liveQa')}
        hint={t('sessionForm.liveQaHint')}
        errors={errors.liveQa}
        defaultChecked={session?.liveQa}
      />
      <Checkbox id={`${ID}-liveblog`} name="liveblog" label={t('agendaEditor.liveblog')} hint={t('sessionForm.liveblogHint')} errors={errors.liveblog} defaultChecked={session?.liveblog} />
      <div className="button-group">
        <button id={`${ID}-submit`} type="submit" className="button" aria-disabled={submitting || undefined}>
          {session ? (submitting ? t('organise.saving') : t('organise.saveChanges')) : submitting ? t('sessionForm.adding') : t('sessionForm.submit')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('organise.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
