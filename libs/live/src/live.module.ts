import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@convene/events';
import { IdentityModule } from '@convene/identity';
import { AnonymousIdentities } from './anonymous-identities';
import { LiveBroadcaster } from './live-broadcaster';
import { LIVE_ENTITIES } from './live.entities';
import { LiveLog } from './live-log.service';
import { RateLimits } from './rate-limits';
import { SessionAudience } from './session-audience.service';

/** What Q&A and liveblogs share: sequence numbers, broadcasting, the audience of a session, rate limits. */
@Module({
  imports: [TypeOrmModule.forFeature(LIVE_ENTITIES), EventsModule, IdentityModule],
  providers: [LiveLog, LiveBroadcaster, SessionAudience, AnonymousIdentities, RateLimits],
  exports: [LiveLog, LiveBroadcaster, SessionAudience, AnonymousIdentities, RateLimits],
})
export class LiveModule {}
