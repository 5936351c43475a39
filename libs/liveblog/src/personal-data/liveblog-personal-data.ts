import { Injectable } from '@nestjs/common';
import { ERASED_NAME, PersonalDataPart, PersonalDataSubject } from '@convene/identity';
import { eraseNamesFromLiveChanges } from '@convene/live';
import { EntityManager } from 'typeorm';
import { LIVEBLOG_STREAM } from '../entries/liveblog.service';

/**
 * Liveblog quotes, entries and editor rights in a person's export and erasure. A quote picked
 * from the session's speakers keeps its words (said in public, part of the session's record)
 * and is attributed to "Former participant"; entries they wrote as an editor stay, with an
 * author that has no name; their editor rights end. A quote attributed by a typed name has no
 * link to the person and is left as written.
 */
@Injectable()
export class LiveblogPersonalData implements PersonalDataPart {
  async names(manager: EntityManager, who: { personId: string }): Promise<string[]> {
    const rows: Array<{ name: string }> = await manager.query(
      `SELECT DISTINCT quote_name AS name FROM liveblog_entries WHERE quote_person_id = $1 AND quote_name IS NOT NULL`,
      [who.personId],
    );
    return rows.map((row) => row.name);
  }

  /** The sessions whose liveblog quotes the person (the minutes look for their name there). */
  async sessionIdsQuoting(manager: EntityManager, personId: string): Promise<string[]> {
    const rows: Array<{ sessionId: string }> = await manager.query(`SELECT DISTINCT session_id AS "sessionId" FROM liveblog_entries WHERE quote_person_id = $1`, [personId]);
    return rows.map((row) => row.sessionId);
  }

  async export(manager: EntityManager, subject: PersonalDataSubject): Promise<object> {
    const quotes = await manager.query(
      `SELECT id, session_id AS "sessionId", body, quote_name AS "quoteName", quote_organisation AS "quoteOrganisation",
              published_at AS "publishedAt", deleted_at AS "deletedAt"
         FROM liveblog_entries WHERE quote_person_id = $1 ORDER BY created_at`,
      [subject.personId],
    );
    const written = await manager.query(
      `SELECT id, session_id AS "sessionId", kind, body, created_at AS "createdAt", published_at AS "publishedAt", deleted_at AS "deletedAt"
         FROM liveblog_entries WHERE author_id = $1 ORDER BY created_at`,
      [subject.personId],
    );
    const editorOf = await manager.query(`SELECT session_id AS "sessionId", created_at AS "createdAt" FROM liveblog_editors WHERE person_id = $1 ORDER BY created_at`, [
      subject.personId,
    ]);
    return { quotes, written, editorOf };
  }

  async erase(tx: EntityManager, subject: PersonalDataSubject): Promise<void> {
    const [quoted] = (await tx.query(`UPDATE liveblog_entries SET quote_name = $2 WHERE quote_person_id = $1 AND quote_name IS NOT NULL RETURNING session_id`, [
      subject.personId,
      ERASED_NAME,
    ])) as [Array<{ session_id: string }>, number];
    await tx.query(`DELETE FROM liveblog_editors WHERE person_id = $1`, [subject.personId]);
    await eraseNamesFromLiveChanges(tx, [...new Set(quoted.map((row) => row.session_id))], [LIVEBLOG_STREAM], subject.names);
  }
}
