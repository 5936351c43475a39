import { Injectable } from '@nestjs/common';
import { AgendaReads, AgendaService, AgendaSession, EventsService } from '@convene/events';
import { PeopleService } from '@convene/identity';
import { LiveBroadcaster, LiveChange, LiveLog } from '@convene/live';
import { DataSource, EntityManager } from 'typeorm';
import { CreateLiveblogEntryDto, UpdateLiveblogEntryDto } from '../dto/liveblog-entry.dto';
import { LiveblogEntryView, LiveblogSpeakerView } from '../dto/liveblog.views';
import { EditorNotFound, EntryNotFound, EntryStateConflict, InvalidEntry, LiveblogNotEnabled, NotLiveblogEditor, PersonNotFound } from '../liveblog.errors';
import { renderMarkdown } from '../markdown/render-markdown';
import { LiveblogEntry, LiveblogEntryKind } from './liveblog-entry.entity';
import { toEntryView } from './liveblog-entry.view';
import { LiveblogRepository } from './liveblog.repository';

export type LiveblogChangeType = 'posted' | 'edited' | 'deleted' | 'pinned' | 'unpinned';

/** Who is writing: a signed-in person. */
export interface LiveblogAuthor {
  personId: string;
}

/** A key moment as the minutes record it. */
export interface KeyMoment {
  sessionId: string;
  body: string;
}

export interface PostResult {
  entry: LiveblogEntryView;
  /** False when an earlier request with the same idempotency key made it. */
  created: boolean;
}

/** The live stream of a session that liveblog changes go to (sequence numbers, broadcasts, `?since=`). */
export const LIVEBLOG_STREAM = 'liveblog';

/** How many changes one `?since=N` answer carries at most. */
export const LIVEBLOG_CATCH_UP_LIMIT = 500;

/** A change made inside a liveblog transaction: appended to the session's LiveLog there, broadcast after commit. */
interface PendingLiveblogChange {
  sessionId: string;
  type: LiveblogChangeType;
  entry: LiveblogEntryView | { id: string };
}

/** Posting, editing, pinning and deleting liveblog entries: the rules live here. */
@Injectable()
export class LiveblogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entries: LiveblogRepository,
    private readonly agenda: AgendaService,
    private readonly programme: AgendaReads,
    private readonly events: EventsService,
    private readonly liveLog: LiveLog,
    private readonly broadcaster: LiveBroadcaster,
    private readonly people: PeopleService,
  ) {}

  /** The session, if it has a liveblog. */
  async liveblogSession(sessionId: string): Promise<AgendaSession> {
    const session = await this.agenda.getSession(sessionId);
    if (!session.liveblog) throw new LiveblogNotEnabled();
    return session;
  }

  /** The session's chair, a named editor, or an organiser of its event (network organisers and admins too). */
  async canEdit(session: AgendaSession, personId: string): Promise<boolean> {
    // Asked together: one round trip's wait before a post goes out, where one after another was three.
    const grants = await Promise.all([
      this.entries.isNamedEditor(session.id, personId),
      this.agenda.holdsRole(session.id, personId, 'chair'),
      this.events.isOrganiser(session.eventId, personId),
    ]);
    return grants.some(Boolean);
  }

  /**
   * The session and the editor's grants, asked at once: one wait before a post goes out, where
   * the session's read and then the grants were two (each wait grows with the machine's load).
   * A missing session or liveblog still answers before a refused editor.
   */
  async assertEditor(sessionId: string, author: LiveblogAuthor): Promise<AgendaSession> {
    const [session, ...grants] = await Promise.all([
      this.liveblogSession(sessionId),
      this.entries.isNamedEditor(sessionId, author.personId),
      this.agenda.holdsRole(sessionId, author.personId, 'chair'),
      this.events.isOrganiserOfSession(sessionId, author.personId),
    ]);
    if (!grants.some(Boolean)) throw new NotLiveblogEditor();
    return session;
  }

  /** Posts (or drafts) an entry; the same idempotency key from the same author returns the first entry. */
  async post(sessionId: string, author: LiveblogAuthor, input: CreateLiveblogEntryDto, idempotencyKey?: string): Promise<PostResult> {
    await this.assertEditor(sessionId, author);
    const clientId = idempotencyKey ?? input.clientId ?? null;
    const fields = await this.entryFields(sessionId, input.kind, input);
    const now = new Date();
    const entry = this.entries.newEntry({
      ...fields,
      sessionId,
      kind: input.kind,
      language: input.language ?? 'en',
      authorId: author.personId,
      clientId,
      createdAt: now,
      publishedAt: input.draft ? null : now,
    });
    const view = toEntryView(entry);
    // The entry and its change on the live log in one statement: the post waits on one round trip
    // before its broadcast, where a transaction waited on four (issue 17). A draft has no change.
    const made =
      view.status === 'published'
        ? await this.liveLog.insertAndAppend(this.entries.insertOnceStatement(entry), sessionId, LIVEBLOG_STREAM, 'posted', { entry: view })
        : (await this.entries.insertOnce(entry)) && { change: null };
    if (!made) {
      // The key was taken, by an earlier request or a concurrent retry that won the insert: answer with its entry.
      const earlier = clientId ? await this.entries.byClientId(sessionId, author.personId, clientId) : null;
      if (!earlier) throw new EntryStateConflict('The entry could not be saved; try again');
      return { entry: toEntryView(earlier), created: false };
    }
    if (made.change) this.announce([made.change]);
    return { entry: view, created: true };
  }

  /** Changes an entry's text, attribution or image; published entries are marked edited. */
  async edit(sessionId: string, entryId: string, author: LiveblogAuthor, input: UpdateLiveblogEntryDto): Promise<LiveblogEntryView> {
    await this.assertEditor(sessionId, author);
    return this.change(sessionId, entryId, async (tx, entry) => {
      const merged = mergeEdit(entry, input);
      const fields = await this.entryFields(sessionId, entry.kind, merged);
      Object.assign(entry, fields);
      if (input.language) entry.language = input.language;
      if (entry.publishedAt) entry.editedAt = new Date();
      const saved = toEntryView(await this.entries.save(tx, entry));
      return [saved, saved.status === 'published' ? [{ sessionId, type: 'edited', entry: saved }] : []];
    });
  }

  /** Publishes a draft (one click). */
  async publish(sessionId: string, entryId: string, author: LiveblogAuthor): Promise<LiveblogEntryView> {
    await this.assertEditor(sessionId, author);
    return this.change(sessionId, entryId, async (tx, entry) => {
      if (entry.publishedAt) throw new EntryStateConflict('This entry is already published');
      entry.publishedAt = new Date();
      const saved = toEntryView(await this.entries.save(tx, entry));
      return [saved, [{ sessionId, type: 'posted', entry: saved }]];
    });
  }

  /** Soft-deletes an entry: readers lose it at once; the row stays for the record. */
  async remove(sessionId: string, entryId: string, author: LiveblogAuthor): Promise<void> {
    await this.assertEditor(sessionId, author);
    await this.change(sessionId, entryId, async (tx, entry) => {
      const wasPublished = Boolean(entry.publishedAt);
      entry.deletedAt = new Date();
      entry.pinned = false;
      const saved = toEntryView(await this.entries.save(tx, entry));
      return [saved, wasPublished ? [{ sessionId, type: 'deleted', entry: { id: entry.id } }] : []];
    });
  }

  /** Pins a published entry (unpinning any other), or unpins it. */
  async pin(sessionId: string, entryId: string, author: LiveblogAuthor, pinned: boolean): Promise<LiveblogEntryView> {
    await this.assertEditor(sessionId, author);
    return this.change(sessionId, entryId, async (tx, entry) => {
      if (!entry.publishedAt) throw new EntryStateConflict('Publish the entry before pinning it');
      await this.entries.lockSessionPins(tx, sessionId);
      const changes: PendingLiveblogChange[] = [];
      if (pinned) {
        for (const other of await this.entries.unpinAll(tx, sessionId)) {
          if (other.id !== entry.id) changes.push({ sessionId, type: 'unpinned', entry: toEntryView(other) });
        }
      }
      entry.pinned = pinned;
      const saved = toEntryView(await this.entries.save(tx, entry));
      changes.push({ sessionId, type: pinned ? 'pinned' : 'unpinned', entry: saved });
      return [saved, changes];
    });
  }

  /** Readers' view of the entries: published, newest first. */
  async published(sessionId: string, limit: number): Promise<{ entries: LiveblogEntryView[]; keyMoments: LiveblogEntryView[]; pinned: LiveblogEntryView | null; total: number }> {
    const [entries, keyMoments, pinned, total] = await Promise.all([
      this.entries.published(sessionId, limit),
      this.entries.keyMoments(sessionId),
      this.entries.pinned(sessionId),
      this.entries.publishedCount(sessionId),
    ]);
    return { entries: entries.map(toEntryView), keyMoments: keyMoments.map(toEntryView), pinned: pinned ? toEntryView(pinned) : null, total };
  }

  async drafts(sessionId: string, author: LiveblogAuthor): Promise<LiveblogEntryView[]> {
    await this.assertEditor(sessionId, author);
    return (await this.entries.drafts(sessionId)).map(toEntryView);
  }

  /** A published entry by id (its permalink), with its session id. */
  async publishedEntry(entryId: string): Promise<LiveblogEntryView> {
    const entry = await this.entries.byId(entryId);
    if (!entry || !entry.publishedAt || entry.deletedAt) throw new EntryNotFound();
    return toEntryView(entry);
  }

  /** The published key moments of these sessions, oldest first, as Markdown: for the minutes. */
  async keyMomentsOf(sessionIds: string[]): Promise<KeyMoment[]> {
    if (!sessionIds.length) return [];
    return (await this.entries.keyMomentsOf(sessionIds)).map((entry) => ({ sessionId: entry.sessionId, body: entry.body }));
  }

  /** The session's confirmed programme people, chair first (the agenda's). */
  speakers(sessionId: string): Promise<LiveblogSpeakerView[]> {
    return this.programme.confirmedProgrammeOf(sessionId);
  }

  liveblogsOfEvent(eventId: string) {
    return this.entries.liveblogsOfEvent(eventId);
  }

  namedEditors(sessionId: string) {
    return this.entries.namedEditors(sessionId);
  }

  async addEditor(sessionId: string, personId: string, addedBy: string): Promise<void> {
    await this.liveblogSession(sessionId);
    const person = await this.people.find(personId);
    if (!person || person.erasedAt) throw new PersonNotFound();
    await this.entries.addEditor(sessionId, personId, addedBy);
  }

  async removeEditor(sessionId: string, personId: string): Promise<void> {
    await this.liveblogSession(sessionId);
    if (!(await this.entries.removeEditor(sessionId, personId))) throw new EditorNotFound();
  }

  /** Loads and locks an entry of THIS session, applies the change, records it, announces after commit. */
  private async change(
    sessionId: string,
    entryId: string,
    apply: (tx: EntityManager, entry: LiveblogEntry) => Promise<[LiveblogEntryView, PendingLiveblogChange[]]>,
  ): Promise<LiveblogEntryView> {
    const recorded: LiveChange[] = [];
    const view = await this.dataSource.transaction(async (tx) => {
      const entry = await this.entries.lockOfSession(tx, sessionId, entryId);
      if (!entry) throw new EntryNotFound();
      const [saved, changes] = await apply(tx, entry);
      for (const change of changes) recorded.push(await this.record(tx, change));
      return saved;
    });
    this.announce(recorded);
    return view;
  }

  /**
   * Changes of the session's liveblog after `afterSeq`, oldest first, at most LIVEBLOG_CATCH_UP_LIMIT
   * (`more` says to ask again from the last one), and the stream's last seq. An entry deleted since
   * is replayed as its id only: readers lost it at once, a replay must not bring its text back.
   */
  async changesSince(sessionId: string, afterSeq: number): Promise<{ changes: LiveChange[]; lastSeq: number; more: boolean }> {
    const [changes, lastSeq] = await Promise.all([this.liveLog.since(sessionId, LIVEBLOG_STREAM, afterSeq, LIVEBLOG_CATCH_UP_LIMIT), this.lastSeq(sessionId)]);
    const ids = [...new Set(changes.map((change) => (change.data.entry as { id: string }).id))];
    const deleted = new Set(await this.entries.deletedAmong(sessionId, ids));
    const safe = changes.map((change) => {
      const id = (change.data.entry as { id: string }).id;
      return deleted.has(id) ? { ...change, data: { ...change.data, entry: { id } } } : change;
    });
    return { changes: safe, lastSeq, more: changes.length > 0 && changes[changes.length - 1].seq < lastSeq };
  }

  async lastSeq(sessionId: string): Promise<number> {
    return (await this.liveLog.lastSeqs(sessionId))[LIVEBLOG_STREAM] ?? 0;
  }

  /** In the change's transaction: takes the stream's next sequence number. */
  private record(tx: EntityManager, change: PendingLiveblogChange): Promise<LiveChange> {
    return this.liveLog.append(tx, change.sessionId, LIVEBLOG_STREAM, change.type, { entry: change.entry });
  }

  /** After commit: to every follower, on every API instance. */
  private announce(recorded: LiveChange[]): void {
    if (recorded.length) this.broadcaster.publish(recorded);
  }

  /** Checks the fields against the kind and renders the body. */
  private async entryFields(sessionId: string, kind: LiveblogEntryKind, input: EntryInput): Promise<Partial<LiveblogEntry>> {
    const body = input.body ?? '';
    const quoteFields = input.quotePersonId !== undefined || input.quoteName !== undefined || input.quoteOrganisation !== undefined;
    const imageFields = input.imageUrl !== undefined || input.imageAlt !== undefined;
    if (kind !== LiveblogEntryKind.Quote && quoteFields) throw new InvalidEntry('quoteName', 'Only quotes are attributed to a speaker');
    if (kind !== LiveblogEntryKind.Image && imageFields) throw new InvalidEntry('imageUrl', 'Only image entries have an image');
    if (kind !== LiveblogEntryKind.Image && !body.trim()) throw new InvalidEntry('body', 'Write something: the body is empty');
    const fields: Partial<LiveblogEntry> = { body, bodyHtml: body.trim() ? renderMarkdown(body) : '' };
    if (kind === LiveblogEntryKind.Quote) {
      if (input.quotePersonId && input.quoteName) {
        throw new InvalidEntry('quoteName', 'Attribute the quote to a speaker of the session or to a name, not both');
      }
      if (input.quotePersonId) {
        const speaker = (await this.speakers(sessionId)).find((row) => row.personId === input.quotePersonId);
        if (!speaker) throw new InvalidEntry('quotePersonId', 'That person is not a confirmed speaker of this session');
        Object.assign(fields, { quotePersonId: speaker.personId, quoteName: speaker.name, quoteOrganisation: speaker.organisation });
      } else if (input.quoteName) {
        Object.assign(fields, { quotePersonId: null, quoteName: input.quoteName, quoteOrganisation: input.quoteOrganisation || null });
      } else {
        throw new InvalidEntry('quoteName', 'Say who is quoted: a speaker of the session (quotePersonId) or a name');
      }
    }
    if (kind === LiveblogEntryKind.Image) {
      if (!input.imageUrl) throw new InvalidEntry('imageUrl', 'An image entry needs the address of the image (http or https)');
      if (!input.imageAlt?.trim()) throw new InvalidEntry('imageAlt', 'Describe the image in imageAlt for people who cannot see it');
      Object.assign(fields, { imageUrl: input.imageUrl, imageAlt: input.imageAlt.trim() });
    }
    return fields;
  }
}

type EntryInput = Pick<UpdateLiveblogEntryDto, 'body' | 'quotePersonId' | 'quoteName' | 'quoteOrganisation' | 'imageUrl' | 'imageAlt'>;

/** The edit's fields on top of the entry's (fields that do not fit the kind are passed on, to be refused). */
function mergeEdit(entry: LiveblogEntry, input: UpdateLiveblogEntryDto): EntryInput {
  const merged: EntryInput = { ...input, body: input.body ?? entry.body };
  if (entry.kind === LiveblogEntryKind.Quote && input.quotePersonId === undefined && input.quoteName === undefined) {
    // The attribution stays; a typed name may get a new organisation.
    if (entry.quotePersonId) merged.quotePersonId = entry.quotePersonId;
    else Object.assign(merged, { quoteName: entry.quoteName ?? undefined, quoteOrganisation: input.quoteOrganisation ?? entry.quoteOrganisation ?? undefined });
  }
  if (entry.kind === LiveblogEntryKind.Image) {
    Object.assign(merged, { imageUrl: input.imageUrl ?? entry.imageUrl ?? undefined, imageAlt: input.imageAlt ?? entry.imageAlt ?? undefined });
  }
  return merged;
}
