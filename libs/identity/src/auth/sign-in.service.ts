import type { Language } from '@convene/i18n';
import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { MailOutbox } from '@convene/notifications';
import { DataSource } from 'typeorm';
import { SignInRefused } from '../identity.errors';
import { describePerson } from '../people/describe-person';
import { PersonView } from '../people/dto/person.dto';
import { normaliseEmail } from '../people/person.entity';
import { PersonRepository } from '../people/person.repository';
import { RateLimit, RateLimiter } from './rate-limiter.service';
import { SecretHasher } from './secret-hasher';
import { SessionsService } from './sessions.service';
import { SignInToken } from './sign-in-token.entity';
import { SignInTokenRepository } from './sign-in-token.repository';
import { returnPath } from './sign-in-return';
import { randomCode, randomSecret } from './secrets';

export const SIGN_IN_MINUTES = 15;
export const MAX_WRONG_CODES = 5;

const WINDOW = 15 * 60;
/** Sign-in mails asked for one address, and from one client address. */
export const SIGN_IN_PER_EMAIL: RateLimit = { name: 'sign-in-email', max: 5, windowSeconds: WINDOW };
export const SIGN_IN_PER_IP: RateLimit = { name: 'sign-in-ip', max: 30, windowSeconds: WINDOW };
/** Failed verifications, per address and per client address. */
export const WRONG_CODES_PER_EMAIL: RateLimit = { name: 'verify-email', max: 10, windowSeconds: WINDOW };
export const FAILED_VERIFY_PER_IP: RateLimit = { name: 'verify-ip', max: 50, windowSeconds: WINDOW };

export const SIGN_IN_REQUESTED = 'If that address belongs to someone in the network, a sign-in email is on its way.';

export type SignInProof = { token: string } | { email: string; code: string };

export interface SignInResult {
  person: PersonView;
  sessionSecret: string;
  sessionExpiresAt: Date;
}

/** Sign-in without passwords: a mailed link or code, single use, short-lived. */
@Injectable()
export class SignInService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SignInService.name);
  /** Sign-ins answered and still being recorded. */
  private readonly recording = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly people: PersonRepository,
    private readonly tokens: SignInTokenRepository,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
    private readonly hasher: SecretHasher,
    private readonly mailOutbox: MailOutbox,
  ) {}

  /**
   * Mails a sign-in link and code to a known, not erased person. The caller learns nothing
   * either way: the same answer, the same limits, and the same time, for addresses we do not
   * know. Only the limits are awaited; finding the person and recording the mail happen after
   * the answer, so its timing cannot tell a known address (a token and a mail written) from an
   * unknown one (nothing written). `language`: the page's, for someone who has not chosen one
   * (their saved language wins).
   */
  async request(emailInput: string, clientIp: string, language: Language = 'en', next?: string): Promise<void> {
    const email = normaliseEmail(emailInput);
    await this.limiter.consume(SIGN_IN_PER_IP, clientIp);
    await this.limiter.consume(SIGN_IN_PER_EMAIL, this.hasher.hash('rate-limit-email', email));
    const recording = this.record(email, language, returnPath(next)).catch((error: unknown) => this.logger.error({ err: error }, 'Sign-in mail not recorded'));
    this.recording.add(recording);
    void recording.finally(() => this.recording.delete(recording));
  }

  /** Resolves once every sign-in asked for so far is recorded (or has failed, logged). */
  async settled(): Promise<void> {
    await Promise.all([...this.recording]);
  }

  /** A stopping API finishes recording the sign-ins it has answered, while its database is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  private async record(email: string, language: Language, next: string | undefined): Promise<void> {
    const person = await this.people.findActiveByEmail(email);
    if (!person) return;

    const link = randomSecret();
    const code = randomCode();
    const linkHash = this.hasher.hash('sign-in-link', link);
    let outboxId: string | null = null;
    await this.dataSource.transaction(async (tx) => {
      const token = await this.tokens.insert(tx, {
        personId: person.id,
        linkHash,
        codeHash: this.codeHash(linkHash, code),
        expiresAt: new Date(Date.now() + SIGN_IN_MINUTES * 60_000),
      });
      outboxId = await this.mailOutbox.record(tx, {
        kind: 'sign-in',
        recipient: email,
        templateData: { name: person.name, language: person.language ?? language, code, link: this.signInLink(link, email, next), expiresInMinutes: SIGN_IN_MINUTES },
        dedupeKey: `sign-in:${token.id}`,
      });
    });
    await this.mailOutbox.dispatch([outboxId]);
    this.logger.log({ personId: person.id }, 'Sign-in mail recorded');
  }

  /** Checks a link token or an email and code; on success the token is spent and a session starts. */
  async verify(proof: SignInProof, clientIp: string): Promise<SignInResult> {
    await this.limiter.check(FAILED_VERIFY_PER_IP, clientIp);
    if ('token' in proof) {
      const token = await this.tokens.findByLinkHash(this.hasher.hash('sign-in-link', proof.token));
      if (!token) {
        await this.limiter.record(FAILED_VERIFY_PER_IP, clientIp);
        throw SignInRefused.invalidLink();
      }
      return this.spend(token);
    }

    const email = normaliseEmail(proof.email);
    const emailKey = this.hasher.hash('rate-limit-email', email);
    await this.limiter.check(WRONG_CODES_PER_EMAIL, emailKey);
    const person = await this.people.findActiveByEmail(email);
    const recent = person ? await this.tokens.recentOf(person.id) : [];
    const match = recent.find((token) => this.hasher.matches('sign-in-code', `${token.linkHash}:${proof.code}`, token.codeHash));
    if (!match) {
      if (person) await this.tokens.countWrongCode(person.id);
      await this.limiter.record(WRONG_CODES_PER_EMAIL, emailKey);
      await this.limiter.record(FAILED_VERIFY_PER_IP, clientIp);
      throw SignInRefused.wrongCode();
    }
    return this.spend(match);
  }

  private async spend(token: SignInToken): Promise<SignInResult> {
    if (token.usedAt) throw SignInRefused.used();
    if (token.expiresAt.getTime() <= Date.now()) throw SignInRefused.expired();
    if (token.attempts >= MAX_WRONG_CODES) throw SignInRefused.exhausted();
    const session = await this.dataSource.transaction(async (tx) => {
      // The conditional update is the truth when two requests race for one token.
      if (!(await this.tokens.consume(tx, token.id, MAX_WRONG_CODES))) return null;
      return this.sessions.start(tx, token.personId);
    });
    if (!session) throw SignInRefused.used();
    const person = await this.people.findById(token.personId);
    if (!person) throw SignInRefused.invalidLink();
    this.logger.log({ personId: person.id }, 'Signed in');
    return { person: describePerson(person), sessionSecret: session.secret, sessionExpiresAt: session.expiresAt };
  }

  private codeHash(linkHash: string, code: string): string {
    return this.hasher.hash('sign-in-code', `${linkHash}:${code}`);
  }

  /** The mailed link carries where the person asked from, so the link leads back there. */
  private signInLink(token: string, email: string, next: string | undefined): string {
    const url = new URL('sign-in', this.config.publicUrl.replace(/\/+$/, '') + '/');
    url.searchParams.set('token', token);
    url.searchParams.set('email', email);
    if (next) url.searchParams.set('next', next);
    return url.toString();
  }
}
