export * from './floor/floor-request.entity';
export * from './qa.entities';
export * from './questions/moderation-action.entity';
export * from './questions/question.entity';
export * from './questions/vote.entity';
export * from './settings/qa-settings.entity';
