import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@convene/events';
import { LiveModule } from '@convene/live';
import { FloorService } from './floor/floor.service';
import { QA_ENTITIES } from './qa.entities';
import { QuestionRepository } from './questions/question.repository';
import { QuestionsService } from './questions/questions.service';
import { QaSettingsService } from './settings/qa-settings.service';

/** Live Q&A of a session: questions, votes, moderation, floor requests. */
@Module({
  imports: [TypeOrmModule.forFeature(QA_ENTITIES), EventsModule, LiveModule],
  providers: [QuestionRepository, QuestionsService, QaSettingsService, FloorService],
  exports: [QuestionsService, QaSettingsService, FloorService],
})
export class QaModule {}
