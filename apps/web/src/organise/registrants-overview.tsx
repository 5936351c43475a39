// Registrants as a whole: counts by category and organisation, the needs to cater for, and a
// message to everyone of chosen statuses.
import './organise.css';
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useState, type FormEvent } from 'react';
import { ApiError, api, type EventView, type FieldErrors, type GroupCount, type RegistrationStatus } from '../api';
import { CATEGORIES } from '../events/registration-form';
import { Checkbox, ErrorSummary, TextField, byField, summaryItems, text } from '../events/form-fields';
import { doorMessages } from '@convene/i18n/web/door.messages';
import { useMessages } from '../i18n/i18n';
import { Outcome } from './common';
import { doorProblem } from './door-problems';

const CATEGORY_LABEL = new Map<string, string>(CATEGORIES);
const MESSAGE = 'message';
const MESSAGE_FIELDS = ['statuses', 'subject', 'body'];
const MAILABLE: Array<[RegistrationStatus, string]> = [
  ['confirmed', 'Confirmed'],
  ['offered', 'Offered a place'],
  ['waitlisted', 'On the waiting list'],
  ['pending', 'Awaiting approval'],
];

export function RegistrantsOverview({ event }: { event: EventView }) {
  const summary = useQuery(queries.registrationSummary(event.id), queryClient);
  return (
    <section aria-labelledby="overview-heading">
      <h3 id="overview-heading">Who is coming</h3>
      {summary.isPending && <p className="muted">Loading the summary…</p>}
      {summary.isError && <p className="error-text">We could not load the summary ({summary.error.message}).</p>}
      {summary.isSuccess && (
        <>
          <CountsTable
            id="by-category"
            caption="By category"
            heading="Category"
            rows={summary.data.byCategory.map((row) => ({ ...row, label: CATEGORY_LABEL.get(row.category) ?? row.category }))}
          />
          <CountsTable
            id="by-organisation"
            caption="By organisation"
            heading="Organisation"
            rows={summary.data.byOrganisation.map((row) => ({ ...row, label: row.organisation ?? 'None given' }))}
          />
          <NeedsList id="dietary" title="Dietary needs (confirmed places)" needs={summary.data.dietaryNeeds} />
          <NeedsList id="access" title="Access needs (confirmed places)" needs={summary.data.accessNeeds} />
        </>
      )}
      {event.status !== 'cancelled' && <MessageForm event={event} />}
    </section>
  );
}

function CountsTable({ id, caption, heading, rows }: { id: string; caption: string; heading: string; rows: Array<GroupCount & { label: string }> }) {
  if (!rows.length) return null;
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">Confirmed</th>
            <th scope="col">Waiting</th>
            <th scope="col">Checked in</th>
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
  return (
    <div aria-labelledby={`${id}-needs-heading`} role="group">
      <h4 id={`${id}-needs-heading`}>{title}</h4>
      {needs.length ? (
        <ul>
          {needs.map((need) => (
            <li key={need.need}>
              {need.need}: {need.count}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None stated.</p>
      )}
    </div>
  );
}

function MessageForm({ event }: { event: EventView }) {
  const { t } = useMessages(doorMessages);
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
    const statuses = data.getAll('statuses').map(String) as RegistrationStatus[];
    const subject = text(data, 'subject');
    const body = String(data.get('body') ?? '').trim();
    const found: FieldErrors = {};
    if (!statuses.length) found.statuses = ['Choose who gets the message'];
    if (!subject) found.subject = ['Enter a subject'];
    if (!body) found.body = ['Enter the message'];
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
      setSent(result.recipients === 1 ? 'Your message is on its way to 1 person.' : `Your message is on its way to ${result.recipients} people.`);
    } catch (error) {
      const details = error instanceof ApiError ? byField(error.details) : {};
      setAttempt((n) => n + 1);
      setErrors(details);
      setProblem(Object.keys(details).length ? null : t(doorProblem(error, 'other')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="message-heading">
      <h4 id="message-heading">Message registrants</h4>
      <p>Each person gets the message by mail, as plain text. Leave a blank line between paragraphs.</p>
      <ErrorSummary id={MESSAGE} items={summaryItems(errors, MESSAGE, MESSAGE_FIELDS)} message={problem} attempt={attempt} />
      <fieldset className="form-group" aria-describedby={errors.statuses ? `${MESSAGE}-statuses-error` : undefined}>
        <legend className="label">Send to</legend>
        {errors.statuses && (
          <p id={`${MESSAGE}-statuses-error`} className="error-message">
            <span className="visually-hidden">Error: </span>
            {errors.statuses.join(' ')}
          </p>
        )}
        {MAILABLE.map(([status, label]) => (
          <Checkbox key={status} id={`${MESSAGE}-statuses-${status}`} name="statuses" value={status} label={label} defaultChecked={status === 'confirmed'} />
        ))}
      </fieldset>
      <TextField id={`${MESSAGE}-subject`} name="subject" label="Subject" autoComplete="off" errors={errors.subject} />
      <TextField id={`${MESSAGE}-body`} name="body" label="Message" multiline="long" maxLength={10000} errors={errors.body} />
      <button type="submit" className="button button-secondary" aria-disabled={busy || undefined}>
        {busy ? 'Sending…' : 'Send message'}
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
