import { Module } from '@nestjs/common';
import { EventsModule } from '@convene/events';
import { IdentityModule } from '@convene/identity';
import { MinutesModule } from '@convene/minutes';
import { RegistrationModule } from '@convene/registration';
import { ViewerResolver } from '../events/viewer.resolver';
import { ActionsController } from './actions.controller';
import { MinutesController } from './minutes.controller';

/** Minutes, actions and corrections over HTTP. */
@Module({
  imports: [IdentityModule, EventsModule, RegistrationModule, MinutesModule],
  providers: [ViewerResolver],
  controllers: [MinutesController, ActionsController],
})
export class MinutesApiModule {}
