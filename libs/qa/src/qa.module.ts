import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@convene/events';
import { IdentityModule, PersonalDataParts } from '@convene/identity';
import { LiveModule } from '@convene/live';
import { QaPersonalData } from './personal-data/qa-personal-data';
import { FloorService } from './floor/floor.service';
import { QA_ENTITIES } from './qa.entities';
import { QuestionRepository } from './questions/question.repository';
import { QuestionsService } from './questions/questions.service';
import { VoteCountsPublisher } from './questions/vote-counts.publisher';
import { QaSettingsService } from './settings/qa-settings.service';

/** Live Q&A of a session: questions, votes, moderation, floor requests. */
@Module({
  imports: [TypeOrmModule.forFeature(QA_ENTITIES), EventsModule, LiveModule, IdentityModule],
  providers: [QuestionRepository, QuestionsService, VoteCountsPublisher, QaSettingsService, FloorService, QaPersonalData],
  exports: [QuestionsService, QaSettingsService, FloorService, QaPersonalData],
})
export class QaModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataParts,
    private readonly part: QaPersonalData,
  ) {}

  onModuleInit(): void {
    this.personalData.register('qa', this.part);
  }
}
