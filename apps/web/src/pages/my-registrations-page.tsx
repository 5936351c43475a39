// /my-registrations: the signed-in person's registrations across events (those made with their
// address), upcoming then past, each opening its registration page without the mailed link.
import { useQuery } from '@tanstack/react-query';
import { myRegistrationsMessages } from '@convene/i18n/web/my-registrations.messages';
import type { MyRegistrationView } from '../api';
import { apiErrorText } from '../api-errors';
import { signInPath, useSignedIn } from '../auth';
import { bothLanguages, contentIn, langOf } from '../events/in-language';
import { formatWhen } from '../format';
import { useMessages } from '../i18n/i18n';
import { queries, queryClient } from '../queries';
import { useDocumentTitle } from '../site';

export function MyRegistrationsPage() {
  const { t, rich } = useMessages(myRegistrationsMessages);
  useDocumentTitle(t('myRegistrations.title'));
  const signedIn = useSignedIn();
  // Signed out: the way to sign in, which brings them back here afterwards.
  if (signedIn.state === 'signed-out') {
    return (
      <>
        <h1>{t('myRegistrations.title')}</h1>
        <p>{rich('myRegistrations.signIn', { a: (parts) => <a href={signInPath()}>{parts}</a> })}</p>
      </>
    );
  }
  if (signedIn.state !== 'signed-in') return <p className="muted">{t('myRegistrations.checking')}</p>;
  return <RegistrationsList />;
}

function RegistrationsList() {
  const { t, rich } = useMessages(myRegistrationsMessages);
  const loaded = useQuery(queries.myRegistrations(), queryClient);
  if (loaded.isPending) return <p className="muted">{t('myRegistrations.loading')}</p>;
  if (loaded.isError) return <p>{t('myRegistrations.loadFailed', { problem: apiErrorText(loaded.error) })}</p>;
  const { upcoming, past } = loaded.data;
  return (
    <>
      <h1>{t('myRegistrations.title')}</h1>
      {upcoming.length + past.length === 0 && <p>{rich('myRegistrations.none', { a: (parts) => <a href="/">{parts}</a> })}</p>}
      {upcoming.length > 0 && (
        <section aria-labelledby="my-registrations-upcoming">
          <h2 id="my-registrations-upcoming">{t('myRegistrations.upcoming')}</h2>
          <Registrations items={upcoming} />
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="my-registrations-past">
          <h2 id="my-registrations-past">{t('myRegistrations.past')}</h2>
          <Registrations items={past} />
        </section>
      )}
    </>
  );
}

function Registrations({ items }: { items: MyRegistrationView[] }) {
  const { t, language } = useMessages(myRegistrationsMessages);
  return (
    <ul className="event-list">
      {items.map(({ id, status, waitlistPosition, event }) => {
        // Named as the events list names an event: both languages, Welsh first, for a bilingual one.
        const titles = event.bilingual ? bothLanguages(event.title, event.titleCy) : [contentIn(language, event.title, event.titleCy) ?? { text: event.title, language: 'en' as const }];
        const venue = contentIn(language, event.venueName, event.venueNameCy);
        const ended = status === 'cancelled' || status === 'declined';
        return (
          <li key={id} className="event-card">
            <h3 className="event-card-title">
              <a href={`/registrations/${encodeURIComponent(id)}`}>
                {titles.map((title, index) => (
                  <span key={title.language} lang={langOf(title, language)} className={index > 0 ? 'title-second' : undefined}>
                    {title.text}
                  </span>
                ))}
              </a>
            </h3>
            <p className="event-card-when">
              <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</time>
              {venue && (
                <>
                  {' · '}
                  <span lang={langOf(venue, language)}>{venue.text}</span>
                </>
              )}
            </p>
            <p className="tags">
              <span className={ended ? 'tag tag-cancelled' : 'tag'}>
                {status === 'waitlisted' && waitlistPosition !== null ? t('myRegistrations.position', { position: waitlistPosition }) : t('myRegistrations.status', { status })}
              </span>
              {event.status === 'cancelled' && <span className="tag tag-cancelled">{t('myRegistrations.eventCancelled')}</span>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
