import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@convene/events';
import { LiveModule } from '@convene/live';
import { LiveblogRepository } from './entries/liveblog.repository';
import { LiveblogService } from './entries/liveblog.service';
import { LIVEBLOG_ENTITIES } from './liveblog.entities';

/** Liveblogs of sessions: entries (updates, quotes, key moments, images), drafts, pins, editors. */
@Module({
  imports: [TypeOrmModule.forFeature(LIVEBLOG_ENTITIES), EventsModule, LiveModule],
  providers: [LiveblogRepository, LiveblogService],
  exports: [LiveblogService],
})
export class LiveblogModule {}
