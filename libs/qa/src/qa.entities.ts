import { FloorRequest } from './floor/floor-request.entity';
import { ModerationAction } from './questions/moderation-action.entity';
import { Question } from './questions/question.entity';
import { Vote } from './questions/vote.entity';
import { QaSettings } from './settings/qa-settings.entity';

export const QA_ENTITIES = [QaSettings, Question, Vote, ModerationAction, FloorRequest];
