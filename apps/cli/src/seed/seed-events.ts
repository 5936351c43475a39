import { INestApplicationContext } from '@nestjs/common';
import { AddSpeakerDto, AgendaService, CreateEventDto, CreateSessionDto, EventStatus, EventsService, SpeakerInvitations, wallClockToUtc } from '@convene/events';
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
  const invitations = app.get(SpeakerInvitations, { strict: false });
  const [creator, ...coOrganisers] = organiserIds;
  for (const demo of DEMO_EVENTS) {
    const at = (local: string) => wallClockToUtc(local, demo.timeZone);
    const { sessions, start, end, host, rooms: _rooms, status, ...fields } = demo;
    const event = await events.create(
      await validDto(CreateEventDto, { ...fields, startsAt: at(start), endsAt: at(end), hostOrganisationId: host ? organisationIdByName.get(host) : null }),
      creator,
    );
    for (const personId of coOrganisers) await events.addOrganiser(event.id, personId);
    for (const { speakers, start: from, end: to, ...session } of sessions) {
      const added = await agenda.addSession(event.id, await validDto(CreateSessionDto, { ...session, startsAt: at(from), endsAt: at(to) }));
      // The demo's speakers have agreed: on the programme, confirmed, without the invitation mail and its link to accept.
      for (const { email, role } of speakers) {
        await invitations.addConfirmed(added.id, await validDto(AddSpeakerDto, { personId: demoPerson(personIdByEmail, email), role }));
      }
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
