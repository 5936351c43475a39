import { Module } from '@nestjs/common';
import { QaModule } from '@convene/qa';
import { LiveApiModule } from '../live/live-api.module';
import { FloorController } from './floor.controller';
import { QaSettingsController } from './qa-settings.controller';
import { QaGateway } from './qa.gateway';
import { QuestionsController, SessionQuestionsController } from './questions.controller';

/** Live Q&A and floor requests over HTTP. */
@Module({
  imports: [QaModule, LiveApiModule],
  providers: [QaGateway],
  controllers: [SessionQuestionsController, QuestionsController, QaSettingsController, FloorController],
})
export class QaApiModule {}
