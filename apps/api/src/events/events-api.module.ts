import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { EventsModule } from '@convene/events';
import { IdentityModule } from '@convene/identity';
import { RegistrationModule } from '@convene/registration';
import { AuthApiModule } from '../auth/auth-api.module';
import { routePath } from '../http/lean-route';
import { DoorPrintsController } from './door-prints.controller';
import { EventsController } from './events.controller';
import { MyRegistrationsController } from './my-registrations.controller';
import { RegisterMiddleware } from './register.middleware';
import { RegistrationsController } from './registrations.controller';
import { SessionsController } from './sessions.controller';
import { SpeakerInvitationsController } from './speaker-invitations.controller';
import { ViewerResolver } from './viewer.resolver';

/** Events, agendas and registration over HTTP. */
@Module({
  imports: [IdentityModule, EventsModule, RegistrationModule, AuthApiModule],
  providers: [ViewerResolver],
  controllers: [EventsController, SessionsController, RegistrationsController, SpeakerInvitationsController, DoorPrintsController, MyRegistrationsController],
})
export class EventsApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Registering answers ahead of Nest's router (register.middleware.ts), on the controller route's own path.
    consumer.apply(RegisterMiddleware).forRoutes({ path: routePath(EventsController, 'register'), method: RequestMethod.POST });
  }
}
