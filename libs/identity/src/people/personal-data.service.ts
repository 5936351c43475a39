import { AccessEnds } from '../access/access-ends';
import { Injectable, Logger } from '@nestjs/common';
import { MailOutbox } from '@convene/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { ApiTokenRepository } from '../auth/api-token.repository';
import { SessionRepository } from '../auth/session.repository';
import { SignInTokenRepository } from '../auth/sign-in-token.repository';
import { describeOrganisation } from '../organisations/organisations.service';
import { PersonNotFound } from '../identity.errors';
import { describePerson } from './describe-person';
import { ERASED_NAME } from './erased-name';
import { PersonalDataParts, PersonalDataSubject } from './personal-data-parts';
import { Person } from './person.entity';
import { PersonRepository } from './person.repository';

export { ERASED_NAME } from './erased-name';

export interface PersonalDataExport {
  exportedAt: Date;
  person: ReturnType<typeof describePerson>;
  organisation: ReturnType<typeof describeOrganisation> | null;
  sessions: Array<{ id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date }>;
  apiTokens: Array<{ id: string; name: string; createdAt: Date; lastUsedAt: Date | null }>;
  /** Each other lib's section, by the name its part registered under ('registration', 'qa', ...). */
  [part: string]: unknown;
}

/** Subject access (export) and erasure: everything held about one person. */
@Injectable()
export class PersonalDataService {
  private readonly logger = new Logger(PersonalDataService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PersonRepository,
    private readonly sessions: SessionRepository,
    private readonly apiTokens: ApiTokenRepository,
    private readonly signInTokens: SignInTokenRepository,
    private readonly mailOutbox: MailOutbox,
    private readonly parts: PersonalDataParts,
    private readonly accessEnds: AccessEnds,
  ) {}

  async exportFor(personId: string): Promise<PersonalDataExport> {
    const person = await this.people.findById(personId);
    if (!person) throw new PersonNotFound();
    const [sessions, apiTokens] = await Promise.all([this.sessions.listOf(personId), this.apiTokens.listOf(personId)]);
    const exported: PersonalDataExport = {
      exportedAt: new Date(),
      person: describePerson(person),
      organisation: person.organisation ? describeOrganisation(person.organisation) : null,
      sessions: sessions.map(({ id, createdAt, lastSeenAt, expiresAt }) => ({ id, createdAt, lastSeenAt, expiresAt })),
      apiTokens: apiTokens.map(({ id, name, createdAt, lastUsedAt }) => ({ id, name, createdAt, lastUsedAt })),
    };
    // One snapshot for every section, so they agree with each other.
    await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const subject = await this.subjectOf(manager, person);
      for (const [name, part] of this.parts.list()) {
        exported[name] = await part.export(manager, subject);
      }
    });
    return exported;
  }

  /**
   * Erases a person: personal fields go, sign-in ends everywhere, and the row stays so that
   * what they said in meetings keeps an author without a name. Erasing twice is harmless, and
   * runs every lib's part again (by the person's id): so an erasure made before a lib took part
   * can be completed by erasing again.
   */
  async erase(personId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const person = await this.people.lockById(tx, personId);
      if (!person) throw new PersonNotFound();
      await this.sessions.deleteAllOf(tx, personId);
      await this.apiTokens.deleteAllOf(tx, personId);
      await this.signInTokens.deleteAllOf(tx, personId);
      // Every lib's copies go in this same transaction, while the row still has its address.
      const subject = await this.subjectOf(tx, person);
      for (const [, part] of this.parts.list()) await part.erase(tx, subject);
      if (person.erasedAt) return;
      if (person.email) await this.mailOutbox.forgetRecipient(tx, person.email);
      const erased: Partial<Person> = {
        name: ERASED_NAME,
        email: null,
        jobTitle: null,
        phone: null,
        pronouns: null,
        accessibilityNeeds: null,
        dietaryNeeds: null,
        roles: [],
        erasedAt: new Date(),
      };
      await tx.getRepository(Person).update({ id: personId }, erased);
    });
    await this.accessEnds.ended({ kind: 'person', personId });
    this.logger.log({ personId }, 'Person erased');
  }

  /** The person's id and address, and every name any lib holds them under. */
  private async subjectOf(manager: EntityManager, person: Person): Promise<PersonalDataSubject> {
    const who = { personId: person.id, email: person.email ? person.email.toLowerCase() : null };
    const names = new Set<string>([person.name]);
    for (const [, part] of this.parts.list()) {
      for (const name of part.names ? await part.names(manager, who) : []) names.add(name);
    }
    const trimmed = new Set([...names].map((name) => name.trim()));
    return { ...who, names: [...trimmed].filter((name) => name.length > 0 && name !== ERASED_NAME) };
  }
}
