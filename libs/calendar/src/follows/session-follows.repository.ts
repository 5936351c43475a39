import type { Language } from '@convene/i18n';
import { Injectable } from '@nestjs/common';
import type { MailsInStatement } from '@convene/notifications';
import { DataSource, EntityManager } from 'typeorm';

export interface FollowRow {
  id: string;
  sessionId: string;
  eventId: string;
  personId: string | null;
  email: string | null;
  confirmedAt: Date | null;
  language: Language;
}

/** Who gets the session-start mail: confirmed follows, by their address now. */
export interface FollowerAddress {
  followId: string;
  sessionId: string;
  email: string;
  /** A signed-in follower's saved language, else the one they followed in. */
  language: Language;
}

const FOLLOWER_ADDRESSES = `
  SELECT f.id AS "followId", f.session_id AS "sessionId", COALESCE(p.email, f.email) AS email, COALESCE(p.language, f.language) AS language
    FROM session_follows f
    LEFT JOIN people p ON p.id = f.person_id
   WHERE f.confirmed_at IS NOT NULL AND COALESCE(p.email, f.email) IS NOT NULL`;

const COLUMNS = `id, session_id AS "sessionId", event_id AS "eventId", person_id AS "personId", email, confirmed_at AS "confirmedAt", language`;

@Injectable()
export class SessionFollowsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<FollowRow | null> {
    const rows: FollowRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM session_follows WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async ofPerson(sessionId: string, personId: string): Promise<FollowRow | null> {
    const rows: FollowRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM session_follows WHERE session_id = $1 AND person_id = $2`, [sessionId, personId]);
    return rows[0] ?? null;
  }

  /** A signed-in person's follow, confirmed at once; following twice is one follow. */
  async followAsPerson(sessionId: string, eventId: string, personId: string, language: Language): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO session_follows (session_id, event_id, person_id, confirmed_at, language) VALUES ($1, $2, $3, now(), $4)
       ON CONFLICT (session_id, person_id) WHERE person_id IS NOT NULL DO NOTHING`,
      [sessionId, eventId, personId, language],
    );
  }

  /** An address's follow, pending until confirmed (an existing one, confirmed or not, is kept). */
  async followByEmail(tx: EntityManager, sessionId: string, eventId: string, email: string, language: Language): Promise<FollowRow> {
    await tx.query(
      `INSERT INTO session_follows (session_id, event_id, email, language) VALUES ($1, $2, $3, $4)
       ON CONFLICT (session_id, email) WHERE email IS NOT NULL DO NOTHING`,
      [sessionId, eventId, email, language],
    );
    const rows: FollowRow[] = await tx.query(`SELECT ${COLUMNS} FROM session_follows WHERE session_id = $1 AND email = $2`, [sessionId, email]);
    return rows[0];
  }

  /**
   * Records the mail (the caller's MailsInStatement) unless the follow is confirmed: the same one
   * statement either way. The new mail's id, if one was recorded.
   */
  async recordUnlessConfirmed(tx: EntityManager, follow: FollowRow, mail: MailsInStatement): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(mail.sql(1, 'NOT $2::boolean'), [mail.param, follow.confirmedAt !== null]);
    return rows.map((row) => row.id);
  }

  async confirm(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE session_follows SET confirmed_at = now() WHERE id = $1 AND confirmed_at IS NULL`, [id]);
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM session_follows WHERE id = $1`, [id]);
  }

  async removeOfPerson(sessionId: string, personId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM session_follows WHERE session_id = $1 AND person_id = $2`, [sessionId, personId]);
  }

  /** Confirmed followers' addresses: a person's current one (none once erased), or the one given. */
  followerAddresses(tx: EntityManager, sessionId: string): Promise<FollowerAddress[]> {
    return tx.query(`${FOLLOWER_ADDRESSES} AND f.session_id = $1 ORDER BY f.id`, [sessionId]);
  }

  /** The same, for every session of an event. */
  followerAddressesOfEvent(tx: EntityManager, eventId: string): Promise<FollowerAddress[]> {
    return tx.query(`${FOLLOWER_ADDRESSES} AND f.event_id = $1 ORDER BY f.id`, [eventId]);
  }

  /** Sessions of the event that someone follows (confirmed). */
  async followedSessionsOf(eventId: string): Promise<string[]> {
    const rows: { sessionId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT session_id AS "sessionId" FROM session_follows WHERE event_id = $1 AND confirmed_at IS NOT NULL`,
      [eventId],
    );
    return rows.map((row) => row.sessionId);
  }

  /** Which of these sessions someone follows (confirmed), with their events. */
  async followedAmong(sessionIds: string[]): Promise<Array<{ eventId: string; sessionId: string }>> {
    if (!sessionIds.length) return [];
    return this.dataSource.query(
      `SELECT DISTINCT event_id AS "eventId", session_id AS "sessionId" FROM session_follows
        WHERE confirmed_at IS NOT NULL AND session_id = ANY($1::uuid[])`,
      [sessionIds],
    );
  }
}
