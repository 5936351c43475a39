import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, PersonalDataParts, ResourceRoles } from '@convene/identity';
import { AgendaRepository } from './agenda/agenda.repository';
import { AgendaService } from './agenda/agenda.service';
import { AgendaReads } from './agenda/agenda-reads';
import { EVENTS_ENTITIES } from './events.entities';
import { EventRepository } from './events/event.repository';
import { EventChanges } from './events/event-changes';
import { EventsService } from './events/events.service';
import { SpeakerInvitations } from './agenda/speaker-invitations.service';
import { SpeakerPersonalData } from './personal-data/speaker-personal-data';
import { EventAudience } from './audience/event-audience';
import { Viewers } from './audience/viewers';
import { NotificationsModule } from '@convene/notifications';

/** Events, their agenda (sessions in rooms) and speakers. */
@Module({
  imports: [TypeOrmModule.forFeature(EVENTS_ENTITIES), IdentityModule, NotificationsModule],
  providers: [EventRepository, AgendaRepository, EventsService, AgendaService, AgendaReads, SpeakerInvitations, EventChanges, SpeakerPersonalData, EventAudience, Viewers],
  exports: [EventsService, AgendaService, AgendaReads, EventRepository, SpeakerInvitations, EventChanges, EventAudience, Viewers],
})
export class EventsModule implements OnModuleInit {
  constructor(
    private readonly resourceRoles: ResourceRoles,
    private readonly events: EventsService,
    private readonly agenda: AgendaService,
    private readonly personalData: PersonalDataParts,
    private readonly speakerPersonalData: SpeakerPersonalData,
  ) {}

  /** "organiser" of an event; "chair" (or another programme role) of a session, or organiser of its event. */
  onModuleInit(): void {
    this.personalData.register('speaking', this.speakerPersonalData);
    this.resourceRoles.register('event', (personId, eventId, role) =>
      role === 'organiser' ? this.events.isOrganiser(eventId, personId) : Promise.resolve(false),
    );
    this.resourceRoles.register('session', async (personId, sessionId, role) => {
      const session = await this.agenda.getSession(sessionId).catch(() => null);
      if (!session) return false;
      return (await this.events.isOrganiser(session.eventId, personId)) || this.agenda.holdsRole(sessionId, personId, role);
    });
  }
}
