import { Injectable } from '@nestjs/common';
import { SignedIn } from '@convene/identity';
import { Viewer, Viewers } from '@convene/events';
import { Registrant } from '@convene/registration';

/** Turns the signed-in person of a request into what the event and registration rules ask about. */
@Injectable()
export class ViewerResolver {
  constructor(private readonly viewers: Viewers) {}

  viewer(signedIn: SignedIn | null | undefined): Promise<Viewer | null> {
    return this.viewers.of(signedIn);
  }

  /** The signed-in person as registration sees them; their rights on the event are registration's to find. */
  async registrant(signedIn: SignedIn | null | undefined): Promise<Registrant | null> {
    const viewer = await this.viewer(signedIn);
    if (!viewer || !signedIn) return null;
    return {
      personId: viewer.personId,
      email: viewer.email,
      organisationId: signedIn.person.organisationId,
      isMember: viewer.isMember,
    };
  }
}
