// Registrants as a whole: counts by category and organisation, the needs to cater for, and a
// message to everyone of chosen statuses.
import './organise.css';
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useState, type FormEvent } from 'react';
import { ApiError, api, type EventView, type FieldErrors, type GroupCount, type MailableStatus } from '../api';
import { Checkbox, ErrorSummary, TextField, byField, summaryItems, text } from '../events/form-fields';
import { doorMessages } from '@convene/i18n/web/door.messages';
import { useMessages } from '../i18n/i18n';
import { Outcome } from './common';
import { apiErrorText, doorProblem, type DoorMessageKey } from '../api-errors';
import { CATEGORY_KEYS } from './door-panel';
import { useOrganiseT } from './organise-t';

const CATEGORY_KEY = new Map<string, DoorMessageKey>(CATEGORY_KEYS);
const MESSAGE = 'message';
const MESSAGE_FIELDS = ['statuses', 'subject', 'body'];
const MAILABLE: Array<[MailableStatus, DoorMessageKey]> = [
  ['confirmed', 'door.status.confirmed'],
  ['offered', 'door.status.offered'],
  ['waitlisted', 'door.status.waitlisted'],
  ['pending', 'door.status.pending'],
];

export function RegistrantsOverview({ event }: { event: EventView }) {
  const { t } = useOrganiseT();
  const door = useMessages(doorMessages).t;
  const summary = useQuery(queries.registrationSummary(event.id), queryClient);
  const category = (value: string) => {
    const key = CATEGORY_KEY.get(value);
    return key ? door(key) : value;
  };
  return (
    <section aria-labelledby="overview-heading" className="subsection">
      <h3 id="overview-heading">{t('overview.heading')}</h3>
      {summary.isPending && <p className="muted">{t('overview.loading')}</p>}
      {summary.isError && <p className="error-text">{t('overview.failed', { reason: apiErrorText(summary.error) })}</p>}
      {summary.isSuccess && (
        <>
          <CountsTable
            id="by-category"
            caption={t('overview.byCategory')}
            heading={door('door.table.category')}
            rows={summary.data.byCategory.map((row) => ({ ...row, label: category(row.category) }))}
          />
          <CountsTable
            id="by-organisation"
            caption={t('overview.byOrganisation')}
            heading={door('door.table.organisation')}
            rows={summary.data.byOrganisation.map((row) => ({ ...row, label: row.organisation ?? door('door.table.noneGiven') }))}
          />
          <NeedsList id="dietary" title={t('overview.dietary')} needs={summary.data.dietaryNeeds} />
          <NeedsList id="access" title={t('overview.access')} needs={summary.data.accessNeeds} />
        </>
      )}
      {event.status !== 'cancelled' && <MessageForm event={event} />}
    </section>
  );
}

function CountsTable({ id, caption, heading, rows }: { id: string; caption: string; heading: string; rows: Array<GroupCount & { label: string }> }) {
  const { t } = useOrganiseT();
  const door = useMessages(doorMessages).t;
  if (!rows.length) return null;
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">{t('overview.confirmed')}</th>
            <th scope="col">{t('overview.waiting')}</th>
            <th scope="col">{door('door.table.checkedIn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.confirmed}</td>
              <td>{row.waiting}</td>
              <td>{row.checkedIn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NeedsList({ id, title, needs }: { id: string; title: string; needs: Array<{ need: string; count: number }> }) {
  const { t } = useOrganiseT();
  return (
    <div aria-labelledby={`${id}-needs-heading`} role="group">
      <h4 id={`${id}-needs-heading`}>{title}</h4>
      {needs.length ? (
        <ul>
          {needs.map((need) => (
            <li key={need.need}>
              {t('overview.need', { need: need.need, count: need.count })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('overview.noneStated')}</p>
      )}
    </div>
  );
}

function MessageForm({ event }: { event: EventView }) {
  const door = useMessages(doorMessages).t;
  const { t } = useOrganiseT();
  // One id per message being written: a retried send (double click, dropped answer) mails nobody twice.
  const [messageId, setMessageId] = useState(newMessageId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (busy) return;
    const form = submitted.currentTarget;
    const data = new FormData(form);
    const statuses = data.getAll('statuses').map(String) as MailableStatus[];
    const subject = text(data, 'subject');
    const body = String(data.get('body') ?? '').trim();
    const found: FieldErrors = {};
    if (!statuses.length) found.statuses = [t('overview.message.chooseStatuses')];
    if (!subject) found.subject = [t('overview.message.subjectMissing')];
    if (!body) found.body = [t('overview.message.bodyMissing')];
    if (Object.keys(found).length) {
      setAttempt((n) => n + 1);
      setErrors(found);
      setProblem(null);
      return;
    }
    setBusy(true);
    setSent(null);
    try {
      const result = await api.messageRegistrants(event.id, { messageId, subject, body, statuses });
      setErrors({});
      setProblem(null);
      form.reset();
      setMessageId(newMessageId());
      setSent(t('overview.message.sent', { count: result.recipients }));
    } catch (error) {
      const details = error instanceof ApiError ? byField(error.details) : {};
      setAttempt((n) => n + 1);
      setErrors(details);
      setProblem(Object.keys(details).length ? null : door(doorProblem(error, 'other')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="message-heading">
      <h4 id="message-heading">{t('overview.message.heading')}</h4>
      <p>{t('overview.message.intro')}</p>
      <ErrorSummary id={MESSAGE} items={summaryItems(errors, MESSAGE, MESSAGE_FIELDS)} message={problem} attempt={attempt} />
      <fieldset className="form-group" aria-describedby={errors.statuses ? `${MESSAGE}-statuses-error` : undefined}>
        <legend className="label">{t('overview.message.sendTo')}</legend>
        {errors.statuses && (
          <p id={`${MESSAGE}-statuses-error`} className="error-message">
            <span className="visually-hidden">{t('overview.message.error')} </span>
            {errors.statuses.join(' ')}
          </p>
        )}
        {MAILABLE.map(([status, key]) => (
          <Checkbox key={status} id={`${MESSAGE}-statuses-${status}`} name="statuses" value={status} label={door(key)} defaultChecked={status === 'confirmed'} />
        ))}
      </fieldset>
      <TextField id={`${MESSAGE}-subject`} name="subject" label={t('overview.message.subject')} autoComplete="off" errors={errors.subject} />
      <TextField id={`${MESSAGE}-body`} name="body" label={t('overview.message.body')} multiline="long" maxLength={10000} errors={errors.body} />
      <button type="submit" className="button button-secondary" aria-disabled={busy || undefined}>
        {busy ? t('overview.message.sending') : t('overview.message.send')}
      </button>
      <Outcome message={sent} />
    </form>
  );
}

/** A version 4 UUID; crypto.randomUUID exists only on secure origins, getRandomValues everywhere. */
function newMessageId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
