import './agenda.css';
import type { Agenda, AgendaSession, AgendaSpeaker, SpeakerRole } from '../api';
import { placesLeftText } from './places';
import { formatCalendarDate, formatTime, humanise } from '../format';
import { Paragraphs } from './paragraphs';

const ROLE_LABEL: Record<SpeakerRole, string> = {
  chair: 'Chair',
  speaker: 'Speaker',
  panellist: 'Panellist',
  facilitator: 'Facilitator',
  'note-taker': 'Note-taker',
};

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

/** `past`: the meeting has ended, so its sessions offer their record only (no following, no Q&A). */
export function AgendaView({ agenda, timeZone, past = false }: { agenda: Agenda; timeZone: string; past?: boolean }) {
  const days = agenda.days.filter((day) => day.sessions.length > 0);
  if (!days.length) return <p className="muted">The agenda has not been published yet.</p>;
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
                  {slot.length > 1 && <span className="muted"> · {slot.length} sessions in parallel</span>}
                </p>
                <ul className={`agenda-sessions${slot.length > 1 ? ' agenda-parallel' : ''}`}>
                  {slot.map((session) => (
                    <SessionCard key={session.id} session={session} timeZone={timeZone} past={past} />
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

function SessionCard({ session, timeZone, past }: { session: AgendaSession; timeZone: string; past: boolean }) {
  const places = past ? null : placesLeftText(session.placesLeft);
  return (
    <li className={`session session-${session.kind}`}>
      <h4 className="session-title">{session.title}</h4>
      <p className="session-meta">
        <time dateTime={session.startsAt}>{formatTime(session.startsAt, timeZone)}</time>–
        <time dateTime={session.endsAt}>{formatTime(session.endsAt, timeZone)}</time>
        {session.kind !== 'other' && <> · {humanise(session.kind)}</>}
        {session.room && <> · {session.room}</>}
        {places && <> · {places}</>}
      </p>
      {session.description && <Paragraphs text={session.description} />}
      {session.liveblog && (
        <p className="session-live">
          <a href={`/sessions/${session.id}/liveblog`}>{past ? `Read the liveblog of ${session.title}` : 'Follow the liveblog (or get an email when it starts)'}</a>
        </p>
      )}
      {session.liveQa && !past && (
        <p className="session-live">
          <a href={`/sessions/${session.id}/qa`}>Ask and vote on questions (live Q&amp;A)</a>
        </p>
      )}
      {session.speakers.length > 0 && (
        <ul className="speakers" aria-label={`People in ${session.title}`}>
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
  return (
    <>
      <span className="speaker-role">{ROLE_LABEL[speaker.role] ?? humanise(speaker.role)}: </span>
      <span className="speaker-name">{speaker.name}</span>
      {about && <span className="muted">, {about}</span>}
    </>
  );
}
