import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { likePattern } from '@convene/core';
import { Membership, Organisation, OrganisationKind } from '../../organisations/organisation.entity';
import { Person, normaliseEmail } from '../person.entity';
import { DirectoryPersonView, NewPersonDto } from './directory.dto';

/**
 * The organisers' way to find people (to invite them to speak, name them liveblog editors or
 * owners of actions) without the admin's full view: name, job title, organisation and a masked
 * address. Someone not yet known is added with only what the organiser typed.
 */
@Injectable()
export class PeopleDirectory {
  constructor(private readonly dataSource: DataSource) {}

  /** People whose name or organisation's name contains the words, by name; but those `except` (already listed by the caller). */
  async search(q: string, limit = 10, except: string[] = []): Promise<DirectoryPersonView[]> {
    const query = this.dataSource
      .getRepository(Person)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.organisation', 'organisation')
      .where('p.erased_at IS NULL')
      .andWhere('(p.name ILIKE :q OR organisation.name ILIKE :q)', { q: likePattern(q) });
    if (except.length) query.andWhere('NOT (p.id = ANY(:except::uuid[]))', { except });
    const people = await query.orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').take(limit).getMany();
    return people.map(toDirectoryView);
  }

  /** These people, by name, as the directory shows them: for other libs' lists of people they name (one statement however many). */
  async listed(ids: string[]): Promise<DirectoryPersonView[]> {
    if (!ids.length) return [];
    const people = await this.dataSource
      .getRepository(Person)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.organisation', 'organisation')
      .where('p.id = ANY(:ids::uuid[])', { ids })
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    return people.map(toDirectoryView);
  }

  async get(id: string): Promise<DirectoryPersonView | null> {
    const person = await this.dataSource.getRepository(Person).findOne({ where: { id, erasedAt: IsNull() }, relations: { organisation: true } });
    return person ? toDirectoryView(person) : null;
  }

  /**
   * The person with this address (as they are: what an organiser typed changes nobody's record),
   * or a new one with the name and organisation typed. Inside the caller's transaction.
   */
  async findOrAdd(tx: EntityManager, input: NewPersonDto): Promise<Person> {
    const email = normaliseEmail(input.email);
    const people = tx.getRepository(Person);
    const known = await people.findOne({ where: { email }, relations: { organisation: true } });
    if (known) return known;
    const organisation = input.organisation ? await this.organisationNamed(tx, input.organisation) : null;
    // ON CONFLICT: two organisers adding the same address at once get the same person.
    await tx.query(`INSERT INTO people (email, name, organisation_id) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING`, [email, input.name, organisation?.id ?? null]);
    return people.findOneOrFail({ where: { email }, relations: { organisation: true } });
  }

  /**
   * The id of the person with this address, added with the name and organisation typed when the
   * address is new, for a record that names them without showing them to the caller (an action's
   * owner typed by a minute-taker). One statement, the same whether the address was known or not,
   * so neither the caller's answer nor its time tells which. Inside the caller's transaction.
   */
  async linkAddress(tx: EntityManager, input: NewPersonDto): Promise<string> {
    const email = normaliseEmail(input.email);
    const rows: Array<{ id: string }> = await tx.query(LINK_ADDRESS, [email, input.name, input.organisation ?? null, OrganisationKind.Other, Membership.None]);
    if (rows[0]) return rows[0].id;
    // Someone added the same new address at the same moment: theirs is the person.
    return (await tx.getRepository(Person).findOneOrFail({ where: { email }, select: { id: true } })).id;
  }

  private async organisationNamed(tx: EntityManager, name: string): Promise<Organisation> {
    const organisations = tx.getRepository(Organisation);
    const found = await organisations.createQueryBuilder('o').where('lower(o.name) = lower(:name)', { name }).getOne();
    if (found) return found;
    await tx.query(`INSERT INTO organisations (name, kind, membership) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING`, [name, OrganisationKind.Other, Membership.None]);
    return organisations.createQueryBuilder('o').where('lower(o.name) = lower(:name)', { name }).getOneOrFail();
  }
}

// $1 address, $2 name, $3 organisation as typed (or null), $4 and $5 a new organisation's kind and
// membership. A known address leaves everything as it is (what was typed changes nobody's record);
// a new one adds the person, and the organisation when no organisation has that name.
const LINK_ADDRESS = `
  WITH known AS (SELECT id FROM people WHERE email = $1),
  named AS (SELECT id FROM organisations WHERE $3::text IS NOT NULL AND lower(name) = lower($3::text) ORDER BY id LIMIT 1),
  new_organisation AS (
    INSERT INTO organisations (name, kind, membership)
    SELECT $3::text, $4::organisation_kind, $5::membership
     WHERE $3::text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM named) AND NOT EXISTS (SELECT 1 FROM known)
    ON CONFLICT (name) DO NOTHING
    RETURNING id),
  added AS (
    INSERT INTO people (email, name, organisation_id)
    SELECT $1, $2, COALESCE((SELECT id FROM named), (SELECT id FROM new_organisation))
     WHERE NOT EXISTS (SELECT 1 FROM known)
    ON CONFLICT (email) DO NOTHING
    RETURNING id)
  SELECT id FROM known UNION ALL SELECT id FROM added`;

export function toDirectoryView(person: Person): DirectoryPersonView {
  return { id: person.id, name: person.name, jobTitle: person.jobTitle, organisation: person.organisation?.name ?? null, emailHint: maskEmail(person.email) };
}

/** "jo.bloggs@lambeth.gov.uk" → "j•••@lambeth.gov.uk": enough to tell two namesakes apart. */
export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${email[0]}•••${email.slice(at)}`;
}
