import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { RateLimit, RateLimiter } from '@convene/identity';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * Identities one client address may be given: each is one vote per question, so they are not
 * free. Generous for a venue where many phones share one address; a chair who needs more
 * certainty asks for signing in or the room's code (Q&A settings, `takePart`).
 */
export const IDENTITIES_PER_ADDRESS: RateLimit = { name: 'live-identity-ip', max: 100, windowSeconds: 600 };

/**
 * Identities for people who follow a public session without an account: a random id and an
 * HMAC of it under the session secret, so a browser can vote and see "my questions" again
 * after a reload, and nobody can claim another browser's id.
 */
@Injectable()
export class AnonymousIdentities {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limiter: RateLimiter,
  ) {}

  /** A new identity for a browser at this client address; 429 past IDENTITIES_PER_ADDRESS. */
  async issueTo(clientAddress: string): Promise<{ id: string; token: string }> {
    await this.limiter.consume(IDENTITIES_PER_ADDRESS, clientAddress);
    return this.issue();
  }

  private issue(): { id: string; token: string } {
    return mintIdentity(this.config.sessionSecret);
  }

  /** The id inside a token, or null when the token is malformed or not ours. */
  verify(token: unknown): string | null {
    if (typeof token !== 'string' || token.length > 100) return null;
    const [id, signature, extra] = token.split('.');
    if (extra !== undefined || !id || !signature || !ID.test(id)) return null;
    const expected = Buffer.from(this.sign(id));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
  }

  private sign(id: string): string {
    return sign(this.config.sessionSecret, id);
  }
}

/**
 * An identity signed with the session secret, uncounted: what `issueTo` hands out once the
 * address's limit allows. Tests and benches set their scenes with it (they are one address).
 */
export function mintIdentity(sessionSecret: string): { id: string; token: string } {
  const id = randomBytes(16).toString('base64url');
  return { id, token: `${id}.${sign(sessionSecret, id)}` };
}

function sign(sessionSecret: string, id: string): string {
  return createHmac('sha256', sessionSecret).update(`anonymous-identity:${id}`).digest('base64url');
}
