import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The private link of a follow: its id and an HMAC of it under the session secret. Nothing to
 * store, and it dies with the follow (stopping deletes the row), so every reminder can carry it.
 */
export function followToken(followId: string, secret: string): string {
  return `${followId}.${sign(followId, secret)}`;
}

/** The follow id inside a token, or null when the token is malformed or not ours. */
export function followIdOf(token: unknown, secret: string): string | null {
  if (typeof token !== 'string' || token.length > 120) return null;
  const [id, signature, extra] = token.split('.');
  if (extra !== undefined || !id || !signature || !UUID.test(id)) return null;
  const expected = Buffer.from(sign(id, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

function sign(followId: string, secret: string): string {
  return createHmac('sha256', secret).update(`session-follow:${followId}`).digest('base64url');
}
