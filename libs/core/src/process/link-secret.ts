// Secrets in links we mail (private registration links, invitations): 256 random bits; only
// their sha256 is stored, so a database leak gives no working link.
import { createHash, randomBytes } from 'node:crypto';

/** A secret for a private link: 256 random bits. Only its hash is stored. */
export function newLinkSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashLinkSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
