import { Injectable } from '@nestjs/common';
import { SignedIn } from '@convene/identity';
import { EventsService, Viewer, Viewers } from '@convene/events';
import { Registrant } from '@convene/registration';

/** Turns the signed-in person of a request into what the event and registration rules ask about. */
@Injectable()
export class ViewerResolver {
  constructor(
    private readonly viewers: Viewers,
    private readonly events: EventsService,
  ) {}

  viewer(signedIn: SignedIn | null | undefined): Promise<Viewer | null> {
    return this.viewers.of(signedIn);
  }

  async registrant(signedIn: SignedIn | null | undefined, eventId: string): Promise<Registrant | null> {
    const viewer = await this.viewer(signedIn);
    if (!viewer || !signedIn) return null;
    return {
      personId: viewer.personId,
      email: viewer.email,
      organisationId: signedIn.person.organisationId,
      isMember: viewer.isMember,
      canManage: await this.events.isOrganiser(eventId, viewer.personId),
    };
  }
}
