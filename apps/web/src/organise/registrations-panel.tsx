// Registrations: counts by status, the door (check-in by code, walk-ins), a search, a paged table
// with check-in and approval, and the CSV.
import './organise.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { invalidate, queries, queryClient } from '../queries';
import { useState, type FormEvent } from 'react';
import { doorMessages } from '@convene/i18n/web/door.messages';
import { REGISTRATIONS_PAGE, api, registrationsCsvUrl, type EventView, type RegistrationStatus, type RegistrationView } from '../api';
import { CATEGORIES } from '../events/registration-form';
import { formatTime } from '../format';
import { useMessages } from '../i18n/i18n';
import { Outcome } from './common';
import { DoorPanel } from './door-panel';
import { doorProblem } from './door-problems';
import { RegistrantsOverview } from './registrants-overview';
import { ApologiesList } from './apologies-list';

const CATEGORY_LABEL = new Map<string, string>(CATEGORIES);

// What organisers print for the door (organisers only: kept out of the shared api.ts, which every page loads).
const badgesPdfUrl = (eventId: string) => `/api/v1/events/${encodeURIComponent(eventId)}/badges.pdf`;
const workshopListsPdfUrl = (eventId: string) => `/api/v1/events/${encodeURIComponent(eventId)}/workshop-lists.pdf`;

const STATUSES: Array<[RegistrationStatus, string]> = [
  ['confirmed', 'Confirmed'],
  ['offered', 'Offered a place'],
  ['waitlisted', 'On the waiting list'],
  ['pending', 'Awaiting approval'],
  ['declined', 'Declined'],
  ['cancelled', 'Cancelled'],
  ['unconfirmed', 'Address not yet confirmed'],
];
const STATUS_LABEL = new Map<string, string>(STATUSES);

type Action = 'check-in' | 'approve' | 'decline';

export function RegistrationsPanel({ event }: { event: EventView }) {
  const { t } = useMessages(doorMessages);
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'bad' } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useQuery({ ...queries.registrations(event.id, query, offset), placeholderData: keepPreviousData }, queryClient);

  // A check-in, approval, decline or walk-in changes the list, the counts and who came after sending apologies.
  const reload = () => invalidate(['registrations', event.id]);

  function search(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    setQuery(String(new FormData(submitted.currentTarget).get('q') ?? '').trim());
    setOffset(0);
  }

  async function act(registration: RegistrationView, action: Action) {
    if (busy) return;
    setBusy(registration.id);
    try {
      const done = action === 'check-in' ? api.checkIn(registration.id) : action === 'approve' ? api.approve(registration.id) : api.decline(registration.id);
      const view = await done;
      const what = action === 'check-in' ? 'checked in' : action === 'approve' ? `approved (${STATUS_LABEL.get(view.status)?.toLowerCase() ?? view.status})` : 'declined';
      setMessage({ text: `${registration.name} has been ${what}.`, tone: 'ok' });
      await reload();
    } catch (error) {
      setMessage({ text: t(doorProblem(error, action === 'check-in' ? 'check-in' : 'decide')), tone: 'bad' });
      // Someone else may have changed it meanwhile: the table shows where it stands now.
      await reload();
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="registrations-heading" className="section">
      <h2 id="registrations-heading">Registrations</h2>
      {list.isError ? (
        <p className="error-text">
          {t(doorProblem(list.error, 'load'))}
        </p>
      ) : (
        <>
          {list.isSuccess && (
            <ul className="counts" aria-label="Registrations by status">
              {STATUSES.map(([status, label]) => (
                <li key={status}>
                  <span className="count">{list.data.counts[status] ?? 0}</span> {label}
                </li>
              ))}
            </ul>
          )}
          {event.status === 'published' && <DoorPanel event={event} onChanged={reload} />}
          <ul className="download-links">
            <li>
              <a href={registrationsCsvUrl(event.id)} download>
                {t('door.papers.csv')}
              </a>{' '}
              <span className="muted">{t('door.papers.csvNote')}</span>
            </li>
            <li>
              <a href={badgesPdfUrl(event.id)}>{t('door.papers.badges')}</a> <span className="muted">{t('door.papers.badgesNote')}</span>
            </li>
            <li>
              <a href={workshopListsPdfUrl(event.id)}>{t('door.papers.workshops')}</a> <span className="muted">{t('door.papers.workshopsNote')}</span>
            </li>
          </ul>
          <form role="search" aria-label="Registrations" className="search-form" onSubmit={search}>
            <label htmlFor="registrations-q" className="label">
              Search by name, email or organisation
            </label>
            <div className="search-row">
              <input id="registrations-q" name="q" type="search" className="input" defaultValue={query} maxLength={200} />
              <button type="submit" className="button button-secondary">
                Search
              </button>
            </div>
          </form>
          <Outcome message={message?.text ?? null} tone={message?.tone} />
          {list.isPending && <p className="muted">Loading registrations…</p>}
          {list.isSuccess && (
            <>
              <RegistrationsTable event={event} items={list.data.items} total={list.data.total} offset={offset} query={query} busy={busy} onAction={act} />
              <Pages total={list.data.total} offset={offset} onPage={setOffset} />
            </>
          )}
        </>
      )}
      {!list.isError && <RegistrantsOverview event={event} />}
      {!list.isError && <ApologiesList event={event} />}
    </section>
  );
}

/** A registration's workshops, one a line: the title, and where it stands unless the place is confirmed. */
function Workshops({ workshops }: { workshops: RegistrationView['workshops'] }) {
  const { t } = useMessages(doorMessages);
  if (!workshops.length) return <span className="muted">{t('door.table.noWorkshops')}</span>;
  return (
    <ul className="cell-list">
      {workshops.map((workshop) => (
        <li key={workshop.sessionId}>
          {workshop.status === 'confirmed'
            ? workshop.title
            : workshop.status === 'waitlisted'
              ? t('door.table.workshopWaiting', { title: workshop.title, position: workshop.waitlistPosition ?? 0 })
              : t('door.table.workshopRequested', { title: workshop.title })}
        </li>
      ))}
    </ul>
  );
}

function RegistrationsTable({
  event,
  items,
  total,
  offset,
  query,
  busy,
  onAction,
}: {
  event: EventView;
  items: RegistrationView[];
  total: number;
  offset: number;
  query: string;
  busy: string | null;
  onAction: (registration: RegistrationView, action: Action) => void;
}) {
  const { t } = useMessages(doorMessages);
  if (!items.length) return <p className="muted">{query ? `No registrations match “${query}”.` : 'No one has registered yet.'}</p>;
  const shown = items.length < total ? `, ${offset + 1} to ${offset + items.length} of ${total}` : ` (${total})`;
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="registrations-caption">
      <table className="table registrations-table">
        <caption id="registrations-caption">
          Registrations{query ? ` matching “${query}”` : ''}
          {shown}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Organisation</th>
            <th scope="col">Category</th>
            <th scope="col">{t('door.table.workshops')}</th>
            <th scope="col">Status</th>
            <th scope="col">Waiting list</th>
            <th scope="col">Checked in</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((registration) => (
            <tr key={registration.id}>
              <th scope="row">
                {registration.name}
                <span className="cell-note">{registration.email ?? (registration.walkIn ? 'Walk-in, no email' : '')}</span>
              </th>
              <td data-label="Organisation">{registration.organisationName ?? <span className="muted">None given</span>}</td>
              <td data-label="Category">{CATEGORY_LABEL.get(registration.category) ?? registration.category}</td>
              <td data-label={t('door.table.workshops')}>
                <Workshops workshops={registration.workshops} />
              </td>
              <td className="cell-status">{STATUS_LABEL.get(registration.status) ?? registration.status}</td>
              <td data-label="Waiting list" className={registration.waitlistPosition === null ? 'cell-empty' : undefined}>
                {registration.waitlistPosition ?? <span className="muted">–</span>}
              </td>
              <td data-label="Checked in" className="cell-checked-in">
                {registration.checkedInAt ? (
                  <time dateTime={registration.checkedInAt}>{formatTime(registration.checkedInAt, event.timeZone)}</time>
                ) : (
                  <span className="muted">No</span>
                )}
              </td>
              <td className="cell-actions">
                <div className="row-actions">
                  {registration.status === 'confirmed' && !registration.checkedInAt && (
                    <button type="button" className="button button-small" aria-disabled={busy === registration.id || undefined} onClick={() => onAction(registration, 'check-in')}>
                      Check in<span className="visually-hidden"> {registration.name}</span>
                    </button>
                  )}
                  {registration.status === 'pending' && (
                    <>
                      <button type="button" className="button button-small" aria-disabled={busy === registration.id || undefined} onClick={() => onAction(registration, 'approve')}>
                        Approve<span className="visually-hidden"> {registration.name}</span>
                      </button>
                      <button
                        type="button"
                        className="button button-small button-warning"
                        aria-disabled={busy === registration.id || undefined}
                        onClick={() => onAction(registration, 'decline')}
                      >
                        Decline<span className="visually-hidden"> {registration.name}</span>
                      </button>
                    </>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Previous and next through pages of the table; the search narrows, paging reaches everyone. */
function Pages({ total, offset, onPage }: { total: number; offset: number; onPage: (offset: number) => void }) {
  if (total <= REGISTRATIONS_PAGE) return null;
  const page = Math.floor(offset / REGISTRATIONS_PAGE) + 1;
  const pages = Math.ceil(total / REGISTRATIONS_PAGE);
  return (
    <nav className="pager" aria-label="Pages of registrations">
      <button type="button" className="button button-secondary button-small" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - REGISTRATIONS_PAGE))}>
        Previous page
      </button>{' '}
      <span>
        Page {page} of {pages}
      </span>{' '}
      <button type="button" className="button button-secondary button-small" disabled={page >= pages} onClick={() => onPage(offset + REGISTRATIONS_PAGE)}>
        Next page
      </button>
    </nav>
  );
}
