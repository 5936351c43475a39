import { Person } from '../people/person.entity';

/** Who made a request, and how they proved it. */
export interface SignedIn {
  person: Person;
  via: 'session' | 'api-token';
  /** Set when signed in by session: sign-out ends this one. */
  sessionSecret?: string;
  /** The session or API token it rests on (`session:<id>`, `token:<id>`): what ends with it. */
  credential?: string;
}
