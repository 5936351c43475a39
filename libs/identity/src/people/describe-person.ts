import { isMemberOrganisation } from '../organisations/organisation.entity';
import { PersonView } from './dto/person.dto';
import { Person } from './person.entity';

/** What the API shows of a person (loaded with the organisation). */
export function describePerson(person: Person): PersonView {
  const organisation = person.organisation ?? null;
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    jobTitle: person.jobTitle,
    organisation: organisation
      ? { id: organisation.id, name: organisation.name, membership: organisation.membership, isMember: isMemberOrganisation(organisation) }
      : null,
    isMember: isMemberOrganisation(organisation),
    phone: person.phone,
    pronouns: person.pronouns,
    accessibilityNeeds: person.accessibilityNeeds,
    dietaryNeeds: person.dietaryNeeds,
    roles: person.roles,
    language: person.language,
    erasedAt: person.erasedAt,
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
  };
}
