import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@convene/events';
import { IdentityModule, PersonalDataParts } from '@convene/identity';
import { LiveModule } from '@convene/live';
import { RegistrationModule } from '@convene/registration';
import { MotionsService } from './motions.service';
import { VotesPersonalData } from './personal-data/votes-personal-data';
import { VOTES_ENTITIES } from './votes.entities';
import { VotingListService } from './voting-list.service';
import { VotingRepository } from './voting.repository';

/** Formal votes of committee meetings: voting members per series, proxies, quorum, motions, ballots. */
@Module({
  imports: [TypeOrmModule.forFeature(VOTES_ENTITIES), EventsModule, LiveModule, RegistrationModule, IdentityModule],
  providers: [VotingRepository, VotingListService, MotionsService, VotesPersonalData],
  exports: [VotingListService, MotionsService],
})
export class VotesModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataParts,
    private readonly part: VotesPersonalData,
  ) {}

  /** Ballots, voting lists and proxies in a person's export and erasure. */
  onModuleInit(): void {
    this.personalData.register('votes', this.part);
  }
}
