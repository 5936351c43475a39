import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@convene/events';
import { IdentityModule, PersonalDataParts } from '@convene/identity';
import { LiveModule } from '@convene/live';
import { LiveblogPersonalData } from './personal-data/liveblog-personal-data';
import { LiveblogRepository } from './entries/liveblog.repository';
import { LiveblogService } from './entries/liveblog.service';
import { LiveblogReading } from './reading/liveblog-reading.service';
import { LIVEBLOG_ENTITIES } from './liveblog.entities';

/** Liveblogs of sessions: entries (updates, quotes, key moments, images), drafts, pins, editors. */
@Module({
  imports: [TypeOrmModule.forFeature(LIVEBLOG_ENTITIES), EventsModule, LiveModule, IdentityModule],
  providers: [LiveblogRepository, LiveblogService, LiveblogReading, LiveblogPersonalData],
  exports: [LiveblogService, LiveblogReading, LiveblogPersonalData],
})
export class LiveblogModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataParts,
    private readonly part: LiveblogPersonalData,
  ) {}

  onModuleInit(): void {
    this.personalData.register('liveblog', this.part);
  }
}
