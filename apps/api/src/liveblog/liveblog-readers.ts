import { Injectable } from '@nestjs/common';
import { DomainError } from '@convene/core';
import { AgendaSession, EventStatus, EventsService, NetworkEvent } from '@convene/events';
import { SignedIn } from '@convene/identity';
import { EventCatalogue } from '@convene/registration';
import { ViewerResolver } from '../events/viewer.resolver';

class LiveblogNotVisible extends DomainError {
  constructor(signedIn: boolean) {
    super(
      signedIn ? 'forbidden' : 'unauthenticated',
      'liveblog_not_visible',
      signedIn ? 'This liveblog is for the members or invitees of its event' : 'Sign in to follow this liveblog: its event is not public',
    );
  }
}

/** Who may read a session's liveblog: whoever may see its event's details (public: anyone). */
@Injectable()
export class LiveblogReaders {
  constructor(
    private readonly catalogue: EventCatalogue,
    private readonly events: EventsService,
    private readonly viewers: ViewerResolver,
  ) {}

  /** The session's event, when the caller may read its liveblog. */
  async assertCanFollow(session: AgendaSession, signedIn: SignedIn | null): Promise<NetworkEvent> {
    const viewer = await this.viewers.viewer(signedIn);
    const event = await this.events.get(session.eventId);
    const organiser = viewer !== null && (await this.events.isOrganiser(event.id, viewer.personId));
    if (event.status !== EventStatus.Published && !organiser) throw new LiveblogNotVisible(Boolean(signedIn));
    if ((await this.catalogue.event(event.id, viewer)).restricted) throw new LiveblogNotVisible(Boolean(signedIn));
    return event;
  }
}
