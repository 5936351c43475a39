import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@convene/events';
import { IdentityModule, PersonalDataParts } from '@convene/identity';
import { LiveblogModule } from '@convene/liveblog';
import { NotificationsModule } from '@convene/notifications';
import { PollsModule } from '@convene/polls';
import { QaModule } from '@convene/qa';
import { VotesModule } from '@convene/votes';
import { RegistrationModule } from '@convene/registration';
import { ActionsService } from './actions/actions.service';
import { CommentsService } from './comments/comments.service';
import { MINUTES_ENTITIES } from './minutes.entities';
import { MinutesAccess } from './minutes/minutes-access';
import { MinutesRepository } from './minutes/minutes.repository';
import { MinutesService } from './minutes/minutes.service';
import { MinutesPersonalData } from './personal-data/minutes-personal-data';
import { SessionRecordReader } from './record/session-record.reader';

/** Minutes, their items and revisions, actions, corrections and publication. */
@Module({
  imports: [TypeOrmModule.forFeature(MINUTES_ENTITIES), EventsModule, IdentityModule, RegistrationModule, NotificationsModule, QaModule, LiveblogModule, PollsModule, VotesModule],
  providers: [MinutesRepository, MinutesAccess, MinutesService, ActionsService, CommentsService, SessionRecordReader, MinutesPersonalData],
  exports: [MinutesService, ActionsService, CommentsService, SessionRecordReader],
})
export class MinutesModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataParts,
    private readonly part: MinutesPersonalData,
  ) {}

  onModuleInit(): void {
    this.personalData.register('minutes', this.part);
  }
}
