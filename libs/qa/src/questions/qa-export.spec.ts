import { questionsMarkdown } from './qa-export';
import { Question, QuestionStatus } from './question.entity';

const question = (fields: Partial<Question>): Question =>
  ({
    id: 'q',
    sessionId: 's',
    body: 'A question?',
    originalBody: 'A question?',
    askerName: 'Jo',
    askerOrganisation: 'Oldham Council',
    anonymous: false,
    status: QuestionStatus.Approved,
    voteCount: 0,
    createdAt: new Date('2027-02-11T10:00:00Z'),
    answeredAt: null,
    ...fields,
  }) as Question;

describe('the Markdown export', () => {
  it('lists answered questions in the order answered, with asker and organisation', () => {
    const markdown = questionsMarkdown('Plenary', [
      question({ body: 'Second answered', status: QuestionStatus.Answered, answeredAt: new Date('2027-02-11T11:00:00Z') }),
      question({ body: 'First answered', status: QuestionStatus.Answered, answeredAt: new Date('2027-02-11T10:30:00Z'), anonymous: true, askerName: null }),
    ]);
    expect(markdown).toContain('1. First answered (Anonymous; 0 votes)\n2. Second answered (Jo, Oldham Council; 0 votes)');
  });

  it('shows markup and HTML as text', () => {
    const markdown = questionsMarkdown('Plenary', [question({ body: '<script>alert(1)</script> **bold** [x](javascript:y)' })]);
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\<script\\>');
    expect(markdown).toContain('\\*\\*bold\\*\\*');
  });
});
