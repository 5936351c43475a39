import { INestApplicationContext } from '@nestjs/common';
import { CreateOrganisationDto, CreatePersonDto, NetworkRole, OrganisationsService, PeopleService, Person } from '@convene/identity';
import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE } from './demo-data';
import { DEMO_EVENT_PEOPLE } from './demo-events';
import { validDto } from './valid-dto';
import { seedDemoEvents } from './seed-events';
import { seedDemoMinutes } from './seed-minutes';

export interface SeedResult {
  seeded: boolean;
  organisations: number;
  people: number;
  events: number;
}

/** Any number that the launchers sharing a database agree on: one seeder at a time. */
const SEED_LOCK = 7314160;

/**
 * Loads the demo data into an empty database through the domain services (their validation and
 * rules are the real ones); leaves a database with people in it alone. `app` is the seed's own
 * context (seed.module.ts) or, in tests, the API.
 */
export async function seedDemoData(app: INestApplicationContext): Promise<SeedResult> {
  const lock = app.get(DataSource).createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [SEED_LOCK]);
    if ((await lock.manager.count(Person)) > 0) return { seeded: false, organisations: 0, people: 0, events: 0 };
    // The services commit step by step, not in one transaction: a seed cut short leaves people, so it is not retried; start from a fresh DATA_DIR.
    const organisations = app.get(OrganisationsService, { strict: false });
    const idByName = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const created = await organisations.create(await validDto(CreateOrganisationDto, org));
      idByName.set(created.name, created.id);
    }
    const peopleService = app.get(PeopleService, { strict: false });
    const personIdByEmail = new Map<string, string>();
    const organiserIds: string[] = [];
    for (const person of [...DEMO_PEOPLE, ...DEMO_EVENT_PEOPLE.map((speaker) => ({ ...speaker, roles: [] as NetworkRole[] }))]) {
      const { organisation, ...fields } = person;
      const created = await peopleService.create(await validDto(CreatePersonDto, { ...fields, organisationId: organisation ? idByName.get(organisation) : undefined }));
      personIdByEmail.set(person.email, created.id);
      if (person.roles.includes(NetworkRole.Organiser)) organiserIds.push(created.id);
    }
    const events = await seedDemoEvents(app, idByName, personIdByEmail, organiserIds);
    await seedDemoMinutes(app, personIdByEmail, organiserIds[0]);
    return { seeded: true, organisations: idByName.size, people: personIdByEmail.size, events };
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
