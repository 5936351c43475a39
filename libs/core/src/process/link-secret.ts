// Secrets in links we mail (private registration links, invitations): 256 random bits; only
// their sha256 is stored, so a database leak gives no working link.
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A secret for a private link: 256 random bits. Only its hash is stored. */
export function newLinkSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashLinkSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * A link secret derived from the server's secret (HMAC of a purpose and an id): the same every
 * time it is written, so every later mail can carry the same private link, while the database
 * still holds only its hash and a leak of it alone gives no working link.
 */
export function derivedLinkSecret(serverSecret: string, purpose: string, id: string): string {
  return createHmac('sha256', serverSecret).update(`${purpose}:${id}`).digest('base64url');
}
