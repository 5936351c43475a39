import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@convene/events';
import { IdentityModule, PersonalDataParts } from '@convene/identity';
import { LiveModule } from '@convene/live';
import { QaModule } from '@convene/qa';
import { PollsPersonalData } from './personal-data/polls-personal-data';
import { PollRepository } from './poll.repository';
import { PollResultsPublisher } from './poll-results.publisher';
import { POLLS_ENTITIES } from './polls.entities';
import { PollsService } from './polls.service';

/** Live polls of a session with live Q&A: drafts, answers, results shown when the chair says. */
@Module({
  imports: [TypeOrmModule.forFeature(POLLS_ENTITIES), LiveModule, QaModule, EventsModule, IdentityModule],
  providers: [PollRepository, PollsService, PollResultsPublisher, PollsPersonalData],
  exports: [PollsService],
})
export class PollsModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataParts,
    private readonly part: PollsPersonalData,
  ) {}

  onModuleInit(): void {
    this.personalData.register('polls', this.part);
  }
}
