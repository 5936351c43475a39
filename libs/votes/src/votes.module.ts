import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@convene/events';
import { LiveModule } from '@convene/live';
import { RegistrationModule } from '@convene/registration';
import { MotionsService } from './motions.service';
import { VOTES_ENTITIES } from './votes.entities';
import { VotingListService } from './voting-list.service';
import { VotingRepository } from './voting.repository';

/** Formal votes of committee meetings: voting members per series, proxies, quorum, motions, ballots. */
@Module({
  imports: [TypeOrmModule.forFeature(VOTES_ENTITIES), EventsModule, LiveModule, RegistrationModule],
  providers: [VotingRepository, VotingListService, MotionsService],
  exports: [VotingListService, MotionsService],
})
export class VotesModule {}
