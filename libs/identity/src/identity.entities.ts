import { Organisation } from './organisations/organisation.entity';
import { Person } from './people/person.entity';

export const IDENTITY_ENTITIES = [Organisation, Person];
