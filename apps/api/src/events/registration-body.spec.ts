import { BadRequestException } from '@nestjs/common';
import { CreateRegistrationDto, DelegateCategory } from '@convene/registration';
import { TransformationType } from 'class-transformer';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
// class-transformer's decorators register here; its types for the file sit apart from it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage };
import { getMetadataStorage } from 'class-validator';
import { createValidationPipe } from '../http/validation.pipe';
import { RegistrationBodyPipe, acceptedRegistration } from './registration-body';

const pipe = createValidationPipe();
const metadata = { type: 'body' as const, metatype: CreateRegistrationDto, data: undefined };
const UUID = '0b5c3f8e-2d4a-4c1b-9e7f-3a6d5c4b2a10';
const long = (length: number, unit = 'a') => unit.repeat(length);

/** What the app's validation pipe makes of a JSON body: the DTO it hands on, or the 400 body it answers. */
async function piped(json: string): Promise<{ accepted: CreateRegistrationDto } | { refused: unknown }> {
  try {
    return { accepted: (await pipe.transform(JSON.parse(json), metadata)) as CreateRegistrationDto };
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return { refused: error.getResponse() };
  }
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

/** Keys every object has: the fast check leaves bodies with them to the pipe. */
const OBJECT_KEYS = Object.getOwnPropertyNames(Object.prototype);

const BODIES: string[] = [
  ...Object.entries(FIELD_VALUES).flatMap(([field, values]) => values.map((value) => JSON.stringify({ ...valid, [field]: value }))),
  JSON.stringify({ name: 'Jo', email: 'jo@example.org', organisationName: 'Oldham', jobTitle: 'Clerk', category: 'officer', dietaryNeeds: 'None\nreally', accessNeeds: null, showOnAttendeeList: true, language: 'cy', workshopIds: [UUID], invitationToken: 'abc' }),
  JSON.stringify({ name: 'Jo' }), JSON.stringify({ email: 'jo@example.org' }), '{}', '[]', JSON.stringify([valid]), '"text"', '5', 'null', 'true',
  JSON.stringify({ ...valid, unknown: 1 }), JSON.stringify({ ...valid, id: UUID }), JSON.stringify({ ...valid, status: 'confirmed' }), JSON.stringify({ ...valid, constructor: 1 }),
  JSON.stringify({ ...valid, toString: 'x' }), JSON.stringify({ ...valid, hasOwnProperty: 'x' }),
  '{"name":"Jo","email":"jo@example.org","__proto__":{"isAdmin":true}}', '{"__proto__":null,"name":"Jo","email":"jo@example.org"}',
];

describe('acceptedRegistration', () => {
  it.each(BODIES)('agrees with the validation pipe on %s', async (json) => {
    const fast = acceptedRegistration(JSON.parse(json));
    const full = await piped(json);
    if (OBJECT_KEYS.some((key) => json.includes(`"${key}"`))) {
      // The pipe drops such a key (class-transformer skips __proto__ and names of methods) and goes on; the fast check leaves the body to it.
      expect(fast).toBeUndefined();
      return;
    }
    if ('refused' in full) {
      expect(fast).toBeUndefined();
    } else {
      // Accepted by the pipe: accepted here too, as the same instance of the class with the same fields.
      expect(fast).toBeInstanceOf(CreateRegistrationDto);
      expect(fast).toStrictEqual(full.accepted);
      expect(Object.keys(fast as object).sort()).toEqual(Object.keys(full.accepted).sort());
    }
  });

  it('is tried against every field of the DTO, with values the pipe accepts and values it refuses', async () => {
    for (const [field, values] of Object.entries(FIELD_VALUES)) {
      const answers = await Promise.all(values.map((value) => piped(JSON.stringify({ ...valid, [field]: value }))));
      expect({ field, accepted: answers.some((answer) => 'accepted' in answer), refused: answers.some((answer) => 'refused' in answer) }).toEqual({ field, accepted: true, refused: true });
    }
    expect(Object.keys(FIELD_VALUES).sort()).toEqual(Object.keys(new CreateRegistrationDto()).sort());
  });

  it('was written for the DTO as it is: change both together', () => {
    // The fast check copies these rules; a rule added, removed or changed on the DTO fails here. (Its
    // patterns are the very constants of libs/core text.validators, shared with the fast check.)
    const rules = getMetadataStorage()
      .getTargetValidationMetadatas(CreateRegistrationDto, '', true, false)
      .map((rule) => {
        const constraints = rule.type === 'conditionalValidation' ? [] : (rule.constraints ?? []).map((constraint: unknown) => (constraint instanceof RegExp ? 'pattern' : constraint));
        return `${rule.propertyName} ${rule.name ?? rule.type}${rule.each ? ' each' : ''}${constraints.length ? ` ${JSON.stringify(constraints)}` : ''}`;
      })
      .sort();
    expect(rules).toEqual(RULES);
    const transforms = Object.keys(new CreateRegistrationDto()).flatMap((property) =>
      defaultMetadataStorage.findTransformMetadatas(CreateRegistrationDto, property, TransformationType.PLAIN_TO_CLASS).map((rule) => {
        const source = String(rule.transformFn);
        return `${property} ${source.includes('toLowerCase()') ? 'trim, lower-case' : source.includes('trim()') ? 'trim' : source}`;
      }),
    );
    expect(transforms).toEqual(['name trim', 'email trim, lower-case', 'organisationName trim', 'jobTitle trim']);
  });
});

/** CreateRegistrationDto's rules when the fast check was written. */
const RULES = [
  'accessNeeds isOptional', 'accessNeeds isString', 'accessNeeds matches ["pattern",null]', 'accessNeeds maxLength [1000]',
  'category conditionalValidation', `category isEnum [${JSON.stringify(DelegateCategory)},${JSON.stringify(Object.values(DelegateCategory))}]`,
  'dietaryNeeds isOptional', 'dietaryNeeds isString', 'dietaryNeeds matches ["pattern",null]', 'dietaryNeeds maxLength [1000]',
  `email isEmail [${JSON.stringify({ allow_display_name: false, allow_underscores: false, require_display_name: false, allow_utf8_local_part: true, require_tld: true, blacklisted_chars: '', ignore_max_length: false, host_blacklist: [], host_whitelist: [] })}]`,
  'email isString', 'email matches ["pattern",null]', 'email maxLength [254]',
  'invitationToken conditionalValidation', 'invitationToken isString', 'invitationToken maxLength [200]',
  'jobTitle isOptional', 'jobTitle isString', 'jobTitle matches ["pattern",null]', 'jobTitle maxLength [200]',
  'language conditionalValidation', 'language isIn [["cy","en"]]',
  'name isLength [1,200]', 'name isString', 'name matches ["pattern",null]',
  'organisationName isOptional', 'organisationName isString', 'organisationName matches ["pattern",null]', 'organisationName maxLength [200]',
  'showOnAttendeeList conditionalValidation', 'showOnAttendeeList isBoolean',
  'workshopIds arrayMaxSize [20]', 'workshopIds conditionalValidation', 'workshopIds isArray', 'workshopIds isUuid each ["all"]',
];

describe('RegistrationBodyPipe', () => {
  it('answers a body the fast check does not accept with the validation pipe', async () => {
    const body = { name: '', email: 'not an address', extra: true };
    const refusal = await pipe.transform({ ...body }, metadata).catch((error: BadRequestException) => error.getResponse());
    await expect(Promise.resolve().then(() => new RegistrationBodyPipe(pipe).transform({ ...body }, metadata))).rejects.toMatchObject({ response: refusal });
  });

  it('hands on what the fast check accepts without the validation pipe', () => {
    const refuseAll = { transform: () => Promise.reject(new Error('not asked')) };
    expect(new RegistrationBodyPipe(refuseAll).transform({ name: ' Jo ', email: 'JO@example.org' }, metadata)).toMatchObject({ name: 'Jo', email: 'jo@example.org' });
  });
});
