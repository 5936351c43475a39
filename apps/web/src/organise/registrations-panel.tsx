// Registrations, on two of an event's organiser pages. People: counts by status, the papers (CSV,
// badges), a search and a paged table with approval, the registrants as a whole with a message to
// them, the apologies. Check-in: the door (code, camera, walk-ins), then the same search and table
// to check someone in by name; no more, for a volunteer at the door on a phone.
import './organise.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { invalidate, queries, queryClient } from '../queries';
import { useState, type FormEvent } from 'react';
import { doorMessages } from '@convene/i18n/web/door.messages';
import { REGISTRATIONS_PAGE, api, registrationsCsvUrl, type EventView, type RegistrationStatus, type RegistrationView } from '../api';
import { formatTime } from '../format';
import { useMessages } from '../i18n/i18n';
import { Outcome } from './common';
import { CATEGORY_KEYS, DoorPanel } from './door-panel';
import { doorProblem, type DoorMessageKey } from '../api-errors';
import { RegistrantsOverview } from './registrants-overview';
import { ApologiesList } from './apologies-list';

const CATEGORY_KEY = new Map<string, DoorMessageKey>(CATEGORY_KEYS);

// What organisers print for the door (organisers only: kept out of the shared api.ts, which every page loads).
const badgesPdfUrl = (eventId: string) => `/api/v1/events/${encodeURIComponent(eventId)}/badges.pdf`;
const workshopListsPdfUrl = (eventId: string) => `/api/v1/events/${encodeURIComponent(eventId)}/workshop-lists.pdf`;

const STATUSES: Array<[RegistrationStatus, DoorMessageKey]> = [
  ['confirmed', 'door.status.confirmed'],
  ['offered', 'door.status.offered'],
  ['waitlisted', 'door.status.waitlisted'],
  ['pending', 'door.status.pending'],
  ['declined', 'door.status.declined'],
  ['cancelled', 'door.status.cancelled'],
  ['unconfirmed', 'door.status.unconfirmed'],
];
const STATUS_KEY = new Map<string, DoorMessageKey>(STATUSES);

type Action = 'check-in' | 'approve' | 'decline';

export function RegistrationsPanel({ event, at }: { event: EventView; at: 'people' | 'check-in' }) {
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
      const { name } = registration;
      const status = STATUS_KEY.get(view.status);
      const text =
        action === 'check-in'
          ? t('door.done.checkedIn', { name })
          : action === 'approve'
            ? t('door.done.approved', { name, status: (status ? t(status) : view.status).toLowerCase() })
            : t('door.done.declined', { name });
      setMessage({ text, tone: 'ok' });
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
      <h2 id="registrations-heading">{at === 'check-in' ? t('door.checkIn.heading') : t('door.registrations.heading')}</h2>
      {list.isError ? (
        <p className="error-text">
          {t(doorProblem(list.error, 'load'))}
        </p>
      ) : (
        <>
          {at === 'people' && list.isSuccess && (
            <ul className="counts" aria-label={t('door.registrations.byStatus')}>
              {STATUSES.map(([status, label]) => (
                <li key={status}>
                  <span className="count">{list.data.counts[status] ?? 0}</span> {t(label)}
                </li>
              ))}
            </ul>
          )}
          {at === 'check-in' && (event.status === 'published' ? <DoorPanel event={event} onChanged={reload} /> : <p>{t('door.checkIn.notOpen')}</p>)}
          {at === 'people' && (
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
          )}
          <form role="search" aria-label={t('door.registrations.heading')} className="search-form" onSubmit={search}>
            <label htmlFor="registrations-q" className="label">
              {t('door.search.label')}
            </label>
            <div className="search-row">
              <input id="registrations-q" name="q" type="search" className="input" defaultValue={query} maxLength={200} />
              <button type="submit" className="button button-secondary">
                {t('door.search.submit')}
              </button>
            </div>
          </form>
          <Outcome message={message?.text ?? null} tone={message?.tone} />
          {list.isPending && <p className="muted">{t('door.search.loading')}</p>}
          {list.isSuccess && (
            <>
              <RegistrationsTable event={event} items={list.data.items} total={list.data.total} offset={offset} query={query} busy={busy} onAction={act} />
              <Pages total={list.data.total} offset={offset} onPage={setOffset} />
            </>
          )}
        </>
      )}
      {at === 'people' && !list.isError && <RegistrantsOverview event={event} />}
      {at === 'people' && !list.isError && <ApologiesList event={event} />}
    </section>
  );
}

/** An address that breaks before its "@" when its column is narrow (not in the middle of "example.org"). */
function Email({ address }: { address: string }) {
  const at = address.lastIndexOf('@');
  if (at <= 0) return <>{address}</>;
  return (
    <>
      {address.slice(0, at)}
      <wbr />
      {address.slice(at)}
    </>
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
  if (!items.length) return <p className="muted">{query ? t('door.search.none', { query }) : t('door.search.nobody')}</p>;
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="registrations-caption">
      <table className="table registrations-table">
        <caption id="registrations-caption">
          {t('door.table.caption', {
            matching: query ? 'yes' : 'no',
            query,
            paged: items.length < total ? 'yes' : 'no',
            from: offset + 1,
            to: offset + items.length,
            total,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('door.table.name')}</th>
            <th scope="col">{t('door.table.organisation')}</th>
            <th scope="col">{t('door.table.category')}</th>
            <th scope="col">{t('door.table.workshops')}</th>
            <th scope="col">{t('door.table.status')}</th>
            <th scope="col">{t('door.table.checkedIn')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((registration) => {
            const busyHere = busy === registration.id || undefined;
            const canCheckIn = registration.status === 'confirmed' && !registration.checkedInAt;
            return (
              <tr key={registration.id}>
                <th scope="row">
                  {registration.name}
                  <span className="cell-note cell-email">{registration.email ? <Email address={registration.email} /> : registration.walkIn ? t('door.table.walkInNoEmail') : ''}</span>
                </th>
                <td data-label={t('door.table.organisation')}>{registration.organisationName ?? <span className="muted">{t('door.table.noneGiven')}</span>}</td>
                <td data-label={t('door.table.category')}>{CATEGORY_KEY.has(registration.category) ? t(CATEGORY_KEY.get(registration.category) as DoorMessageKey) : registration.category}</td>
                <td data-label={t('door.table.workshops')}>
                  <Workshops workshops={registration.workshops} />
                </td>
                {/* Where the registration stands, its place in the line, and the organiser's decision when one is waited for. */}
                <td className="cell-status">
                  {STATUS_KEY.has(registration.status) ? t(STATUS_KEY.get(registration.status) as DoorMessageKey) : registration.status}
                  {registration.waitlistPosition !== null && <span className="cell-note">{t('door.table.position', { position: registration.waitlistPosition })}</span>}
                  {registration.status === 'pending' && (
                    <span className="row-actions">
                      <button type="button" className="button button-small" aria-disabled={busyHere} onClick={() => onAction(registration, 'approve')}>
                        {t('door.table.approve')}
                        <span className="visually-hidden"> {registration.name}</span>
                      </button>
                      <button type="button" className="button button-small button-warning" aria-disabled={busyHere} onClick={() => onAction(registration, 'decline')}>
                        {t('door.table.decline')}
                        <span className="visually-hidden"> {registration.name}</span>
                      </button>
                    </span>
                  )}
                </td>
                {/* When they came, or the button that checks them in: one column, so the table fits a laptop's width. */}
                <td
                  className={`cell-checked-in${registration.status !== 'confirmed' && !registration.checkedInAt ? ' cell-not-due' : ''}`}
                  data-label={canCheckIn ? undefined : t('door.table.checkedIn')}
                >
                  {registration.checkedInAt ? (
                    <time dateTime={registration.checkedInAt}>{formatTime(registration.checkedInAt, event.timeZone)}</time>
                  ) : canCheckIn ? (
                    <button type="button" className="button button-small" aria-disabled={busyHere} onClick={() => onAction(registration, 'check-in')}>
                      {t('door.table.checkIn')}
                      <span className="visually-hidden"> {registration.name}</span>
                    </button>
                  ) : (
                    <span className="muted">{t('door.table.notCheckedIn')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Previous and next through pages of the table; the search narrows, paging reaches everyone. */
function Pages({ total, offset, onPage }: { total: number; offset: number; onPage: (offset: number) => void }) {
  const { t } = useMessages(doorMessages);
  if (total <= REGISTRATIONS_PAGE) return null;
  const page = Math.floor(offset / REGISTRATIONS_PAGE) + 1;
  const pages = Math.ceil(total / REGISTRATIONS_PAGE);
  return (
    <nav className="pager" aria-label={t('door.pages.label')}>
      <button type="button" className="button button-secondary button-small" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - REGISTRATIONS_PAGE))}>
        {t('door.pages.previous')}
      </button>{' '}
      <span>{t('door.pages.at', { page, pages })}</span>{' '}
      <button type="button" className="button button-secondary button-small" disabled={page >= pages} onClick={() => onPage(offset + REGISTRATIONS_PAGE)}>
        {t('door.pages.next')}
      </button>
    </nav>
  );
}
