import { Injectable, Logger } from '@nestjs/common';
import { MailOutbox } from '@convene/notifications';
import { DataSource } from 'typeorm';
import { ApiTokenRepository } from '../auth/api-token.repository';
import { SessionRepository } from '../auth/session.repository';
import { SignInTokenRepository } from '../auth/sign-in-token.repository';
import { describeOrganisation } from '../organisations/organisations.service';
import { PersonNotFound } from '../identity.errors';
import { describePerson } from './describe-person';
import { Person } from './person.entity';
import { PersonRepository } from './person.repository';

/** The name an erased person's posts and questions keep pointing at. */
export const ERASED_NAME = 'Former participant';

export interface PersonalDataExport {
  exportedAt: Date;
  person: ReturnType<typeof describePerson>;
  organisation: ReturnType<typeof describeOrganisation> | null;
  sessions: Array<{ id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date }>;
  apiTokens: Array<{ id: string; name: string; createdAt: Date; lastUsedAt: Date | null }>;
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
  ) {}

  async exportFor(personId: string): Promise<PersonalDataExport> {
    const person = await this.people.findById(personId);
    if (!person) throw new PersonNotFound();
    const [sessions, apiTokens] = await Promise.all([this.sessions.listOf(personId), this.apiTokens.listOf(personId)]);
    return {
      exportedAt: new Date(),
      person: describePerson(person),
      organisation: person.organisation ? describeOrganisation(person.organisation) : null,
      sessions: sessions.map(({ id, createdAt, lastSeenAt, expiresAt }) => ({ id, createdAt, lastSeenAt, expiresAt })),
      apiTokens: apiTokens.map(({ id, name, createdAt, lastUsedAt }) => ({ id, name, createdAt, lastUsedAt })),
    };
  }

  /**
   * Erases a person: personal fields go, sign-in ends everywhere, and the row stays so that
   * what they said in meetings keeps an author without a name. Erasing twice is harmless.
   */
  async erase(personId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const person = await this.people.lockById(tx, personId);
      if (!person) throw new PersonNotFound();
      await this.sessions.deleteAllOf(tx, personId);
      await this.apiTokens.deleteAllOf(tx, personId);
      await this.signInTokens.deleteAllOf(tx, personId);
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
    this.logger.log({ personId }, 'Person erased');
  }
}
