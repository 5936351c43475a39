import { createHash, createHmac } from 'node:crypto';

/** Crockford-like: no 0/O or 1/I, so a code read aloud or typed by hand survives. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const LENGTH = 10;

/**
 * The code printed in the confirmation mail: 10 characters (50 bits) of an HMAC of the
 * registration id under the server's secret. Unguessable, needs no stored secret, and the
 * same every time the mail is written; only its hash is kept, for the lookup at the door.
 */
export function checkInCodeFor(secret: string, registrationId: string): string {
  const digest = createHmac('sha256', secret).update(`check-in:${registrationId}`).digest();
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) code += ALPHABET[digest[i] % 32];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What a scanner or a person typed, reduced to the code's characters; null when it cannot be one. */
export function normaliseCheckInCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== LENGTH || [...code].some((c) => !ALPHABET.includes(c))) return null;
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function hashCheckInCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
