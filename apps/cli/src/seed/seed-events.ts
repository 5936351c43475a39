import { INestApplicationContext } from '@nestjs/common';
import { AgendaService, CreateEventDto, CreateSessionDto, EventRepository, EventStatus, EventsService, SessionSpeaker, SpeakerStatus, wallClockToUtc } from '@convene/events';
import { DataSource } from 'typeorm';
import { DEMO_EVENTS } from './demo-events';
import { validDto } from './valid-dto';

/** The events of the demo, with their agendas and speakers, created and published as an organiser would; the network's organisers organise them. */
export async function seedDemoEvents(
  app: INestApplicationContext,
  organisationIdByName: Map<string, string>,
  personIdByEmail: Map<string, string>,
  organiserIds: string[],
): Promise<number> {
  const events = app.get(EventsService, { strict: false });
  const agenda = app.get(AgendaService, { strict: false });
  const dataSource = app.get(DataSource);
  const [creator, ...coOrganisers] = organiserIds;
  for (const demo of DEMO_EVENTS) {
    const at = (local: string) => wallClockToUtc(local, demo.timeZone);
    const { sessions, start, end, host, rooms: _rooms, status, ...fields } = demo;
    const event = await events.create(
      await validDto(CreateEventDto, { ...fields, startsAt: at(start), endsAt: at(end), hostOrganisationId: host ? organisationIdByName.get(host) : null }),
      creator,
    );
    // No service adds a co-organiser yet (the API has no route for it): the one insert EventsService.create makes for its creator.
    await dataSource.transaction((tx) => Promise.all(coOrganisers.map((personId) => app.get(EventRepository, { strict: false }).addOrganiser(tx, event.id, personId))));
    for (const { speakers, start: from, end: to, ...session } of sessions) {
      const added = await agenda.addSession(event.id, await validDto(CreateSessionDto, { ...session, startsAt: at(from), endsAt: at(to) }));
      // SpeakerInvitations.invite would mail each speaker a link to accept: the demo's speakers have accepted, so they go straight onto the programme, confirmed.
      await dataSource.getRepository(SessionSpeaker).insert(
        speakers.map((speaker) => ({ sessionId: added.id, personId: demoPerson(personIdByEmail, speaker.email), role: speaker.role, status: SpeakerStatus.Confirmed })),
      );
    }
    // Publishing records the agenda's first publication; with nobody registered yet, it mails no one.
    if (status === EventStatus.Published) await events.publish(event.id, null);
  }
  return DEMO_EVENTS.length;
}

function demoPerson(personIdByEmail: Map<string, string>, email: string): string {
  const id = personIdByEmail.get(email);
  if (!id) throw new Error(`The demo's speaker ${email} is not one of the demo's people`);
  return id;
}
