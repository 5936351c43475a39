import { AgendaReads } from '@convene/events';
import { PeopleDirectory } from '@convene/identity';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Not, Repository } from 'typeorm';
import { EventLiveblogView } from '../dto/liveblog.views';
import { LiveblogEditor } from '../editors/liveblog-editor.entity';
import { LiveblogEntry, LiveblogEntryKind } from './liveblog-entry.entity';

/** What a new entry is made of: the rest (id, defaults) newEntry fills in. */
export type NewEntryFields = Partial<LiveblogEntry> &
  Pick<LiveblogEntry, 'sessionId' | 'kind' | 'language' | 'authorId' | 'clientId' | 'createdAt' | 'publishedAt'>;

/** Liveblog entries and editors: the queries, named for what they are for. */
@Injectable()
export class LiveblogRepository {
  constructor(
    @InjectRepository(LiveblogEntry) private readonly entries: Repository<LiveblogEntry>,
    @InjectRepository(LiveblogEditor) private readonly editors: Repository<LiveblogEditor>,
    private readonly agenda: AgendaReads,
    private readonly directory: PeopleDirectory,
  ) {}

  /**
   * A new entry with its id and creation time chosen here and every column set, so that its view
   * (what the editor is answered and what followers get) is known before it is stored.
   */
  newEntry(fields: NewEntryFields): LiveblogEntry {
    return Object.assign(this.entries.create(), {
      id: randomUUID(),
      body: '',
      bodyHtml: '',
      quotePersonId: null,
      quoteName: null,
      quoteOrganisation: null,
      imageUrl: null,
      imageAlt: null,
      pinned: false,
      editedAt: null,
      deletedAt: null,
      ...fields,
    });
  }

  /**
   * The insert of a new entry (INSERT ... RETURNING *), making no row when its idempotency key was
   * taken: for the live log to run in one statement with the entry's change (LiveLog.insertAndAppend).
   */
  insertOnceStatement(entry: LiveblogEntry): { sql: string; parameters: unknown[] } {
    const [sql, parameters] = this.entries.createQueryBuilder().insert().into(LiveblogEntry).values(entry).orIgnore().returning('*').getQueryAndParameters();
    return { sql, parameters };
  }

  /** Stores a new entry that has no change to log (a draft); false when its idempotency key was taken. */
  async insertOnce(entry: LiveblogEntry): Promise<boolean> {
    const { sql, parameters } = this.insertOnceStatement(entry);
    const rows: unknown[] = await this.entries.query(sql, parameters);
    return rows.length > 0;
  }

  byClientId(sessionId: string, authorId: string, clientId: string): Promise<LiveblogEntry | null> {
    return this.entries.findOneBy({ sessionId, authorId, clientId });
  }

  byId(id: string, tx?: EntityManager): Promise<LiveblogEntry | null> {
    return (tx?.getRepository(LiveblogEntry) ?? this.entries).findOneBy({ id });
  }

  /** Which of these entries of the session have been deleted. */
  async deletedAmong(sessionId: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: Array<{ id: string }> = await this.entries.query(
      `SELECT id FROM liveblog_entries WHERE session_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NOT NULL`,
      [sessionId, ids],
    );
    return rows.map((row) => row.id);
  }

  /** A live (not deleted) entry of this session, locked for the change. */
  lockOfSession(tx: EntityManager, sessionId: string, id: string): Promise<LiveblogEntry | null> {
    return tx.getRepository(LiveblogEntry).findOne({ where: { id, sessionId, deletedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  save(tx: EntityManager, entry: LiveblogEntry): Promise<LiveblogEntry> {
    return tx.getRepository(LiveblogEntry).save(entry);
  }

  /** Serialises pinning within a session (one pinned entry at a time). */
  async lockSessionPins(tx: EntityManager, sessionId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('liveblog-pin:' || $1))`, [sessionId]);
  }

  /** Unpins whatever is pinned in the session; returns the entries that were. */
  async unpinAll(tx: EntityManager, sessionId: string): Promise<LiveblogEntry[]> {
    const pinned = await tx.getRepository(LiveblogEntry).findBy({ sessionId, pinned: true, deletedAt: IsNull() });
    if (pinned.length) await tx.getRepository(LiveblogEntry).update({ sessionId, pinned: true }, { pinned: false });
    return pinned.map((entry) => ({ ...entry, pinned: false }));
  }

  /** What readers see: published, not deleted, newest first. */
  published(sessionId: string, limit: number): Promise<LiveblogEntry[]> {
    return this.entries.find({
      where: { sessionId, publishedAt: Not(IsNull()), deletedAt: IsNull() },
      order: { publishedAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  publishedCount(sessionId: string): Promise<number> {
    return this.entries.countBy({ sessionId, publishedAt: Not(IsNull()), deletedAt: IsNull() });
  }

  /** The key moments in the order they happened: the summary at the top. */
  keyMoments(sessionId: string): Promise<LiveblogEntry[]> {
    return this.entries.find({
      where: { sessionId, kind: LiveblogEntryKind.KeyMoment, publishedAt: Not(IsNull()), deletedAt: IsNull() },
      order: { publishedAt: 'ASC' },
      take: 100,
    });
  }

  /** The key moments of these sessions in the order they happened, without limit: for the minutes. */
  keyMomentsOf(sessionIds: string[]): Promise<LiveblogEntry[]> {
    return this.entries
      .createQueryBuilder('e')
      .where('e.sessionId IN (:...sessionIds)', { sessionIds })
      .andWhere('e.kind = :kind', { kind: LiveblogEntryKind.KeyMoment })
      .andWhere('e.publishedAt IS NOT NULL AND e.deletedAt IS NULL')
      .orderBy('e.publishedAt', 'ASC')
      .addOrderBy('e.id')
      .getMany();
  }

  pinned(sessionId: string): Promise<LiveblogEntry | null> {
    return this.entries.findOne({ where: { sessionId, pinned: true, deletedAt: IsNull(), publishedAt: Not(IsNull()) } });
  }

  drafts(sessionId: string): Promise<LiveblogEntry[]> {
    return this.entries.find({ where: { sessionId, publishedAt: IsNull(), deletedAt: IsNull() }, order: { createdAt: 'ASC' }, take: 200 });
  }

  async isNamedEditor(sessionId: string, personId: string): Promise<boolean> {
    return (await this.editors.countBy({ sessionId, personId })) > 0;
  }

  async addEditor(sessionId: string, personId: string, addedBy: string): Promise<void> {
    await this.editors.upsert({ sessionId, personId, addedBy }, ['sessionId', 'personId']);
  }

  async removeEditor(sessionId: string, personId: string): Promise<boolean> {
    return ((await this.editors.delete({ sessionId, personId })).affected ?? 0) > 0;
  }

  /** The session's editors by name, named as identity's directory has them. */
  async namedEditors(sessionId: string): Promise<Array<{ personId: string; name: string; organisation: string | null }>> {
    const editors = await this.editors.find({ select: { personId: true }, where: { sessionId } });
    const people = await this.directory.listed(editors.map((editor) => editor.personId));
    return people.map((person) => ({ personId: person.id, name: person.name, organisation: person.organisation }));
  }

  /** The event's sessions that have a liveblog, in agenda order, with how many entries each has. */
  async liveblogsOfEvent(eventId: string): Promise<EventLiveblogView[]> {
    const sessions = await this.agenda.liveblogSessionsOfEvent(eventId);
    const published: { sessionId: string; entries: number; lastPublishedAt: Date }[] = sessions.length
      ? await this.entries.query(
          `SELECT session_id AS "sessionId", COUNT(*)::int AS entries, MAX(published_at) AS "lastPublishedAt"
             FROM liveblog_entries WHERE session_id = ANY($1::uuid[]) AND published_at IS NOT NULL AND deleted_at IS NULL
            GROUP BY session_id`,
          [sessions.map((session) => session.id)],
        )
      : [];
    const bySession = new Map(published.map((row) => [row.sessionId, row]));
    return sessions.map((session) => ({
      sessionId: session.id,
      title: session.title,
      titleCy: session.titleCy,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      room: session.room,
      roomCy: session.roomCy,
      entries: bySession.get(session.id)?.entries ?? 0,
      lastPublishedAt: bySession.get(session.id)?.lastPublishedAt ?? null,
    }));
  }
}
