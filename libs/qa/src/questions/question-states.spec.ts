import { QuestionStatus } from './question.entity';
import { ModerationVerb, mayModerate } from './question-states';

const VERBS: ModerationVerb[] = ['approve', 'hide', 'answering', 'answered', 'reopen'];

/** From each state, the actions a moderator may take. */
function actionsFrom(status: QuestionStatus): ModerationVerb[] {
  return VERBS.filter((verb) => mayModerate(verb, status));
}

describe('the moderation state machine', () => {
  it('lets a waiting question be approved, hidden, answered or put on screen, but not reopened', () => {
    expect(actionsFrom(QuestionStatus.Pending)).toEqual(['approve', 'hide', 'answering', 'answered']);
  });

  it('never approves twice, and brings back what was hidden only by approving or reopening it', () => {
    expect(actionsFrom(QuestionStatus.Approved)).toEqual(['hide', 'answering', 'answered']);
    expect(actionsFrom(QuestionStatus.Hidden)).toEqual(['approve', 'reopen']);
  });

  it('moves a question on screen to answered, back, or out of sight; an answered one may come back on screen', () => {
    expect(actionsFrom(QuestionStatus.Answering)).toEqual(['hide', 'answered', 'reopen']);
    expect(actionsFrom(QuestionStatus.Answered)).toEqual(['hide', 'answering', 'reopen']);
  });

  it('takes no action on a question merged into another', () => {
    expect(actionsFrom(QuestionStatus.Merged)).toEqual([]);
  });
});
