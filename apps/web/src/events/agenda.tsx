import './agenda.css';
import { Fragment } from 'react';
import { eventPageMessages } from '@convene/i18n/web/events.messages';
import type { Agenda, AgendaSession, AgendaSpeaker } from '../api';
import { useMessages } from '../i18n/i18n';
import { placesLeftText } from './places';
import { formatCalendarDate, formatTime } from '../format';
import { Paragraphs } from './paragraphs';
import { contentFor, langOf } from './in-language';

/** Sessions that start together run in parallel: one time slot, shown side by side. */
function slotsOf(sessions: AgendaSession[]): AgendaSession[][] {
  const sorted = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || (a.room ?? '').localeCompare(b.room ?? ''));
  const slots = new Map<number, AgendaSession[]>();
  for (const session of sorted) {
    const key = new Date(session.startsAt).getTime();
    slots.set(key, [...(slots.get(key) ?? []), session]);
  }
  return [...slots.values()];
}

/**
 * `past`: the meeting has ended, so its sessions offer their record only (no following, no Q&A).
 * `bilingual`: a session's Welsh and English are both shown, Welsh first, as the event's are.
 */
export function AgendaView({ agenda, timeZone, past = false, bilingual = false }: { agenda: Agenda; timeZone: string; past?: boolean; bilingual?: boolean }) {
  const days = agenda.days.filter((day) => day.sessions.length > 0);
  const { t } = useMessages(eventPageMessages);
  if (!days.length) return <p className="muted">{t('agenda.notPublished')}</p>;
  return (
    <>
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} className="agenda-day">
          <h3 id={`day-${day.date}`}>{formatCalendarDate(day.date)}</h3>
          <ol className="agenda-slots">
            {slotsOf(day.sessions).map((slot) => (
              <li key={slot[0].startsAt} className="agenda-slot">
                <p className="agenda-slot-time">
                  <time dateTime={slot[0].startsAt}>{formatTime(slot[0].startsAt, timeZone)}</time>
                  {slot.length > 1 && <span className="muted"> · {t('agenda.parallel', { count: slot.length })}</span>}
                </p>
                <ul className={`agenda-sessions${slot.length > 1 ? ' agenda-parallel' : ''}`}>
                  {slot.map((session) => (
                    <SessionCard key={session.id} session={session} timeZone={timeZone} past={past} bilingual={bilingual} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function SessionCard({ session, timeZone, past, bilingual }: { session: AgendaSession; timeZone: string; past: boolean; bilingual: boolean }) {
  const places = past ? null : placesLeftText(session.placesLeft);
  const { t, language } = useMessages(eventPageMessages);
  const titles = contentFor(language, bilingual, session.title, session.titleCy ?? null);
  const descriptions = contentFor(language, bilingual, session.description, session.descriptionCy ?? null);
  const rooms = contentFor(language, bilingual, session.room, session.roomCy ?? null);
  // Links and labels name the session as the reader reads it.
  const name = titles[0]?.text ?? session.title;
  return (
    <li className={`session session-${session.kind}`}>
      <h4 className="session-title">
        {titles.map((title, index) => (
          <span key={title.language} lang={langOf(title, language)} className={index > 0 ? 'title-second' : undefined}>
            {title.text}
          </span>
        ))}
      </h4>
      <p className="session-meta">
        <time dateTime={session.startsAt}>{formatTime(session.startsAt, timeZone)}</time>–
        <time dateTime={session.endsAt}>{formatTime(session.endsAt, timeZone)}</time>
        {session.kind !== 'other' && <> · {t('agenda.kind', { kind: session.kind })}</>}
        {rooms.map((room, index) => (
          <Fragment key={room.language}>
            {index === 0 ? ' · ' : ' / '}
            <span lang={langOf(room, language)}>{room.text}</span>
          </Fragment>
        ))}
        {places && <> · {places}</>}
      </p>
      {descriptions.map((description) => (
        <div key={description.language} lang={langOf(description, language)}>
          <Paragraphs text={description.text} />
        </div>
      ))}
      {session.liveblog && (
        <p className="session-live">
          <a href={`/sessions/${session.id}/liveblog`}>{past ? t('agenda.readLiveblog', { session: name }) : t('agenda.followLiveblog')}</a>
        </p>
      )}
      {session.liveQa && !past && (
        <p className="session-live">
          <a href={`/sessions/${session.id}/qa`}>{t('agenda.askQuestions')}</a>
        </p>
      )}
      {session.speakers.length > 0 && (
        <ul className="speakers" aria-label={t('agenda.people', { session: name })}>
          {session.speakers.map((speaker, index) => (
            <li key={`${speaker.name}-${index}`}>
              <SpeakerLine speaker={speaker} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function SpeakerLine({ speaker }: { speaker: AgendaSpeaker }) {
  const about = [speaker.jobTitle, speaker.organisation].filter(Boolean).join(', ');
  const { t } = useMessages(eventPageMessages);
  return (
    <>
      <span className="speaker-role">{t('agenda.role', { role: speaker.role.replace('-', '_') })}: </span>
      <span className="speaker-name">{speaker.name}</span>
      {about && <span className="muted">, {about}</span>}
    </>
  );
}
