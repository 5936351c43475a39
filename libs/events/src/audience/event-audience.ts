import { Injectable } from '@nestjs/common';
import { EventNotFound } from '../events.errors';
import { EventStatus, EventVisibility, NetworkEvent } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { Viewer } from './viewers';

/** Someone asked about by account or by address (a place may be taken by address alone). */
export interface PlaceSeeker {
  personId: string;
  email: string | null;
}

/**
 * What the lib that holds places (registration) answers about them: it registers itself at
 * start-up, so the rules of who may see an event live here without this lib reading its tables.
 */
export interface EventPlaces {
  /** Invited to the event, or registered for it in any state, at this address. */
  invitedOrRegistered(eventId: string, email: string | null): Promise<boolean>;
  /** Holds a confirmed place. */
  hasPlace(eventId: string, who: PlaceSeeker): Promise<boolean>;
  /** Holds a place or waits for one (not cancelled, declined or unconfirmed). */
  holdsOrAwaitsPlace(eventId: string, who: PlaceSeeker): Promise<boolean>;
}

/** Who may see an event: drafts exist only for their organisers; members-only and invitation events show their details only to their audience. */
@Injectable()
export class EventAudience {
  private places: EventPlaces | null = null;

  constructor(private readonly events: EventsService) {}

  register(places: EventPlaces): void {
    if (this.places) throw new Error('The event places are already registered');
    this.places = places;
  }

  /** The event, unless it is a draft and the viewer does not organise it: then it does not exist for them. */
  async findFor(idOrSlug: string, viewer: Viewer | null): Promise<NetworkEvent> {
    const event = await this.events.find(idOrSlug);
    if (event.status !== EventStatus.Draft) return event;
    const organiser = viewer !== null && (viewer.isNetworkOrganiser || (await this.events.isOrganiser(event.id, viewer.personId)));
    if (!organiser) throw new EventNotFound();
    return event;
  }

  /** Whether the event's details are hidden from this viewer (members-only or invitation events). */
  async isRestricted(event: NetworkEvent, viewer: Viewer | null): Promise<boolean> {
    if (event.visibility === EventVisibility.Public) return false;
    if (!viewer) return true;
    if (viewer.isNetworkOrganiser || (await this.events.isOrganiser(event.id, viewer.personId))) return false;
    if (event.visibility === EventVisibility.Members) return !viewer.isMember;
    // Invitation events: those invited or registered see them.
    return !(await this.placesPort().invitedOrRegistered(event.id, viewer.email));
  }

  hasPlace(eventId: string, who: PlaceSeeker): Promise<boolean> {
    return this.placesPort().hasPlace(eventId, who);
  }

  holdsOrAwaitsPlace(eventId: string, who: PlaceSeeker): Promise<boolean> {
    return this.placesPort().holdsOrAwaitsPlace(eventId, who);
  }

  private placesPort(): EventPlaces {
    if (!this.places) throw new Error('No lib registered the event places (RegistrationModule not imported?)');
    return this.places;
  }
}
