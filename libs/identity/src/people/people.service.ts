import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Language } from '@convene/i18n';
import { AccessEnds } from '../access/access-ends';
import { OrganisationRepository } from '../organisations/organisation.repository';
import { PersonEmailTaken, PersonErased, PersonNotFound, UnknownOrganisation } from '../identity.errors';
import { Page, PageRequest, isUniqueViolation, toCsv } from '@convene/core';
import { describePerson } from './describe-person';
import { CreatePersonDto, PersonView, UpdatePersonDto } from './dto/person.dto';
import { Person, normaliseEmail } from './person.entity';
import { PERSON_EMAIL_UNIQUE, PersonRepository } from './person.repository';

const CSV_HEADER = [
  'id', 'name', 'email', 'job_title', 'organisation', 'membership', 'is_member', 'phone', 'pronouns',
  'accessibility_needs', 'dietary_needs', 'roles', 'created_at',
];

@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PersonRepository,
    private readonly organisations: OrganisationRepository,
    private readonly accessEnds: AccessEnds,
  ) {}

  async create(input: CreatePersonDto): Promise<PersonView> {
    const email = normaliseEmail(input.email);
    if (await this.people.emailTakenByAnother(email)) throw new PersonEmailTaken();
    await this.requireOrganisation(input.organisationId);
    const person = this.people.build({
      email,
      name: input.name,
      jobTitle: input.jobTitle ?? null,
      organisationId: input.organisationId ?? null,
      phone: input.phone ?? null,
      pronouns: input.pronouns ?? null,
      accessibilityNeeds: input.accessibilityNeeds ?? null,
      dietaryNeeds: input.dietaryNeeds ?? null,
      roles: input.roles ?? [],
    });
    const saved = await this.saveUnique(person);
    return this.get(saved.id);
  }

  async update(id: string, input: UpdatePersonDto): Promise<PersonView> {
    const person = await this.require(id);
    if (person.erasedAt) throw new PersonErased();
    if (input.email !== undefined) {
      const email = normaliseEmail(input.email);
      if (await this.people.emailTakenByAnother(email, id)) throw new PersonEmailTaken();
      person.email = email;
    }
    if (input.organisationId !== undefined) {
      await this.requireOrganisation(input.organisationId);
      person.organisationId = input.organisationId;
      delete person.organisation;
    }
    if (input.name !== undefined) person.name = input.name;
    if (input.jobTitle !== undefined) person.jobTitle = input.jobTitle;
    if (input.phone !== undefined) person.phone = input.phone;
    if (input.pronouns !== undefined) person.pronouns = input.pronouns;
    if (input.accessibilityNeeds !== undefined) person.accessibilityNeeds = input.accessibilityNeeds;
    if (input.dietaryNeeds !== undefined) person.dietaryNeeds = input.dietaryNeeds;
    if (input.roles !== undefined) person.roles = [...new Set(input.roles)];
    await this.saveUnique(person);
    // Roles, membership and address decide which live rooms they may be in (and moderate).
    if (input.roles !== undefined || input.organisationId !== undefined || input.email !== undefined) {
      await this.accessEnds.ended({ kind: 'standing', personId: id });
    }
    return this.get(id);
  }

  /** The person's choice of language (the header's switch), which their mails and invites follow. */
  async chooseLanguage(id: string, language: Language): Promise<PersonView> {
    await this.people.setLanguage(id, language);
    return this.get(id);
  }

  async get(id: string): Promise<PersonView> {
    return describePerson(await this.require(id));
  }

  /**
   * The person with their organisation, erased or not, or null: for other libs' single-row
   * lookups (a name, an address), in the caller's transaction when given. One statement.
   */
  find(id: string, tx?: EntityManager): Promise<Person | null> {
    return this.people.findById(id, tx);
  }

  /** The names of these people (erased or not: an erased person's name is already replaced), by id: for other libs' lists, one statement however many. */
  namesOf(ids: Array<string | null>): Promise<Map<string, string>> {
    return this.people.namesOf(ids);
  }

  /** Someone not erased with this address (any case), or null. One statement. */
  findActiveByEmail(email: string): Promise<Person | null> {
    return this.people.findActiveByEmail(email);
  }

  async list(page: PageRequest): Promise<Page<PersonView>> {
    const [items, total] = await this.people.search(page);
    return { items: items.map(describePerson), total, limit: page.limit, offset: page.offset };
  }

  /** Everyone not erased, as CSV safe to open in a spreadsheet. */
  async exportCsv(): Promise<string> {
    const people = await this.people.allForExport();
    return toCsv(
      CSV_HEADER,
      people.map((person) => {
        const view = describePerson(person);
        return [
          view.id, view.name, view.email, view.jobTitle, view.organisation?.name, view.organisation?.membership, view.isMember ? 'yes' : 'no',
          view.phone, view.pronouns, view.accessibilityNeeds, view.dietaryNeeds, view.roles, view.createdAt,
        ];
      }),
    );
  }

  private async require(id: string): Promise<Person> {
    const person = await this.people.findById(id);
    if (!person) throw new PersonNotFound();
    return person;
  }

  private async requireOrganisation(id: string | null | undefined): Promise<void> {
    if (!id) return;
    if (!(await this.organisations.findById(id))) {
      throw new UnknownOrganisation();
    }
  }

  private async saveUnique(person: Person): Promise<Person> {
    try {
      return await this.people.save(person);
    } catch (error) {
      if (isUniqueViolation(error, PERSON_EMAIL_UNIQUE)) throw new PersonEmailTaken();
      throw error;
    }
  }
}
