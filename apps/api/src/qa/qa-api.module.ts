import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { QaModule } from '@convene/qa';
import { AuthApiModule } from '../auth/auth-api.module';
import { routePath } from '../http/lean-route';
import { LiveApiModule } from '../live/live-api.module';
import { FloorController } from './floor.controller';
import { QaSettingsController } from './qa-settings.controller';
import { QaGateway } from './qa.gateway';
import { QuestionsController, SessionQuestionsController } from './questions.controller';
import { VoteMiddleware } from './vote.middleware';

/** Live Q&A and floor requests over HTTP. */
@Module({
  imports: [QaModule, LiveApiModule, AuthApiModule],
  providers: [QaGateway],
  controllers: [SessionQuestionsController, QuestionsController, QaSettingsController, FloorController],
})
export class QaApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Voting answers ahead of Nest's router (vote.middleware.ts), on the controller route's own path.
    consumer.apply(VoteMiddleware).forRoutes({ path: routePath(QuestionsController, 'vote'), method: RequestMethod.POST });
  }
}
