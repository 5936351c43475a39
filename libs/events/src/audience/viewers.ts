import { Injectable } from '@nestjs/common';
import { NetworkRole, PeopleService, SignedIn } from '@convene/identity';

/** Who is looking, as far as seeing an event's details goes. */
export interface Viewer {
  personId: string;
  email: string | null;
  isMember: boolean;
  /** Network admin or organiser. */
  isNetworkOrganiser: boolean;
}

/** Turns a signed-in person into what the visibility rules ask about (member? network organiser?). */
@Injectable()
export class Viewers {
  constructor(private readonly people: PeopleService) {}

  async of(signedIn: SignedIn | null | undefined): Promise<Viewer | null> {
    if (!signedIn) return null;
    const person = await this.people.get(signedIn.person.id);
    return {
      personId: person.id,
      email: person.email,
      isMember: person.isMember,
      // The roles as they are now, not as they were when a live socket signed in.
      isNetworkOrganiser: person.roles.some((role) => role === NetworkRole.Admin || role === NetworkRole.Organiser),
    };
  }
}
