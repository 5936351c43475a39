import { NetworkRole, Organisation, Person } from '@convene/identity';
import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE } from './demo-data';
import { seedDemoEvents } from './seed-events';
import { seedDemoMinutes } from './seed-minutes';
import { savePeople } from './seed-people';

export interface SeedResult {
  seeded: boolean;
  organisations: number;
  people: number;
  events: number;
}

/** Loads the demo data into an empty database; leaves a database with people in it alone. */
export async function seedDemoData(dataSource: DataSource): Promise<SeedResult> {
  return dataSource.transaction(async (tx) => {
    // One seeder at a time, even if two launchers share a database.
    await tx.query('SELECT pg_advisory_xact_lock(7314160)');
    if ((await tx.count(Person)) > 0) return { seeded: false, organisations: 0, people: 0, events: 0 };

    const organisations = await tx.save(
      DEMO_ORGANISATIONS.map((org) =>
        tx.create(Organisation, {
          name: org.name,
          kind: org.kind,
          membership: org.membership,
          region: org.region,
          website: org.website,
        }),
      ),
    );
    const idByName = new Map(organisations.map((org) => [org.name, org.id]));
    const people = await savePeople(tx, DEMO_PEOPLE, idByName);
    const organiserIds = people.filter((person) => person.roles.includes(NetworkRole.Organiser)).map((person) => person.id);
    const events = await seedDemoEvents(tx, idByName, organiserIds);
    await seedDemoMinutes(tx);
    return { seeded: true, organisations: organisations.length, people: people.length + events.people, events: events.events };
  });
}

