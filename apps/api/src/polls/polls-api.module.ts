import { Module } from '@nestjs/common';
import { PollsModule } from '@convene/polls';
import { LiveApiModule } from '../live/live-api.module';
import { PollsController, SessionPollsController } from './polls.controller';
import { PollsGateway } from './polls.gateway';

/** Live polls over HTTP and the /live socket. */
@Module({
  imports: [PollsModule, LiveApiModule],
  providers: [PollsGateway],
  controllers: [SessionPollsController, PollsController],
})
export class PollsApiModule {}
