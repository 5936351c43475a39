import { Transform } from 'class-transformer';
import { IsEmail, Matches, ValidateIf, ValidationOptions } from 'class-validator';

// Control characters (CR, LF, tab, NUL, ...), the Unicode line and paragraph separators, and the
// bidirectional controls (marks, embeddings, overrides, isolates): U+202E makes "gpj.exe" read
// "exe.jpg" and a name print backwards in lists, mails and minutes.
const SINGLE_LINE = /^[^\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/u;
// Multi-line text: newlines allowed, other control characters not.
const PLAIN_TEXT = /^(?:[^\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r?\n)*$/u;
// The mailbox part of an address as people have them: no quoted local part, no spaces, no
// control characters. The RFC allows `"evil\r\nbcc: a@b.c"@example.org`; we refuse it.
const PLAIN_MAILBOX = /^[^\s"\\(),:;<>[\]\p{Cc}\p{Cf}]+@[^\s"\\(),:;<>[\]\p{Cc}\p{Cf}@]+$/u;

/** One line of text: no control characters (bidirectional ones included), no line breaks. */
export function IsSingleLine(options?: ValidationOptions): PropertyDecorator {
  return Matches(SINGLE_LINE, { message: ({ property }) => `${property} must be one line without control characters`, ...options });
}

/** Free text that may span lines but holds no other control characters (bidirectional ones included). */
export function IsPlainText(options?: ValidationOptions): PropertyDecorator {
  return Matches(PLAIN_TEXT, { message: ({ property }) => `${property} must not contain control characters`, ...options });
}

/** An email address as people have them (IsEmail, minus quoted local parts and control characters). */
export function IsEmailAddress(options?: ValidationOptions): PropertyDecorator {
  const email = IsEmail({}, options);
  const plain = Matches(PLAIN_MAILBOX, { message: ({ property }) => `${property} must be a plain address like name@example.org`, ...options });
  return (target, key) => {
    email(target, key);
    plain(target, key);
  };
}

/** Trims strings; leaves anything else for the validators to refuse. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** May be left out, but when present must pass the other validators (null included). */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}
