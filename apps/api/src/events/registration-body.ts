import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { isEmailAddress, isPlainText, isSingleLine } from '@convene/core';
import { LANGUAGES } from '@convene/i18n';
import { CreateRegistrationDto, DelegateCategory } from '@convene/registration';
import { arrayMaxSize, isBoolean, isEnum, isIn, isUUID, length, maxLength } from 'class-validator';

type Field = keyof CreateRegistrationDto;

/**
 * Each field of CreateRegistrationDto as its decorators (libs/registration dto/registration.dto.ts)
 * transform and check it: the value class-transformer would set, or FAILS when class-validator
 * would refuse it. The checks are class-validator's own functions; a missing field never gets here.
 */
const FAILS = Symbol('fails');
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
/** @IsOptional: null is kept and not checked. */
const optional = (check: (value: unknown) => unknown) => (value: unknown) => (value === null ? null : check(value));
const singleLine = (max: number, min = 0) => (value: unknown) => {
  const text = trimmed(value);
  return length(text, min, max) && isSingleLine(text) ? text : FAILS;
};
const plainText = (value: unknown) => (maxLength(value, 1000) && isPlainText(value) ? value : FAILS);

const FIELDS: Record<Field, (value: unknown) => unknown> = {
  name: singleLine(200, 1),
  email: (value) => {
    const address = typeof value === 'string' ? value.trim().toLowerCase() : value;
    return maxLength(address, 254) && isEmailAddress(address) ? address : FAILS;
  },
  organisationName: optional(singleLine(200)),
  jobTitle: optional(singleLine(200)),
  category: (value) => (isEnum(value, DelegateCategory) ? value : FAILS),
  dietaryNeeds: optional(plainText),
  accessNeeds: optional(plainText),
  showOnAttendeeList: (value) => (isBoolean(value) ? value : FAILS),
  language: (value) => (isIn(value, LANGUAGES as unknown as string[]) ? value : FAILS),
  // class-transformer sets a copy of the array.
  workshopIds: (value) => (Array.isArray(value) && arrayMaxSize(value, 20) && value.every((id) => isUUID(id, 'all')) ? [...value] : FAILS),
  invitationToken: (value) => (maxLength(value, 200) ? value : FAILS),
};
const REQUIRED: Field[] = ['name', 'email'];

/**
 * A registration body that the validation pipe would accept, as the pipe would hand it on (a
 * CreateRegistrationDto with the fields trimmed and the address lower-cased); undefined for any
 * other body. It answers the common case without class-validator's and class-transformer's walk
 * over the class's metadata (10% of the API's time in a registration burst). It never refuses
 * anything itself: what it does not accept goes to the pipe, which refuses it with the same
 * errors as before, or accepts it (e.g. a key it does not know, such as __proto__, which the pipe
 * strips). registration-body.spec.ts holds it to the DTO's decorators and to the pipe's answers.
 */
export function acceptedRegistration(body: unknown): CreateRegistrationDto | undefined {
  if (typeof body !== 'object' || body === null || Object.getPrototypeOf(body) !== Object.prototype) return undefined;
  const dto = new CreateRegistrationDto();
  const fields = dto as unknown as Record<string, unknown>;
  for (const key of Object.keys(body)) {
    const value = Object.hasOwn(FIELDS, key) ? FIELDS[key as Field]((body as Record<string, unknown>)[key]) : FAILS;
    if (value === FAILS) return undefined;
    fields[key] = value;
  }
  return REQUIRED.every((key) => Object.hasOwn(body, key)) ? dto : undefined;
}

/** The registration route's body pipe: `acceptedRegistration`, else the app's validation pipe (its checks and its errors). */
export class RegistrationBodyPipe implements PipeTransform {
  constructor(private readonly validation: PipeTransform) {}

  transform(body: unknown, metadata: ArgumentMetadata): unknown {
    return acceptedRegistration(body) ?? this.validation.transform(body, metadata);
  }
}
