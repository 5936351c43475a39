import { Transform } from 'class-transformer';
import { Matches, ValidateIf, ValidationOptions } from 'class-validator';

// Control characters (CR, LF, tab, NUL, ...) and the Unicode line and paragraph separators.
const SINGLE_LINE = /^[^\p{Cc}\u2028\u2029]*$/u;
// Multi-line text: newlines allowed, other control characters not.
const PLAIN_TEXT = /^(?:[^\p{Cc}\u2028\u2029]|\r?\n)*$/u;

/** One line of text: no control characters, no line breaks. */
export function IsSingleLine(options?: ValidationOptions): PropertyDecorator {
  return Matches(SINGLE_LINE, { message: ({ property }) => `${property} must be one line without control characters`, ...options });
}

/** Free text that may span lines but holds no other control characters. */
export function IsPlainText(options?: ValidationOptions): PropertyDecorator {
  return Matches(PLAIN_TEXT, { message: ({ property }) => `${property} must not contain control characters`, ...options });
}

/** Trims strings; leaves anything else for the validators to refuse. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** May be left out, but when present must pass the other validators (null included). */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}
