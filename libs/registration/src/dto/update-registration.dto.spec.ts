import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { UpdateRegistrationDto } from './registration.dto';

const problems = (body: object) => validateSync(plainToInstance(UpdateRegistrationDto, body) as object).map((error) => error.property).sort();

describe("a delegate's change to their registration (derived from registering)", () => {
  it('accepts any field left out, and checks those sent as registering does', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ jobTitle: 'Policy Officer', workshopIds: [], showOnAttendeeList: true })).toEqual([]);
    expect(problems({ jobTitle: 'x'.repeat(201), workshopIds: ['not-a-uuid'], showOnAttendeeList: 'yes' })).toEqual(['jobTitle', 'showOnAttendeeList', 'workshopIds']);
  });

  it('clears job title and needs with null, and refuses null workshops or attendee-list choice', () => {
    expect(problems({ jobTitle: null, dietaryNeeds: null, accessNeeds: null })).toEqual([]);
    expect(problems({ showOnAttendeeList: null, workshopIds: null })).toEqual(['showOnAttendeeList', 'workshopIds']);
  });
});
