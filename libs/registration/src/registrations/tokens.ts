import { createHash, randomBytes } from 'node:crypto';

/** A secret for a private link: 256 random bits. Only its hash is stored. */
export function newLinkSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashLinkSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
