import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LiveModule } from '@convene/live';
import { QaModule } from '@convene/qa';
import { PollRepository } from './poll.repository';
import { PollResultsPublisher } from './poll-results.publisher';
import { POLLS_ENTITIES } from './polls.entities';
import { PollsService } from './polls.service';

/** Live polls of a session with live Q&A: drafts, answers, results shown when the chair says. */
@Module({
  imports: [TypeOrmModule.forFeature(POLLS_ENTITIES), LiveModule, QaModule],
  providers: [PollRepository, PollsService, PollResultsPublisher],
  exports: [PollsService],
})
export class PollsModule {}
