import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Keyed hash of a high-entropy or short-lived secret (link token, code, session, API token).
 * The purpose is part of the input, so a hash of one kind can never stand for another.
 */
export function keyedHash(key: string, purpose: string, value: string): string {
  return createHmac('sha256', key).update(`${purpose}\0${value}`).digest('base64url');
}

/** Compares two hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A random secret for links and cookies: 32 bytes, URL-safe. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A 6-digit code, uniformly drawn, leading zeros kept. */
export function randomCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export const API_TOKEN_PREFIX = 'cvn_';

export function newApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomSecret()}`;
}
