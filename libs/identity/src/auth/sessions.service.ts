import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessEnds, sessionCredential } from '../access/access-ends';
import { SecretHasher } from './secret-hasher';
import { randomSecret } from './secrets';
import { SessionRepository } from './session.repository';
import { SignedIn } from './signed-in';

export const SESSION_LIFETIME_DAYS = 30;

export interface StartedSession {
  secret: string;
  expiresAt: Date;
}

/** Browser sessions: the cookie carries a random secret, the table only its hash. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly hasher: SecretHasher,
    private readonly accessEnds: AccessEnds,
  ) {}

  async start(tx: EntityManager, personId: string): Promise<StartedSession> {
    const secret = randomSecret();
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_DAYS * 24 * 3600 * 1000);
    await this.sessions.insert(tx, { secretHash: this.hasher.hash('session', secret), personId, expiresAt });
    return { secret, expiresAt };
  }

  /** The person behind a session cookie, or null when the session is unknown, expired or its person erased. */
  async authenticate(secret: string): Promise<SignedIn | null> {
    const session = await this.sessions.findLiveBySecretHash(this.hasher.hash('session', secret));
    if (!session?.person || session.person.erasedAt) return null;
    await this.sessions.touch(session);
    return { person: session.person, via: 'session', sessionSecret: secret, credential: sessionCredential(session.id) };
  }

  async end(secret: string): Promise<void> {
    const secretHash = this.hasher.hash('session', secret);
    const session = await this.sessions.findLiveBySecretHash(secretHash);
    await this.sessions.deleteBySecretHash(secretHash);
    if (session) await this.accessEnds.ended({ kind: 'credential', personId: session.personId, credential: sessionCredential(session.id) });
  }
}
