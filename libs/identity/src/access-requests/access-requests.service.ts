import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@convene/core';
import type { Language } from '@convene/i18n';
import { MailOutbox } from '@convene/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { RateLimit, RateLimiter } from '../auth/rate-limiter.service';
import { SecretHasher } from '../auth/secret-hasher';
import { SignInService } from '../auth/sign-in.service';
import { AccessRequestDecided, AccessRequestNotFound, NotAMemberOrganisation } from '../identity.errors';
import { Organisation, isMemberOrganisation } from '../organisations/organisation.entity';
import { OrganisationRepository } from '../organisations/organisation.repository';
import { PersonalDataPart } from '../people/personal-data-parts';
import { normaliseEmail } from '../people/person.entity';
import { PersonRepository } from '../people/person.repository';
import { AccessRequest, AccessRequestStatus } from './access-request.entity';
import { AccessRequestView, AskForAccessDto, MemberOrganisationView } from './dto/access-request.dto';

const HOUR = 60 * 60;
/** Requests from one client address, and for one address: enough for a council's office, not for a flood. */
export const ACCESS_ASKED_PER_IP: RateLimit = { name: 'access-request-ip', max: 10, windowSeconds: HOUR };
export const ACCESS_ASKED_PER_EMAIL: RateLimit = { name: 'access-request-email', max: 3, windowSeconds: HOUR };

export const ACCESS_ASKED = 'Thank you. We have sent you an email; an organiser will answer you by email.';

/**
 * Requests for access from people of member organisations without an account. Asking answers
 * alike whether the address is known or not: a known person is mailed a sign-in link instead.
 */
@Injectable()
export class AccessRequestsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AccessRequestsService.name);
  /** Requests answered and still being recorded. */
  private readonly recording = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationRepository,
    private readonly people: PersonRepository,
    private readonly limiter: RateLimiter,
    private readonly hasher: SecretHasher,
    private readonly signIn: SignInService,
    private readonly mailOutbox: MailOutbox,
  ) {}

  /** The organisations whose people may ask: full and affiliate members, by name. */
  async memberOrganisations(): Promise<MemberOrganisationView[]> {
    const organisations = await this.organisations.members();
    return organisations.map(({ id, name, region }) => ({ id, name, region }));
  }

  /**
   * The same answer, the same limits and the same work before answering, whether the address is
   * known or not: only the organisation and the limits are awaited (neither depends on who the
   * address belongs to). Looking the address up, and the request or sign-in mail, come after the
   * answer (as SignInService does), so its timing cannot tell a known address from an unknown one.
   */
  async ask(input: AskForAccessDto, clientIp: string, language: Language): Promise<void> {
    const email = normaliseEmail(input.email);
    const organisation = await this.organisations.findById(input.organisationId);
    if (!organisation || !isMemberOrganisation(organisation)) throw new NotAMemberOrganisation();
    await this.limiter.consume(ACCESS_ASKED_PER_IP, clientIp);
    await this.limiter.consume(ACCESS_ASKED_PER_EMAIL, this.hasher.hash('rate-limit-email', email));
    const recording = this.record(email, input, organisation, clientIp, language).catch((error: unknown) =>
      this.logger.error({ err: error }, 'Request for access not recorded'),
    );
    this.recording.add(recording);
    void recording.finally(() => this.recording.delete(recording));
  }

  /** Resolves once every request answered so far is recorded (or has failed, logged). */
  async settled(): Promise<void> {
    await Promise.all([...this.recording]);
    // A known address was handed to sign-in, which records its mail after answering too.
    await this.signIn.settled();
  }

  /** A stopping API finishes recording the requests it has answered, while its database is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  private async record(email: string, input: AskForAccessDto, organisation: Organisation, clientIp: string, language: Language): Promise<void> {
    if (await this.people.findActiveByEmail(email)) {
      // They have an account already: what they need is a way in, sent to that address only.
      await this.signIn.request(email, clientIp, language);
      return;
    }
    let outboxId: string | null = null;
    await this.dataSource.transaction(async (tx) => {
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(AccessRequest)
        .values({
          email,
          name: input.name,
          jobTitle: input.jobTitle ?? null,
          organisationId: input.organisationId,
          reason: input.reason ?? null,
          eventPath: input.eventPath ?? null,
          language,
        })
        .orIgnore() // one open request per address: asking again mails nobody twice
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) return;
      outboxId = await this.mailOutbox.record(tx, {
        kind: 'access-requested',
        recipient: email,
        templateData: { name: input.name, language, organisation: organisation.name },
        dedupeKey: `access-requested:${id}`,
      });
    });
    if (outboxId) await this.mailOutbox.dispatch([outboxId]);
  }

  async list(status: AccessRequestStatus = AccessRequestStatus.Pending): Promise<AccessRequestView[]> {
    const requests = await this.dataSource.getRepository(AccessRequest).find({ where: { status }, relations: { organisation: true }, order: { createdAt: 'ASC' } });
    return requests.map(describe);
  }

  /** Makes their account (in the organisation they named) and mails them how to sign in. */
  async approve(id: string, organiserId: string): Promise<AccessRequestView> {
    return this.decide(id, organiserId, async (tx, request) => {
      if (!(await this.people.emailTakenByAnother(request.email, undefined, tx))) {
        const person = this.people.build({
          email: request.email,
          name: request.name,
          jobTitle: request.jobTitle,
          organisationId: request.organisationId,
          language: request.language as Language,
          roles: [],
        });
        await this.people.save(person, tx);
      }
      request.status = AccessRequestStatus.Approved;
      const next = request.eventPath ?? '/';
      return {
        kind: 'access-approved',
        templateData: { name: request.name, language: request.language, link: `${this.config.publicUrl}/sign-in-with-code?next=${encodeURIComponent(next)}` },
      };
    });
  }

  async decline(id: string, organiserId: string, note: string | null): Promise<AccessRequestView> {
    return this.decide(id, organiserId, async (_tx, request) => {
      request.status = AccessRequestStatus.Declined;
      request.declineNote = note;
      return { kind: 'access-declined', templateData: { name: request.name, language: request.language, note } };
    });
  }

  /** One answer per request, whoever clicks first (the row is locked), mailed with it. */
  private async decide(
    id: string,
    organiserId: string,
    answer: (tx: EntityManager, request: AccessRequest) => Promise<{ kind: string; templateData: Record<string, unknown> }>,
  ): Promise<AccessRequestView> {
    let outboxId: string | null = null;
    await this.dataSource.transaction(async (tx) => {
      const request = await tx.getRepository(AccessRequest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw new AccessRequestNotFound();
      if (request.status !== AccessRequestStatus.Pending) throw new AccessRequestDecided();
      const mail = await answer(tx, request);
      request.decidedAt = new Date();
      request.decidedBy = organiserId;
      await tx.getRepository(AccessRequest).save(request);
      outboxId = await this.mailOutbox.record(tx, { ...mail, recipient: request.email, dedupeKey: `${mail.kind}:${request.id}` });
    });
    await this.mailOutbox.dispatch([outboxId]);
    this.logger.log({ accessRequestId: id, organiserId }, 'Request for access answered');
    const decided = await this.dataSource.getRepository(AccessRequest).findOneOrFail({ where: { id }, relations: { organisation: true } });
    return describe(decided);
  }
}

function describe(request: AccessRequest): AccessRequestView {
  return {
    id: request.id,
    email: request.email,
    name: request.name,
    jobTitle: request.jobTitle,
    organisationId: request.organisationId,
    organisationName: request.organisation?.name ?? '',
    reason: request.reason,
    eventPath: request.eventPath,
    status: request.status,
    decidedAt: request.decidedAt,
    createdAt: request.createdAt,
  };
}

/** A person's requests are in their export, and go with them when they are erased. */
export const accessRequestsPersonalData: PersonalDataPart = {
  async export(manager, subject) {
    if (!subject.email) return [];
    const requests = await manager.getRepository(AccessRequest).find({ where: { email: subject.email }, order: { createdAt: 'ASC' } });
    return requests.map(({ name, jobTitle, reason, status, createdAt, decidedAt }) => ({ name, jobTitle, reason, status, createdAt, decidedAt }));
  },
  async erase(tx, subject) {
    if (subject.email) await tx.getRepository(AccessRequest).delete({ email: subject.email });
  },
};
