import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { PageRequest, likePattern } from '@convene/core';
import { Membership, Organisation } from './organisation.entity';

export const ORGANISATION_NAME_UNIQUE = 'UQ_4a3dcb66f1630f551b81bca1b34';

@Injectable()
export class OrganisationRepository {
  constructor(@InjectRepository(Organisation) private readonly organisations: Repository<Organisation>) {}

  findById(id: string): Promise<Organisation | null> {
    return this.organisations.findOneBy({ id });
  }

  /** Full and affiliate members, by name: whose people may ask for access. */
  members(): Promise<Organisation[]> {
    return this.organisations.find({ where: { membership: In([Membership.Full, Membership.Affiliate]) }, order: { name: 'ASC' } });
  }

  async nameTakenByAnother(name: string, exceptId?: string): Promise<boolean> {
    const found = await this.organisations
      .createQueryBuilder('o')
      .where('lower(o.name) = lower(:name)', { name })
      .andWhere(exceptId ? 'o.id <> :exceptId' : 'TRUE', { exceptId })
      .getExists();
    return found;
  }

  /** Organisations whose name or region contains the words, by name. */
  async search(page: PageRequest): Promise<[Organisation[], number]> {
    const query = this.organisations.createQueryBuilder('o').orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC');
    if (page.q) query.where('(o.name ILIKE :q OR o.region ILIKE :q)', { q: likePattern(page.q) });
    return query.take(page.limit).skip(page.offset).getManyAndCount();
  }

  save(organisation: Organisation, tx?: EntityManager): Promise<Organisation> {
    return (tx ? tx.getRepository(Organisation) : this.organisations).save(organisation);
  }

  build(fields: Partial<Organisation>): Organisation {
    return this.organisations.create(fields);
  }
}
