import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository, SelectQueryBuilder } from 'typeorm';
import type { Language } from '@convene/i18n';
import { PageRequest, likePattern } from '@convene/core';
import { Person, normaliseEmail } from './person.entity';

export const PERSON_EMAIL_UNIQUE = 'people_email_key';

@Injectable()
export class PersonRepository {
  constructor(@InjectRepository(Person) private readonly people: Repository<Person>) {}

  /**
   * With the organisation, erased or not. A query builder without take, not findOne: findOne's
   * LIMIT with a join costs TypeORM a second statement (the ids first), and the id is the key.
   */
  findById(id: string, tx?: EntityManager): Promise<Person | null> {
    return this.withOrganisation(tx).where('p.id = :id', { id }).getOne();
  }

  /** Someone who can still sign in: the address matches and the person is not erased (the address is unique). */
  findActiveByEmail(email: string): Promise<Person | null> {
    return this.withOrganisation().where('p.email = :email', { email: normaliseEmail(email) }).andWhere('p.erased_at IS NULL').getOne();
  }

  async namesOf(ids: Array<string | null>): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (!wanted.length) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.people.query(`SELECT id, name FROM people WHERE id = ANY($1::uuid[])`, [wanted]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async emailTakenByAnother(email: string, exceptId?: string, tx?: EntityManager): Promise<boolean> {
    const query = this.repo(tx).createQueryBuilder('p').where('p.email = :email', { email: normaliseEmail(email) });
    if (exceptId) query.andWhere('p.id <> :exceptId', { exceptId });
    return query.getExists();
  }

  /** People whose name, email, job title or organisation's name contains the words, by name. */
  search(page: PageRequest): Promise<[Person[], number]> {
    const query = this.people
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.organisation', 'organisation')
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC');
    if (page.q) query.where('(p.name ILIKE :q OR p.email ILIKE :q OR p.job_title ILIKE :q OR organisation.name ILIKE :q)', { q: likePattern(page.q) });
    return query.take(page.limit).skip(page.offset).getManyAndCount();
  }

  /** Everyone not erased, with their organisation, for the admin's CSV export. */
  allForExport(): Promise<Person[]> {
    return this.people.find({ where: { erasedAt: IsNull() }, relations: { organisation: true }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** Locks the row for the rest of the transaction (erasure). */
  lockById(tx: EntityManager, id: string): Promise<Person | null> {
    return tx.getRepository(Person).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async setLanguage(id: string, language: Language): Promise<void> {
    await this.people.update({ id, erasedAt: IsNull() }, { language });
  }

  save(person: Person, tx?: EntityManager): Promise<Person> {
    return this.repo(tx).save(person);
  }

  build(fields: Partial<Person>): Person {
    return this.people.create(fields);
  }

  private withOrganisation(tx?: EntityManager): SelectQueryBuilder<Person> {
    return this.repo(tx).createQueryBuilder('p').leftJoinAndSelect('p.organisation', 'organisation');
  }

  private repo(tx?: EntityManager): Repository<Person> {
    return tx ? tx.getRepository(Person) : this.people;
  }
}
