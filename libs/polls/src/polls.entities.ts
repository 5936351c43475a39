import { PollAction } from './poll-action.entity';
import { PollAnswer } from './poll-answer.entity';
import { Poll } from './poll.entity';

export const POLLS_ENTITIES = [Poll, PollAnswer, PollAction];
