import { meetingDateAndTime, draftContent, ActionItem, ActionStatus, Minutes, MinutesRevision, MinutesStatus } from '@convene/minutes';
import { SpeakerRole } from '@convene/events';
import { EntityManager } from 'typeorm';

const LAMBETH = 'lambeth-citizens-commission-2010-10-11';

/** Category in the minutes' Present list for a role on the Commission's programme. */
const CATEGORY_BY_ROLE: Record<SpeakerRole, string> = {
  [SpeakerRole.Chair]: 'commissioner',
  [SpeakerRole.Panellist]: 'commissioner',
  [SpeakerRole.Speaker]: 'delegate',
  [SpeakerRole.Facilitator]: 'officer',
  [SpeakerRole.NoteTaker]: 'officer',
};

/**
 * The published minutes of the Lambeth Citizens' Commission (11 October 2010), drafted from its
 * agenda the way MinutesService drafts them, with the session notes, decisions and an action as
 * the Commission's secretariat recorded them.
 */
export async function seedDemoMinutes(tx: EntityManager): Promise<number> {
  const [event]: Array<{ id: string; title: string; venue: string; startsAt: Date; endsAt: Date; timeZone: string }> = await tx.query(
    `SELECT id, title, concat_ws(', ', venue_name, venue_address) AS venue, starts_at AS "startsAt", ends_at AS "endsAt", time_zone AS "timeZone" FROM events WHERE slug = $1`,
    [LAMBETH],
  );
  if (!event) return 0;
  const sessions: Array<{ id: string; title: string; kind: string; description: string | null }> = await tx.query(
    `SELECT id, title, kind::text AS kind, description FROM agenda_sessions WHERE event_id = $1 ORDER BY starts_at`,
    [event.id],
  );
  const speakers: Array<{ sessionId: string; personId: string; name: string; role: SpeakerRole; organisation: string | null; jobTitle: string | null }> = await tx.query(
    `SELECT sp.session_id AS "sessionId", p.id AS "personId", p.name, sp.role::text AS role, o.name AS organisation, p.job_title AS "jobTitle"
       FROM session_speakers sp JOIN agenda_sessions s ON s.id = sp.session_id JOIN people p ON p.id = sp.person_id
       LEFT JOIN organisations o ON o.id = p.organisation_id
      WHERE s.event_id = $1 ORDER BY sp.role, p.name`,
    [event.id],
  );
  const attendees = new Map<string, { name: string; jobTitle: string | null; organisation: string | null; category: string }>();
  for (const speaker of speakers) {
    const category = CATEGORY_BY_ROLE[speaker.role] ?? 'delegate';
    const known = attendees.get(speaker.personId);
    // Someone who chairs or sits on the panel anywhere is a commissioner, whatever else they do.
    if (!known || category === 'commissioner') attendees.set(speaker.personId, { name: speaker.name, jobTitle: speaker.jobTitle, organisation: speaker.organisation, category });
  }
  const when = meetingDateAndTime(event.startsAt, event.endsAt, event.timeZone);
  const content = draftContent({
    title: event.title,
    place: event.venue,
    ...when,
    attendees: [...attendees.values()],
    apologies: [],
    sessions: sessions.map((session) => ({ ...session, speakers: speakers.filter((speaker) => speaker.sessionId === session.id) })),
    questions: [],
    floor: [],
    keyMoments: [],
    mattersArising: [],
  });
  content.items = content.items.map((item) => {
    const description = sessions.find((session) => session.id === item.sessionId)?.description;
    return { ...item, body: [description, item.body].filter(Boolean).join('\n\n') };
  });
  const roundTable = content.items[content.items.length - 1];
  roundTable.decisions = ['The Commission would draw up its recommendations on trust, commissioning and involving residents and staff for its next meeting.'];

  const chair = speakers.find((speaker) => speaker.role === SpeakerRole.Chair);
  const noteTaker = speakers.find((speaker) => speaker.role === SpeakerRole.NoteTaker) ?? chair;
  if (!chair || !noteTaker) return 0;
  const approvedAt = new Date('2010-11-08T12:00:00Z');
  const minutes = await tx.save(
    tx.create(Minutes, {
      eventId: event.id,
      sessionId: null,
      status: MinutesStatus.Published,
      version: 1,
      content,
      createdBy: noteTaker.personId,
      approvedBy: chair.personId,
      approvedAt,
      publishedBy: chair.personId,
      publishedAt: new Date('2010-11-09T09:00:00Z'),
    }),
  );
  await tx.save(tx.create(MinutesRevision, { minutesId: minutes.id, version: 1, content, savedBy: noteTaker.personId, reason: 'drafted' }));
  await tx.save(
    tx.create(ActionItem, {
      minutesId: minutes.id,
      itemKey: roundTable.key,
      description: 'Circulate the departments’ initial statements to all commissioners before the next meeting',
      ownerPersonId: noteTaker.personId,
      ownerName: noteTaker.name,
      dueDate: '2010-10-25',
      status: ActionStatus.Done,
      doneNote: 'Circulated by email on 20 October',
      doneAt: new Date('2010-10-20T10:00:00Z'),
      doneBy: noteTaker.personId,
    }),
  );
  return 1;
}
