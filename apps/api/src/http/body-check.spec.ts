import { BadRequestException, Type as ClassType } from '@nestjs/common';
import { CreateInvitationDto, CreateRegistrationDto } from '@convene/registration';
import { Exclude, Transform, Type } from 'class-transformer';
import {
  Allow,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateIf,
  ValidateNested,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { BodyCheck, BodyCheckPipe, compileBodyCheck } from './body-check';
import { createValidationPipe } from './validation.pipe';

const pipe = createValidationPipe();
const metadata = { type: 'body' as const, metatype: CreateRegistrationDto, data: undefined };
const UUID = '0b5c3f8e-2d4a-4c1b-9e7f-3a6d5c4b2a10';
const long = (length: number, unit = 'a') => unit.repeat(length);

/** What the app's validation pipe makes of a JSON body: the DTO it hands on, or the 400 body it answers. */
async function piped<T>(json: string, dto: ClassType<T> = CreateRegistrationDto as ClassType<T>): Promise<{ accepted: T } | { refused: unknown }> {
  try {
    return { accepted: (await pipe.transform(JSON.parse(json), { ...metadata, metatype: dto })) as T };
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return { refused: error.getResponse() };
  }
}

/** The DTO's compiled check; fails the test when it refused to compile. */
function checkOf<T extends object>(dto: ClassType<T>): BodyCheck<T> {
  const compiled = compileBodyCheck(dto);
  if (!('check' in compiled)) throw new Error(`expected a check for ${dto.name}, got: ${compiled.refused}`);
  return compiled.check;
}

/** Keys every object has: the check leaves bodies with them to the pipe. */
const OBJECT_KEYS = Object.getOwnPropertyNames(Object.prototype);

/**
 * What the check must answer for a JSON body: where the pipe accepts it, the very instance of the
 * class the pipe hands on (toStrictEqual: same class, same fields); where the pipe refuses it,
 * undefined, leaving it to the pipe. The pipe drops a key every object has (class-transformer skips
 * __proto__ and names of methods) and goes on: the check leaves such bodies to it too.
 */
async function expectedOf<T extends object>(dto: ClassType<T>, json: string): Promise<T | undefined> {
  if (OBJECT_KEYS.some((key) => json.includes(`"${key}"`))) return undefined;
  const full = await piped(json, dto);
  return 'accepted' in full ? full.accepted : undefined;
}

const valid = { name: 'Jo Bloggs', email: 'jo@example.org' };
/** Every value each field is tried with: the right kinds at and past their limits, and the wrong kinds. */
const WRONG_KINDS: unknown[] = [null, 0, 1.5, true, false, [], ['a'], {}, { a: 1 }, ''];
const TEXTS: unknown[] = [
  'Oldham Council', '  padded  ', '   ', long(200), long(201), ` ${long(200)} `, long(100, '😀'), long(101, '😀'), long(199) + '😀',
  'line\nbreak', 'carriage\r\nreturn', 'tab\there', 'nul\u0000', 'bidi\u202e', 'isolate\u2066', 'separator\u2028', 'zero\u200bwidth', 'Cymraeg: ŵ ŷ â', long(1000), long(1001), ` ${long(999)} `,
];
const ADDRESSES: unknown[] = [
  'jo@example.org', ' Jo@Example.ORG ', 'JO@EXAMPLE.ORG', 'jo@example', 'jo@@example.org', '"jo"@example.org', 'jo bloggs@example.org', 'jo@exa mple.org', 'jo\u202e@example.org',
  `${long(64)}@example.org`, `${long(65)}@example.org`, `${long(60)}@${long(63)}.${long(63)}.${long(50)}.org`, `${long(60)}@${long(63)}.${long(63)}.${long(60)}.org`, 'jo@example.org\n', 'jo(x)@example.org', 'jo+tag@example.org', 'ŵ@example.cymru',
];
const FIELD_VALUES: Record<string, unknown[]> = {
  name: [...TEXTS, ...WRONG_KINDS],
  email: [...ADDRESSES, ...WRONG_KINDS],
  organisationName: [...TEXTS, ...WRONG_KINDS],
  jobTitle: [...TEXTS, ...WRONG_KINDS],
  category: ['delegate', 'speaker', 'press', 'Delegate', 'Press', 'nobody', ...WRONG_KINDS],
  dietaryNeeds: [...TEXTS, ...WRONG_KINDS],
  accessNeeds: [...TEXTS, ...WRONG_KINDS],
  showOnAttendeeList: ['true', 'false', 1, ...WRONG_KINDS],
  language: ['en', 'cy', 'EN', 'fr', ' en', ...WRONG_KINDS],
  workshopIds: [[UUID], [UUID, UUID], Array(20).fill(UUID), Array(21).fill(UUID), [UUID.toUpperCase()], ['not-a-uuid'], [UUID, 5], [null], UUID, ...WRONG_KINDS],
  invitationToken: ['token', long(200), long(201), ' spaced ', ...WRONG_KINDS],
};

const BODIES: string[] = [
  ...Object.entries(FIELD_VALUES).flatMap(([field, values]) => values.map((value) => JSON.stringify({ ...valid, [field]: value }))),
  JSON.stringify({ name: 'Jo', email: 'jo@example.org', organisationName: 'Oldham', jobTitle: 'Clerk', category: 'officer', dietaryNeeds: 'None\nreally', accessNeeds: null, showOnAttendeeList: true, language: 'cy', workshopIds: [UUID], invitationToken: 'abc' }),
  JSON.stringify({ name: 'Jo' }), JSON.stringify({ email: 'jo@example.org' }), '{}', '[]', JSON.stringify([valid]), '"text"', '5', 'null', 'true',
  JSON.stringify({ ...valid, unknown: 1 }), JSON.stringify({ ...valid, id: UUID }), JSON.stringify({ ...valid, status: 'confirmed' }), JSON.stringify({ ...valid, constructor: 1 }),
  JSON.stringify({ ...valid, toString: 'x' }), JSON.stringify({ ...valid, hasOwnProperty: 'x' }),
  '{"name":"Jo","email":"jo@example.org","__proto__":{"isAdmin":true}}', '{"__proto__":null,"name":"Jo","email":"jo@example.org"}',
];

describe('compileBodyCheck on CreateRegistrationDto (the registration route)', () => {
  it('compiles: every decorator of the DTO is one it knows', () => {
    expect(compileBodyCheck(CreateRegistrationDto)).toHaveProperty('check');
  });

  it.each(BODIES)('agrees with the validation pipe on %s', async (json) => expect(checkOf(CreateRegistrationDto)(JSON.parse(json))).toStrictEqual(await expectedOf(CreateRegistrationDto, json)));

  it('is tried against every field of the DTO, with values the pipe accepts and values it refuses', async () => {
    for (const [field, values] of Object.entries(FIELD_VALUES)) {
      const answers = await Promise.all(values.map((value) => piped(JSON.stringify({ ...valid, [field]: value }))));
      expect({ field, accepted: answers.some((answer) => 'accepted' in answer), refused: answers.some((answer) => 'refused' in answer) }).toEqual({ field, accepted: true, refused: true });
    }
    expect(Object.keys(FIELD_VALUES).sort()).toEqual(Object.keys(new CreateRegistrationDto()).sort());
  });

  it('follows a rule changed on the DTO with no edit of its own', async () => {
    // A subclass with a stricter name: class-validator then reads the subclass's rules for it in place of the inherited ones.
    class ShortNames extends CreateRegistrationDto {}
    IsString()(ShortNames.prototype, 'name');
    MaxLength(5)(ShortNames.prototype, 'name');
    const check = checkOf(ShortNames);
    expect(check({ name: 'Jo', email: 'jo@example.org' })).toMatchObject({ name: 'Jo' });
    expect(check({ name: 'Jo Bloggs', email: 'jo@example.org' })).toBeUndefined();
    // The inherited trim and single-line rules are no longer the subclass's: the pipe keeps the spaces and the line break too.
    for (const name of [' Jo ', 'J\no', 'Jo Bloggs', '']) {
      const json = JSON.stringify({ name, email: 'jo@example.org' });
      expect(check(JSON.parse(json))).toStrictEqual(await expectedOf(ShortNames, json));
    }
  });
});

const INVITATION_VALUES: Record<string, unknown[]> = {
  email: [...ADDRESSES, ...WRONG_KINDS],
  name: [...TEXTS, ...WRONG_KINDS],
  expiresInDays: [1, 30, 365, 0, 366, -1, 1.5, '30', 1e21, Number.MAX_SAFE_INTEGER, ...WRONG_KINDS],
};

describe('compileBodyCheck on CreateInvitationDto (whole numbers, a trimmed optional name that is not nullable)', () => {
  const invited = { email: 'jo@example.org' };
  const bodies = [
    ...Object.entries(INVITATION_VALUES).flatMap(([field, values]) => values.map((value) => JSON.stringify({ ...invited, [field]: value }))),
    '{}', JSON.stringify({ name: 'Jo' }), JSON.stringify({ ...invited, category: 'press' }),
  ];

  it.each(bodies)('agrees with the validation pipe on %s', async (json) => expect(checkOf(CreateInvitationDto)(JSON.parse(json))).toStrictEqual(await expectedOf(CreateInvitationDto, json)));

  it('is tried against every field, with values the pipe accepts and values it refuses', async () => {
    for (const [field, values] of Object.entries(INVITATION_VALUES)) {
      const answers = await Promise.all(values.map((value) => piped(JSON.stringify({ ...invited, [field]: value }), CreateInvitationDto)));
      expect({ field, accepted: answers.some((answer) => 'accepted' in answer), refused: answers.some((answer) => 'refused' in answer) }).toEqual({ field, accepted: true, refused: true });
    }
  });
});

/** Rules the route DTOs do not use yet, as another DTO may: a condition on another field, a condition on one rule, `each` on a lone value, a default, a transform that reads the body. */
class Booking {
  @IsIn(['room', 'online'])
  kind: string;

  @ValidateIf((booking: Booking) => booking.kind === 'room')
  @IsString()
  @MaxLength(10)
  room?: string;

  @IsOptional()
  @IsString({ each: true })
  @MaxLength(5, { each: true })
  tags?: string[] | string;

  @IsInt()
  @Min(1, { validateIf: (_booking: Booking, seats: unknown) => seats !== 0 })
  @Max(9)
  seats: number = 1;

  @IsOptional()
  @Transform(({ value, obj }: { value: unknown; obj: { kind?: unknown } }) => (typeof value === 'string' && obj.kind === 'online' ? value.toUpperCase() : value))
  @IsString()
  code?: string;
}

describe('compileBodyCheck on rules beyond the route DTOs', () => {
  const bodies = [
    { kind: 'online' }, { kind: 'room' }, { kind: 'room', room: 'Hall A' }, { kind: 'room', room: 'Council Chamber' }, { kind: 'online', room: 5 }, { kind: 'hall' },
    { kind: 'online', tags: ['a', 'bb'] }, { kind: 'online', tags: ['toolong'] }, { kind: 'online', tags: 'one' }, { kind: 'online', tags: 'toolong' }, { kind: 'online', tags: [] },
    { kind: 'online', tags: [1] }, { kind: 'online', tags: null }, { kind: 'online', tags: [['a']] }, { kind: 'online', tags: [{}] },
    { kind: 'online', seats: 0 }, { kind: 'online', seats: -1 }, { kind: 'online', seats: 9 }, { kind: 'online', seats: 10 }, { kind: 'online', seats: null },
    { kind: 'online', code: 'abc' }, { kind: 'room', room: 'A', code: 'abc' }, { kind: 'online', code: 7 }, { kind: 'online', extra: true },
  ].map((body) => JSON.stringify(body));

  it.each(bodies)('agrees with the validation pipe on %s', async (json) => expect(checkOf(Booking)(JSON.parse(json))).toStrictEqual(await expectedOf(Booking, json)));

  it('accepts, of these, what the pipe accepts', async () => {
    const accepted = await Promise.all(bodies.map(async (json) => ('accepted' in (await piped(json, Booking)) ? 1 : 0)));
    const fast = bodies.map((json) => (checkOf(Booking)(JSON.parse(json)) ? 1 : 0));
    expect(fast).toEqual(accepted);
    expect(accepted.filter(Boolean).length).toBeGreaterThan(8);
  });
});

@ValidatorConstraint({ name: 'isString' })
class LooksLikeIsString implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return value === 'yes';
  }
}

class Nested {
  @IsString()
  text: string;
}

describe('compileBodyCheck refuses a DTO with a rule it does not know, and the pipe then answers every body', () => {
  class UnknownCheck {
    @IsUrl()
    site: string;
  }
  class OwnConstraint {
    @Validate(LooksLikeIsString)
    answer: string;
  }
  class MustBeDefined {
    @IsDefined()
    @IsString()
    text: string;
  }
  class Allowed {
    @Allow()
    anything: unknown;
  }
  class WithNested {
    @ValidateNested()
    @Type(() => Nested)
    nested: Nested;
  }
  class WithExcluded {
    @IsString()
    text: string;

    @Exclude()
    @IsOptional()
    @IsString()
    secret?: string;
  }
  class WithUnruledField {
    @IsString()
    text: string;

    note?: string;
  }

  it.each([
    [UnknownCheck, '@isUrl'],
    [OwnConstraint, '@Validate'],
    [MustBeDefined, 'isDefined'],
    [Allowed, 'whitelistValidation'],
    [WithNested, 'nested'],
    [WithExcluded, '@Exclude'],
    [WithUnruledField, 'note without a rule'],
  ] as Array<[ClassType<object>, string]>)('%p: %s', async (dto, reason) => {
    const compiled = compileBodyCheck(dto);
    expect(compiled).toEqual({ refused: expect.stringContaining(reason) });
    const asked: unknown[] = [];
    const validation = { transform: (body: unknown) => (asked.push(body), 'the pipe’s answer') };
    expect(new BodyCheckPipe(dto, validation).transform({ text: 'a' }, { ...metadata, metatype: dto })).toBe('the pipe’s answer');
    expect(asked).toEqual([{ text: 'a' }]);
  });
});

describe('BodyCheckPipe', () => {
  it('answers a body the check does not accept with the validation pipe', async () => {
    const body = { name: '', email: 'not an address', extra: true };
    const refusal = await pipe.transform({ ...body }, metadata).catch((error: BadRequestException) => error.getResponse());
    await expect(Promise.resolve().then(() => new BodyCheckPipe(CreateRegistrationDto, pipe).transform({ ...body }, metadata))).rejects.toMatchObject({ response: refusal });
  });

  it('hands on what the check accepts without the validation pipe', () => {
    const refuseAll = { transform: () => Promise.reject(new Error('not asked')) };
    expect(new BodyCheckPipe(CreateRegistrationDto, refuseAll).transform({ name: ' Jo ', email: 'JO@example.org' }, metadata)).toMatchObject({ name: 'Jo', email: 'jo@example.org' });
  });
});
