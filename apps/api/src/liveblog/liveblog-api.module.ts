import { Module } from '@nestjs/common';
import { EventsModule } from '@convene/events';
import { IdentityModule } from '@convene/identity';
import { LiveModule } from '@convene/live';
import { LiveblogModule } from '@convene/liveblog';
import { RegistrationModule } from '@convene/registration';
import { ViewerResolver } from '../events/viewer.resolver';
import { EventLiveblogsController, LiveblogController, LiveblogFeedController } from './liveblog.controller';

/** Liveblogs over HTTP: reading, the Atom feed, and the editors' routes. */
@Module({
  imports: [IdentityModule, EventsModule, RegistrationModule, LiveModule, LiveblogModule],
  providers: [ViewerResolver],
  controllers: [LiveblogController, LiveblogFeedController, EventLiveblogsController],
})
export class LiveblogApiModule {}
