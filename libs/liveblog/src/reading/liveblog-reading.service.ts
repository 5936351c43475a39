import { Injectable } from '@nestjs/common';
import { EventAudience, EventStatus, NetworkEvent, Viewer } from '@convene/events';
import { NotSignedIn, SignedIn } from '@convene/identity';
import { LiveParticipant, NotAllowedInSession, SessionAudience, personParticipant, toLiveMessage } from '@convene/live';
import { EventLiveblogListView, LiveblogChangesView, LiveblogDeletedEntryView, LiveblogEntryView, LiveblogView } from '../dto/liveblog.views';
import { LiveblogService } from '../entries/liveblog.service';
import { EntryNotFound } from '../liveblog.errors';

/** Reading needs no identity: every anonymous reader gets the same answer. */
const ANONYMOUS_READER: LiveParticipant = { key: 'anon:liveblog-reader', personId: null, anonymousId: null, signedIn: null };

/**
 * What readers of a liveblog get, and only when they may have it: a session's liveblog is for
 * its audience (SessionAudience), as every live page is; an event's list of liveblogs for those
 * who may see the event (EventAudience).
 */
@Injectable()
export class LiveblogReading {
  constructor(
    private readonly liveblog: LiveblogService,
    private readonly audience: SessionAudience,
    private readonly events: EventAudience,
  ) {}

  /** The session's liveblog: published entries (the newest `limit`), key moments, the pinned one, who speaks, and the sequence to follow from. */
  async read(sessionId: string, reader: SignedIn | null, limit: number): Promise<LiveblogView> {
    const session = await this.liveblog.liveblogSession(sessionId);
    const event = await this.assertCanFollow(sessionId, reader);
    // The sequence number first: a change that lands while the entries are read is then applied again, harmlessly.
    const lastSeq = await this.liveblog.lastSeq(sessionId);
    const [published, speakers, canEdit] = await Promise.all([
      this.liveblog.published(sessionId, limit),
      this.liveblog.speakers(sessionId),
      reader ? this.liveblog.canEdit(session, reader.person.id) : Promise.resolve(false),
    ]);
    return {
      session: { id: session.id, title: session.title, titleCy: session.titleCy, startsAt: session.startsAt, endsAt: session.endsAt, room: session.room, roomCy: session.roomCy, liveQa: session.liveQa },
      event: { id: event.id, slug: event.slug, title: event.title, titleCy: event.titleCy, timeZone: event.timeZone },
      chair: speakers.filter((speaker) => speaker.role === 'chair'),
      speakers: speakers.filter((speaker) => speaker.role !== 'chair'),
      ...published,
      lastSeq,
      canEdit,
    };
  }

  /** The changes after `since`, as the live events carry them. */
  async changes(sessionId: string, reader: SignedIn | null, since: number): Promise<LiveblogChangesView> {
    await this.liveblog.liveblogSession(sessionId);
    await this.assertCanFollow(sessionId, reader);
    const { changes, lastSeq, more } = await this.liveblog.changesSince(sessionId, since);
    return { changes: changes.map((change) => ({ ...toLiveMessage(change), entry: change.data.entry as LiveblogEntryView | LiveblogDeletedEntryView })), lastSeq, more };
  }

  /** One published entry of the session (its permalink). */
  async entry(sessionId: string, entryId: string, reader: SignedIn | null): Promise<LiveblogEntryView> {
    await this.liveblog.liveblogSession(sessionId);
    await this.assertCanFollow(sessionId, reader);
    const entry = await this.liveblog.publishedEntry(entryId);
    if (entry.sessionId !== sessionId) throw new EntryNotFound();
    return entry;
  }

  /** What the Atom feed shows: the session's title and its newest published entries. */
  async feed(sessionId: string, reader: SignedIn | null, limit: number): Promise<{ title: string; entries: LiveblogEntryView[] }> {
    const session = await this.liveblog.liveblogSession(sessionId);
    await this.assertCanFollow(sessionId, reader);
    const { entries } = await this.liveblog.published(sessionId, limit);
    return { title: session.title, entries };
  }

  /** The event's liveblogs in agenda order; none, and `restricted`, for whom its details are hidden (and while it is a draft). */
  async ofEvent(idOrSlug: string, viewer: Viewer | null): Promise<EventLiveblogListView> {
    const event = await this.events.findFor(idOrSlug, viewer);
    const about = { id: event.id, slug: event.slug, title: event.title, titleCy: event.titleCy };
    if (event.status === EventStatus.Draft || (await this.events.isRestricted(event, viewer))) return { event: about, restricted: true, items: [] };
    return { event: about, restricted: false, items: await this.liveblog.liveblogsOfEvent(event.id) };
  }

  /** The session's event, when the reader may follow it; NotSignedIn for anonymous readers who should sign in. */
  private async assertCanFollow(sessionId: string, reader: SignedIn | null): Promise<NetworkEvent> {
    const access = await this.audience.access(reader ? personParticipant(reader) : ANONYMOUS_READER, sessionId);
    if (!access.canFollow) {
      if (!reader) throw new NotSignedIn('Sign in to follow this liveblog: its event is not public');
      throw new NotAllowedInSession('This liveblog is for the members or invitees of its event');
    }
    return access.event;
  }
}
