import { Module } from '@nestjs/common';
import { EventsModule } from '@convene/events';
import { IdentityModule } from '@convene/identity';
import { RegistrationModule } from '@convene/registration';
import { DoorPrintsController } from './door-prints.controller';
import { EventsController } from './events.controller';
import { RegistrationsController } from './registrations.controller';
import { SessionsController } from './sessions.controller';
import { SpeakerInvitationsController } from './speaker-invitations.controller';
import { ViewerResolver } from './viewer.resolver';

/** Events, agendas and registration over HTTP. */
@Module({
  imports: [IdentityModule, EventsModule, RegistrationModule],
  providers: [ViewerResolver],
  controllers: [EventsController, SessionsController, RegistrationsController, SpeakerInvitationsController, DoorPrintsController],
})
export class EventsApiModule {}
