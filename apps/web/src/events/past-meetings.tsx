// The home page's past meetings: newest first, by year, a page at a time. Their pages lead to the
// minutes and liveblogs; the upcoming list above is for what can still be joined.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { api, type EventSummary } from '../api';
import { useMessages } from '../i18n/i18n';
import { eventsMessages } from '@convene/i18n/web/events.messages';
import { queries, queryClient } from '../queries';
import { EventList } from './event-list';
import { apiErrorText } from '../api-errors';

export function PastMeetings() {
  const { t } = useMessages(eventsMessages);
  const selectId = useId();
  const [year, setYear] = useState<number | null>(null);
  // Pages after the first, added by "Show more"; a new year starts again from its first page.
  const [more, setMore] = useState<{ year: number | null; items: EventSummary[] }>({ year: null, items: [] });
  const [loadingMore, setLoadingMore] = useState(false);
  // After "Show more", focus goes to the first meeting added (the button may be gone: all shown).
  const focusFrom = useRef<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const first = useQuery(queries.pastEvents(year), queryClient);
  const extra = more.year === year ? more.items : [];

  async function showMore(shown: number) {
    if (loadingMore) return;
    setLoadingMore(true);
    try {
      const page = await api.pastEvents(year, shown);
      focusFrom.current = shown;
      setMore({ year, items: [...extra, ...page.items] });
    } finally {
      setLoadingMore(false);
    }
  }

  const ready = first.isSuccess ? first.data : null;
  const events = ready ? [...ready.items, ...extra] : [];

  useEffect(() => {
    if (focusFrom.current === null) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.event-card-title a')[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [events.length]);
  return (
    <section aria-labelledby="past-heading" className="section">
      <h2 id="past-heading">{t('home.past')}</h2>
      {first.isError && <p className="error-text">{t('home.loadFailed', { problem: apiErrorText(first.error) })}</p>}
      {ready && ready.years.length > 0 && (
        <div className="form-group">
          <label htmlFor={selectId} className="label">
            {t('home.pastYear')}
          </label>
          <select id={selectId} className="input select" value={year ?? ''} onChange={(changed) => setYear(changed.target.value ? Number(changed.target.value) : null)}>
            <option value="">{t('home.pastAllYears')}</option>
            {ready.years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="muted" role="status">
        {first.isPending ? t('home.pastLoading') : ready && ready.total > 0 ? t('home.pastCount', { count: ready.total, year: year ?? 'all' }) : ''}
      </p>
      <div ref={listRef}>{ready && (events.length ? <EventList events={events} past /> : <p>{t('home.pastNone')}</p>)}</div>
      {ready && events.length < ready.total && (
        <button type="button" className="button button-secondary" aria-disabled={loadingMore || undefined} onClick={() => void showMore(events.length)}>
          {t('home.pastMore')}
        </button>
      )}
    </section>
  );
}
