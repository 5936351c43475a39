import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { UpdateActionDto } from './minutes.dto';

const problems = (body: object) => validateSync(plainToInstance(UpdateActionDto, body) as object).map((error) => error.property).sort();

describe('an action update (derived from the action as created)', () => {
  it('accepts any field left out, and checks those sent as adding one does', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ description: 'Circulate the draft', dueDate: '2027-03-01', status: 'done' })).toEqual([]);
    expect(problems({ description: '   ', dueDate: '1 March', status: 'maybe' })).toEqual(['description', 'dueDate', 'status']);
  });

  it('refuses a null description or status, and clears the owner and due date with null', () => {
    expect(problems({ description: null, status: null })).toEqual(['description', 'status']);
    expect(problems({ ownerName: null, dueDate: null })).toEqual([]);
  });

  it('trims the description as adding one does', () => {
    expect(plainToInstance(UpdateActionDto, { description: '  Circulate the draft  ' }).description).toBe('Circulate the draft');
  });
});
