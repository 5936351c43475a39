import { NetworkRole, Person, normaliseEmail } from '@convene/identity';
import { EntityManager } from 'typeorm';

/** Saves demo people, linking each to its organisation by name. */
export function savePeople(
  tx: EntityManager,
  people: Array<{ name: string; email: string; jobTitle: string | null; organisation: string | null; pronouns?: string | null; roles?: NetworkRole[] }>,
  organisationIdByName: Map<string, string>,
): Promise<Person[]> {
  return tx.save(
    people.map((person) =>
      tx.create(Person, {
        name: person.name,
        email: normaliseEmail(person.email),
        jobTitle: person.jobTitle,
        organisationId: person.organisation ? (organisationIdByName.get(person.organisation) ?? null) : null,
        pronouns: person.pronouns ?? null,
        roles: person.roles ?? [],
      }),
    ),
  );
}
