import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@convene/events';
import { LiveblogModule } from '@convene/liveblog';
import { NotificationsModule } from '@convene/notifications';
import { QaModule } from '@convene/qa';
import { RegistrationModule } from '@convene/registration';
import { ActionsService } from './actions/actions.service';
import { CommentsService } from './comments/comments.service';
import { MINUTES_ENTITIES } from './minutes.entities';
import { MinutesAccess } from './minutes/minutes-access';
import { MinutesRepository } from './minutes/minutes.repository';
import { MinutesService } from './minutes/minutes.service';
import { SessionRecordReader } from './record/session-record.reader';

/** Minutes, their items and revisions, actions, corrections and publication. */
@Module({
  imports: [TypeOrmModule.forFeature(MINUTES_ENTITIES), EventsModule, RegistrationModule, NotificationsModule, QaModule, LiveblogModule],
  providers: [MinutesRepository, MinutesAccess, MinutesService, ActionsService, CommentsService, SessionRecordReader],
  exports: [MinutesService, ActionsService, CommentsService, SessionRecordReader],
})
export class MinutesModule {}
