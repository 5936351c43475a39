import { Module } from '@nestjs/common';
import { VotesModule } from '@convene/votes';
import { LiveApiModule } from '../live/live-api.module';
import { MotionsController, SessionMotionsController } from './motions.controller';
import { VotingListController } from './voting-list.controller';

/** Formal votes over HTTP: voting lists, motions and ballots. */
@Module({
  imports: [VotesModule, LiveApiModule],
  controllers: [VotingListController, SessionMotionsController, MotionsController],
})
export class VotesApiModule {}
