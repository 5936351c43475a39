import { Injectable } from '@nestjs/common';
import { AgendaReads, EventAudience, EventsService, SpeakerRole, Viewer } from '@convene/events';
import { MinutesForbidden, MinutesNotFound } from '../minutes.errors';
import { Minutes, MinutesStatus } from './minutes.entity';
import { MinutesRepository, presentRefs } from './minutes.repository';
import { MinutesReaderLink } from '../circulation/minutes-reader-link.entity';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { hashLinkSecret } from '@convene/core';

export interface MinutesReader {
  editor: boolean;
  /** The circulation link the reader came by (no account needed). */
  readerLink: MinutesReaderLink | null;
}

/** Who may do what with minutes: the rules in one place. */
@Injectable()
export class MinutesAccess {
  constructor(
    private readonly events: EventsService,
    private readonly audience: EventAudience,
    private readonly repository: MinutesRepository,
    private readonly agenda: AgendaReads,
    @InjectRepository(MinutesReaderLink) private readonly links: Repository<MinutesReaderLink>,
  ) {}

  /** An organiser of the event, or the note-taker or chair of the session the minutes are for. */
  async canCreate(eventId: string, sessionId: string | null, personId: string): Promise<boolean> {
    if (await this.events.isOrganiser(eventId, personId)) return true;
    return sessionId !== null && this.agenda.holdsRoleAt(sessionId, personId, [SpeakerRole.Chair, SpeakerRole.NoteTaker]);
  }

  /** The minute-taker, an organiser of the event, or the session's note-taker or chair. */
  async canEdit(minutes: Minutes, personId: string): Promise<boolean> {
    if (minutes.createdBy === personId) return true;
    return this.canCreate(minutes.eventId, minutes.sessionId, personId);
  }

  /** An organiser of the event, or the chair (of the session, or of a session of the event). */
  async canApprove(minutes: Minutes, personId: string): Promise<boolean> {
    if (await this.events.isOrganiser(minutes.eventId, personId)) return true;
    return this.agenda.chairsIn(minutes.eventId, personId, minutes.sessionId);
  }

  async assertEditor(minutes: Minutes, personId: string): Promise<void> {
    if (!(await this.canEdit(minutes, personId))) {
      throw new MinutesForbidden('Only the minute-taker, the event organisers or the session chair may change these minutes');
    }
  }

  /**
   * May see them: editors always; those present once the draft is circulated (signed in, or by
   * the private link of the circulation mail, while a draft); the event's audience (public,
   * members or invitees, as the event) once published. Otherwise not found.
   */
  async assertReader(minutes: Minutes, viewer: Viewer | null, key: string | null = null): Promise<MinutesReader> {
    if (viewer && (await this.canEdit(minutes, viewer.personId))) return { editor: true, readerLink: null };
    if (minutes.status === MinutesStatus.Draft && minutes.circulatedAt && key) {
      const readerLink = await this.links.findOneBy({ minutesId: minutes.id, tokenHash: hashLinkSecret(key) });
      if (readerLink) return { editor: false, readerLink };
    }
    if (minutes.status === MinutesStatus.Published) {
      const event = await this.audience.findFor(minutes.eventId, viewer);
      if (!(await this.audience.isRestricted(event, viewer))) return { editor: false, readerLink: null };
    }
    // Those recorded present read the circulated draft, and the published minutes whose mail they
    // were sent, even where the event's audience would not let them in (present by hand, uninvited).
    if (
      ((minutes.status === MinutesStatus.Draft && minutes.circulatedAt) || minutes.status === MinutesStatus.Published) &&
      viewer &&
      (await this.repository.wasPresent(minutes.eventId, viewer.personId, viewer.email, presentRefs(minutes.content)))
    ) {
      return { editor: false, readerLink: null };
    }
    throw new MinutesNotFound();
  }
}
