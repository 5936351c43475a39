import { Injectable } from '@nestjs/common';
import { EventNotFound, EventRepository } from '@convene/events';
import { DataSource } from 'typeorm';
import { CreateApologyDto } from '../dto/registration.dto';
import { Apology } from './apology.entity';

/** Apologies for absence: recorded once per address per event, listed in the minutes. */
@Injectable()
export class ApologyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRepository,
  ) {}

  async send(eventId: string, input: CreateApologyDto, personId: string | null): Promise<{ id: string; created: boolean }> {
    if (!(await this.events.findById(eventId))) throw new EventNotFound();
    const repo = this.dataSource.getRepository(Apology);
    const result = await repo
      .createQueryBuilder()
      .insert()
      .values({ eventId, personId, email: input.email, name: input.name, organisationName: input.organisationName ?? null })
      .orIgnore()
      .returning(['id'])
      .execute();
    const inserted = (result.raw as { id: string }[])[0];
    if (inserted) return { id: inserted.id, created: true };
    const existing = (await repo.findOneBy({ eventId, email: input.email })) as Apology;
    return { id: existing.id, created: false };
  }

  ofEvent(eventId: string): Promise<Apology[]> {
    return this.dataSource.getRepository(Apology).find({ where: { eventId }, order: { name: 'ASC' } });
  }
}
