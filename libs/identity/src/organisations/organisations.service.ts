import { Injectable } from '@nestjs/common';
import { OrganisationNameTaken, OrganisationNotFound } from '../identity.errors';
import { Page, PageRequest, isUniqueViolation } from '@convene/core';
import { CreateOrganisationDto, OrganisationView, UpdateOrganisationDto } from './dto/organisation.dto';
import { Membership, Organisation, isMemberOrganisation } from './organisation.entity';
import { ORGANISATION_NAME_UNIQUE, OrganisationRepository } from './organisation.repository';

@Injectable()
export class OrganisationsService {
  constructor(private readonly organisations: OrganisationRepository) {}

  async create(input: CreateOrganisationDto): Promise<OrganisationView> {
    if (await this.organisations.nameTakenByAnother(input.name)) throw new OrganisationNameTaken();
    const organisation = this.organisations.build({
      name: input.name,
      kind: input.kind,
      membership: input.membership ?? Membership.None,
      region: input.region ?? null,
      website: input.website ?? null,
    });
    return describeOrganisation(await this.saveUnique(organisation));
  }

  async update(id: string, input: UpdateOrganisationDto): Promise<OrganisationView> {
    const organisation = await this.require(id);
    if (input.name !== undefined && (await this.organisations.nameTakenByAnother(input.name, id))) throw new OrganisationNameTaken();
    if (input.name !== undefined) organisation.name = input.name;
    if (input.kind !== undefined) organisation.kind = input.kind;
    if (input.membership !== undefined) organisation.membership = input.membership;
    if (input.region !== undefined) organisation.region = input.region;
    if (input.website !== undefined) organisation.website = input.website;
    return describeOrganisation(await this.saveUnique(organisation));
  }

  async get(id: string): Promise<OrganisationView> {
    return describeOrganisation(await this.require(id));
  }

  /** The organisation, or null: for other libs' single-row lookups. */
  find(id: string): Promise<Organisation | null> {
    return this.organisations.findById(id);
  }

  async list(page: PageRequest): Promise<Page<OrganisationView>> {
    const [items, total] = await this.organisations.search(page);
    return { items: items.map(describeOrganisation), total, limit: page.limit, offset: page.offset };
  }

  private async require(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw new OrganisationNotFound();
    return organisation;
  }

  /** The check above is friendly; the constraint is the truth when two requests race. */
  private async saveUnique(organisation: Organisation): Promise<Organisation> {
    try {
      return await this.organisations.save(organisation);
    } catch (error) {
      if (isUniqueViolation(error, ORGANISATION_NAME_UNIQUE)) throw new OrganisationNameTaken();
      throw error;
    }
  }
}

export function describeOrganisation(organisation: Organisation): OrganisationView {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    membership: organisation.membership,
    isMember: isMemberOrganisation(organisation),
    region: organisation.region,
    website: organisation.website,
    createdAt: organisation.createdAt,
    updatedAt: organisation.updatedAt,
  };
}
