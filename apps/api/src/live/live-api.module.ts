import { Module } from '@nestjs/common';
import { IdentityModule } from '@convene/identity';
import { LiveModule } from '@convene/live';
import { LiveCallerPipe } from './live-caller.decorator';
import { LiveGateway } from './live.gateway';
import { RightsEndedOnSockets } from './rights-ended';
import { LiveIdentityController } from './live-identity.controller';

/** The /live socket namespace and the anonymous identities of the live pages. */
@Module({
  imports: [IdentityModule, LiveModule],
  providers: [LiveGateway, LiveCallerPipe, RightsEndedOnSockets],
  controllers: [LiveIdentityController],
  exports: [LiveModule, LiveCallerPipe],
})
export class LiveApiModule {}
