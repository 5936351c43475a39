import { BatchedLookup } from '@convene/core';
import { Injectable } from '@nestjs/common';
import { RegistrationContact, RegistrationReads } from '@convene/registration';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarItemSnapshot } from './items/calendar-item-state.entity';
import { ItemDraft } from './items/calendar-items';

export interface ItemState {
  uid: string;
  eventId: string;
  sessionId: string | null;
  sequence: number;
  fingerprint: string;
  snapshot: CalendarItemSnapshot;
  updatedAt: Date;
}

/** Live private feed URLs one address may hold at once; asking for one more ends the oldest. */
export const MAX_ACTIVE_FEEDS = 20;

const STATE_COLUMNS = `uid, event_id AS "eventId", session_id AS "sessionId", sequence, fingerprint, snapshot, updated_at AS "updatedAt"`;

/** The calendar's own tables (plain SQL: fan-outs read thousands of rows), and registrations batched as a mail batch asks for them. */
@Injectable()
export class CalendarRepository {
  // A mail batch builds its mails at once: their rows are read a query for the batch, not one each.
  private readonly registrationRows = new BatchedLookup<string, RegistrationContact>((ids) => this.registrations.contactsByIds(ids));
  private readonly itemStates = new BatchedLookup<string, ItemState>((uids) => this.readStates(uids));
  private readonly seatedWorkshops = new BatchedLookup<string, string[]>((ids) => this.registrations.workshopsByRegistration(ids, true));
  private readonly chosenWorkshops = new BatchedLookup<string, string[]>((ids) => this.registrations.workshopsByRegistration(ids, false));

  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationReads,
  ) {}

  /**
   * Item states by uid. Inside a transaction, read there; otherwise gathered with the other
   * lookups of the same turn into one query (a mail batch asks a hundred times at once).
   */
  async states(uids: string[], tx?: EntityManager): Promise<Map<string, ItemState>> {
    if (!uids.length) return new Map();
    const found = tx ? [...(await this.readStates(uids, tx)).values()] : await Promise.all(uids.map((uid) => this.itemStates.get(uid)));
    return new Map(found.filter((state): state is ItemState => Boolean(state)).map((state) => [state.uid, state]));
  }

  private async readStates(uids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ItemState>> {
    const rows: ItemState[] = await manager.query(`SELECT ${STATE_COLUMNS} FROM calendar_items WHERE uid = ANY($1)`, [uids]);
    return new Map(rows.map((row) => [row.uid, row]));
  }

  statesOfEvent(tx: EntityManager, eventId: string): Promise<ItemState[]> {
    return tx.query(`SELECT ${STATE_COLUMNS} FROM calendar_items WHERE event_id = $1 FOR UPDATE`, [eventId]);
  }

  /** Items sent for the first time start at sequence 0 with what they show now; known ones keep theirs. */
  async ensure(drafts: Array<ItemDraft & { fingerprint: string }>): Promise<Map<string, ItemState>> {
    if (!drafts.length) return new Map();
    await this.dataSource.query(
      `INSERT INTO calendar_items (uid, event_id, session_id, sequence, fingerprint, snapshot)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::jsonb[])
       ON CONFLICT (uid) DO NOTHING`,
      [
        drafts.map((d) => d.uid),
        drafts.map((d) => d.eventId),
        drafts.map((d) => d.sessionId),
        drafts.map(() => 0),
        drafts.map((d) => d.fingerprint),
        drafts.map((d) => JSON.stringify(d.snapshot)),
      ],
    );
    return this.states(drafts.map((d) => d.uid));
  }

  /** One more sequence for an item (a cancellation sent to one delegate); returns it. */
  async bump(draft: ItemDraft & { fingerprint: string }): Promise<number> {
    const rows: { sequence: number }[] = await this.dataSource.query(
      `INSERT INTO calendar_items (uid, event_id, session_id, sequence, fingerprint, snapshot) VALUES ($1, $2, $3, 1, $4, $5)
       ON CONFLICT (uid) DO UPDATE SET sequence = calendar_items.sequence + 1, updated_at = now()
       RETURNING sequence`,
      [draft.uid, draft.eventId, draft.sessionId, draft.fingerprint, JSON.stringify(draft.snapshot)],
    );
    return rows[0].sequence;
  }

  /** The item changed: next sequence, with what it shows now. */
  async advance(tx: EntityManager, draft: ItemDraft, fingerprint: string): Promise<number> {
    const rows: { sequence: number }[] = await tx.query(
      `UPDATE calendar_items SET sequence = sequence + 1, fingerprint = $2, snapshot = $3, updated_at = now() WHERE uid = $1 RETURNING sequence`,
      [draft.uid, fingerprint, JSON.stringify(draft.snapshot)],
    );
    return rows[0].sequence;
  }

  async registration(id: string): Promise<RegistrationContact | null> {
    if (!isUuid(id)) return null;
    return (await this.registrationRows.get(id)) ?? null;
  }

  /** Workshops the registration chose; with `seated`, only those it holds a seat in. */
  async workshopsOf(registrationId: string, seated: boolean): Promise<string[]> {
    return (await (seated ? this.seatedWorkshops : this.chosenWorkshops).get(registrationId)) ?? [];
  }

  async requestSync(eventId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO calendar_sync_requests (event_id, requested_at) VALUES ($1, clock_timestamp())
       ON CONFLICT (event_id) DO UPDATE SET requested_at = clock_timestamp()`,
      [eventId],
    );
  }

  async markSynced(tx: EntityManager, eventId: string, startedAt: Date): Promise<void> {
    await tx.query(`UPDATE calendar_sync_requests SET synced_at = $2 WHERE event_id = $1`, [eventId, startedAt]);
  }

  /** When the event's last change was asked to be synced (null: never). */
  async syncRequestedAt(eventId: string): Promise<Date | null> {
    const rows: { requestedAt: Date }[] = await this.dataSource.query(`SELECT requested_at AS "requestedAt" FROM calendar_sync_requests WHERE event_id = $1`, [eventId]);
    return rows[0]?.requestedAt ?? null;
  }

  async unsyncedEventIds(): Promise<string[]> {
    const rows: { eventId: string }[] = await this.dataSource.query(
      `SELECT event_id AS "eventId" FROM calendar_sync_requests WHERE synced_at IS NULL OR requested_at > synced_at`,
    );
    return rows.map((row) => row.eventId);
  }

  async now(): Promise<Date> {
    const rows: { now: Date }[] = await this.dataSource.query(`SELECT clock_timestamp() AS now`);
    return rows[0].now;
  }

  // Feeds

  /**
   * With `replace`, the address's older feed URLs stop working (the delegate asked for a new one).
   * Without, they keep working, but only the newest MAX_ACTIVE_FEEDS: an address never holds an
   * unbounded number of live secrets, however often a feed is asked for.
   */
  async createFeed(email: string, tokenHash: string, replace: boolean): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      // A feed already made with this secret (the same mail built again) is left as it is.
      const created: { id: string }[] = await tx.query(
        `INSERT INTO calendar_feeds (email, token_hash) VALUES ($1, $2) ON CONFLICT (token_hash) DO NOTHING RETURNING id`,
        [email, tokenHash],
      );
      const id = created[0]?.id;
      if (!id) return;
      if (replace) await tx.query(`UPDATE calendar_feeds SET revoked_at = now() WHERE email = $1 AND revoked_at IS NULL AND id <> $2`, [email, id]);
      else {
        await tx.query(
          `UPDATE calendar_feeds SET revoked_at = now()
            WHERE id IN (SELECT id FROM calendar_feeds WHERE email = $1 AND revoked_at IS NULL AND id <> $2 ORDER BY created_at DESC, id OFFSET $3)`,
          [email, id, MAX_ACTIVE_FEEDS - 1],
        );
      }
    });
  }

  async revokeFeeds(email: string): Promise<number> {
    const [, affected] = (await this.dataSource.query(`UPDATE calendar_feeds SET revoked_at = now() WHERE email = $1 AND revoked_at IS NULL`, [email])) as [unknown, number];
    return affected;
  }

  async feedEmail(tokenHash: string): Promise<string | null> {
    const rows: { email: string }[] = await this.dataSource.query(`SELECT email FROM calendar_feeds WHERE token_hash = $1 AND revoked_at IS NULL`, [tokenHash]);
    return rows[0]?.email ?? null;
  }

}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
