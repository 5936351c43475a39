import { AgendaPublication, AgendaSession, toAgendaSessionView, EventOrganiser, EventStatus, NetworkEvent, SessionSpeaker, SpeakerRole, SpeakerStatus, wallClockToUtc } from '@convene/events';
import { Person, normaliseEmail } from '@convene/identity';
import { EntityManager } from 'typeorm';
import { DEMO_EVENTS, DEMO_EVENT_PEOPLE } from './demo-events';
import { savePeople } from './seed-people';

/** The events of the demo, with their agendas and speakers; the network's organisers organise them. */
export async function seedDemoEvents(
  tx: EntityManager,
  organisationIdByName: Map<string, string>,
  organiserIds: string[],
): Promise<{ events: number; people: number }> {
  const extraPeople = await savePeople(tx, DEMO_EVENT_PEOPLE, organisationIdByName);
  const people: { id: string; email: string | null }[] = await tx.find(Person, { select: { id: true, email: true } });
  const personIdByEmail = new Map(people.map((person) => [person.email, person.id]));

  for (const demo of DEMO_EVENTS) {
    const at = (local: string) => wallClockToUtc(local, demo.timeZone);
    const event = await tx.save(
      tx.create(NetworkEvent, {
        slug: demo.slug,
        title: demo.title,
        kind: demo.kind,
        theme: demo.theme,
        description: demo.description,
        hostOrganisationId: demo.host ? (organisationIdByName.get(demo.host) ?? null) : null,
        venueName: demo.venueName,
        venueAddress: demo.venueAddress,
        timeZone: demo.timeZone,
        startsAt: at(demo.start),
        endsAt: at(demo.end),
        status: demo.status,
        visibility: demo.visibility,
        capacity: demo.capacity,
        reservedPlaces: demo.reservedPlaces,
        perOrganisationLimit: demo.perOrganisationLimit,
        requiresApproval: demo.requiresApproval,
      }),
    );
    await tx.save(organiserIds.map((personId) => tx.create(EventOrganiser, { eventId: event.id, personId })));
    for (const demoSession of demo.sessions) {
      const session = await tx.save(
        tx.create(AgendaSession, {
          eventId: event.id,
          title: demoSession.title,
          kind: demoSession.kind,
          startsAt: at(demoSession.start),
          endsAt: at(demoSession.end),
          room: demoSession.room,
          description: demoSession.description,
          capacity: demoSession.capacity,
          liveQa: demoSession.liveQa,
          liveblog: demoSession.liveblog,
        }),
      );
      const speakers = demoSession.speakers
        .map((speaker) => ({ personId: personIdByEmail.get(normaliseEmail(speaker.email)), role: speaker.role }))
        .filter((speaker): speaker is { personId: string; role: SpeakerRole } => Boolean(speaker.personId));
      await tx.save(speakers.map((speaker) => tx.create(SessionSpeaker, { sessionId: session.id, ...speaker, status: SpeakerStatus.Confirmed })));
    }
    if (event.status === EventStatus.Published) await publishAgenda(tx, event.id);
  }
  return { events: DEMO_EVENTS.length, people: extraPeople.length };
}

/** The first publication of a seeded event's agenda, as AgendaService.publish would record it. */
async function publishAgenda(tx: EntityManager, eventId: string): Promise<void> {
  const sessions = await tx.find(AgendaSession, { where: { eventId }, order: { startsAt: 'ASC' } });
  const speakers: Array<{ sessionId: string; name: string; role: string; organisation: string | null; jobTitle: string | null }> = await tx.query(
    `SELECT sp.session_id AS "sessionId", p.name, sp.role, o.name AS organisation, p.job_title AS "jobTitle"
       FROM session_speakers sp JOIN agenda_sessions s ON s.id = sp.session_id JOIN people p ON p.id = sp.person_id
       LEFT JOIN organisations o ON o.id = p.organisation_id
      WHERE s.event_id = $1 ORDER BY sp.role, p.name`,
    [eventId],
  );
  const snapshot = sessions.map((session) => toAgendaSessionView(session, speakers));
  await tx.save(tx.create(AgendaPublication, { eventId, version: 1, sessions: snapshot, changes: ['First publication of the agenda'], publishedBy: null }));
}
