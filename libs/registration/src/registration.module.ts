import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventAudience, EventChanges, EventsModule, EventsService } from '@convene/events';
import { IdentityModule, PersonalDataParts, ResourceRoles } from '@convene/identity';
import { NotificationsModule } from '@convene/notifications';
import { ApologyService } from './apologies/apology.service';
import { CheckInService } from './check-in/check-in.service';
import { DoorPrintsService } from './printing/door-prints.service';
import { RegistrantsService } from './organiser/registrants.service';
import { EventCatalogue } from './catalogue/event-catalogue.service';
import { RegistrationPlaces } from './catalogue/registration-places';
import { InvitationService } from './invitations/invitation.service';
import { RegistrationPersonalData } from './personal-data/registration-personal-data';
import { REGISTRATION_ENTITIES } from './registration.entities';
import { RegistrationRepository } from './registrations/registration.repository';
import { RegistrationService } from './registrations/registration.service';
import { WorkshopPlaces } from './registrations/workshop-places';
import { RegistrationLimits } from './limits/registration-limits';
import { RegistrationReads } from './reads/registration-reads';
import { MyRegistrations } from './mine/my-registrations';

/** Registrations, the waiting list, workshop places, invitations, apologies and check-in. */
@Module({
  imports: [TypeOrmModule.forFeature(REGISTRATION_ENTITIES), EventsModule, IdentityModule, NotificationsModule],
  providers: [RegistrationRepository, RegistrationService, WorkshopPlaces, RegistrationLimits, InvitationService, ApologyService, EventCatalogue, CheckInService, DoorPrintsService, RegistrantsService, RegistrationPlaces, RegistrationReads, RegistrationPersonalData, MyRegistrations],
  exports: [RegistrationService, RegistrationLimits, InvitationService, ApologyService, EventCatalogue, CheckInService, DoorPrintsService, RegistrantsService, RegistrationReads, MyRegistrations],
})
export class RegistrationModule implements OnModuleInit {
  constructor(
    private readonly resourceRoles: ResourceRoles,
    private readonly registrations: RegistrationService,
    private readonly events: EventsService,
    private readonly changes: EventChanges,
    private readonly personalData: PersonalDataParts,
    private readonly registrationPersonalData: RegistrationPersonalData,
    private readonly audience: EventAudience,
    private readonly places: RegistrationPlaces,
  ) {}

  /**
   * "organiser" of a registration: an organiser of its event; registrations in export and
   * erasure; a raised capacity promotes those waiting, in arrival order; the places and
   * invitations it holds, for who may see an event.
   */
  onModuleInit(): void {
    this.audience.register(this.places);
    this.changes.listen(async (eventId, change) => {
      if (change === 'capacity-raised') await this.registrations.promoteWhileRoom(eventId);
    });
    this.personalData.register('registration', this.registrationPersonalData);
    this.resourceRoles.register('registration', async (personId, registrationId, role) => {
      if (role !== 'organiser') return false;
      const eventId = await this.registrations.eventIdOf(registrationId).catch(() => null);
      return eventId !== null && this.events.isOrganiser(eventId, personId);
    });
  }
}
