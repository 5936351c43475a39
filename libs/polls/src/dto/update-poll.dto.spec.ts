import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { UpdatePollDto } from './poll.dto';

const problems = (body: object) => validateSync(plainToInstance(UpdatePollDto, body) as object).map((error) => error.property).sort();

describe('a poll update (derived from the poll as created)', () => {
  it('accepts any field left out, and checks those sent as creating a poll does', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ question: 'Which first?', options: ['Housing', 'Energy'], maxChoices: 2, showResults: true, requiresSignIn: false })).toEqual([]);
    expect(problems({ question: '   ', options: ['Only one'], maxChoices: 0, showResults: 'yes', requiresSignIn: 1 })).toEqual([
      'maxChoices',
      'options',
      'question',
      'requiresSignIn',
      'showResults',
    ]);
  });

  it('refuses null but for maxChoices, whose null lifts the limit', () => {
    expect(problems({ question: null, options: null, showResults: null, requiresSignIn: null })).toEqual(['options', 'question', 'requiresSignIn', 'showResults']);
    expect(problems({ maxChoices: null })).toEqual([]);
  });

  it('has no kind: a poll keeps the kind it was made with', () => {
    const errors = validateSync(plainToInstance(UpdatePollDto, { kind: 'text' }) as object, { whitelist: true, forbidNonWhitelisted: true });
    expect(errors.map((error) => error.property)).toEqual(['kind']);
  });

  it('trims the question and each option as creating a poll does', () => {
    const update = plainToInstance(UpdatePollDto, { question: '  Which first?  ', options: [' Housing ', 'Energy  '] });
    expect([update.question, update.options]).toEqual(['Which first?', ['Housing', 'Energy']]);
  });
});
