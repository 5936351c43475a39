import { Injectable } from '@nestjs/common';
import { EventsService } from '@convene/events';
import { EventCatalogue, Viewer } from '@convene/registration';
import { MinutesForbidden, MinutesNotFound } from '../minutes.errors';
import { Minutes, MinutesStatus } from './minutes.entity';
import { MinutesRepository } from './minutes.repository';

/** Who may do what with minutes: the rules in one place. */
@Injectable()
export class MinutesAccess {
  constructor(
    private readonly events: EventsService,
    private readonly catalogue: EventCatalogue,
    private readonly repository: MinutesRepository,
  ) {}

  /** An organiser of the event, or the note-taker or chair of the session the minutes are for. */
  async canCreate(eventId: string, sessionId: string | null, personId: string): Promise<boolean> {
    if (await this.events.isOrganiser(eventId, personId)) return true;
    return sessionId !== null && this.repository.takesNotesOrChairs(sessionId, personId);
  }

  /** The minute-taker, an organiser of the event, or the session's note-taker or chair. */
  async canEdit(minutes: Minutes, personId: string): Promise<boolean> {
    if (minutes.createdBy === personId) return true;
    return this.canCreate(minutes.eventId, minutes.sessionId, personId);
  }

  /** An organiser of the event, or the chair (of the session, or of a session of the event). */
  async canApprove(minutes: Minutes, personId: string): Promise<boolean> {
    if (await this.events.isOrganiser(minutes.eventId, personId)) return true;
    return this.repository.chairs(minutes.eventId, personId, minutes.sessionId);
  }

  async assertEditor(minutes: Minutes, personId: string): Promise<void> {
    if (!(await this.canEdit(minutes, personId))) {
      throw new MinutesForbidden('Only the minute-taker, the event organisers or the session chair may change these minutes');
    }
  }

  /**
   * May see them: editors always; those present once the draft is circulated; the event's
   * audience (public, members or invitees, as the event) once published. Otherwise not found.
   */
  async assertReader(minutes: Minutes, viewer: Viewer | null): Promise<{ editor: boolean }> {
    if (viewer && (await this.canEdit(minutes, viewer.personId))) return { editor: true };
    if (minutes.status === MinutesStatus.Published) {
      const event = await this.catalogue.event(minutes.eventId, viewer);
      if (!event.restricted) return { editor: false };
    }
    if (minutes.status === MinutesStatus.Draft && minutes.circulatedAt && viewer && (await this.repository.wasPresent(minutes.eventId, viewer.personId, viewer.email))) {
      return { editor: false };
    }
    throw new MinutesNotFound();
  }
}
