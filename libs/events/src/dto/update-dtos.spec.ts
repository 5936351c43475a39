import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { UpdateEventDto } from './event.dto';
import { UpdateSessionDto } from './session.dto';

const problems = (type: new () => object, body: object) => validateSync(plainToInstance(type, body) as object).map((error) => error.property);

describe('update bodies (derived from the create bodies)', () => {
  it('accept any field left out, and check those sent as creation does', () => {
    expect(problems(UpdateEventDto, {})).toEqual([]);
    expect(problems(UpdateEventDto, { title: 'Spring Network Forum', startsAt: '2027-03-11T10:00:00Z' })).toEqual([]);
    expect(problems(UpdateEventDto, { title: '' })).toEqual(['title']);
    expect(problems(UpdateSessionDto, { kind: 'banquet' })).toEqual(['kind']);
  });

  it('refuse null for what creation requires, and let optional fields be cleared with null', () => {
    expect(problems(UpdateEventDto, { title: null, startsAt: null })).toEqual(['title', 'startsAt']);
    expect(problems(UpdateSessionDto, { endsAt: null })).toEqual(['endsAt']);
    expect(problems(UpdateEventDto, { description: null })).toEqual([]);
  });
});
