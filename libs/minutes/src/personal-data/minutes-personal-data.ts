import { Injectable } from '@nestjs/common';
import { ERASED_NAME, PersonalDataPart, PersonalDataSubject, isOneOfNames, withoutNames } from '@convene/identity';
import { AgendaReads } from '@convene/events';
import { LiveblogPersonalData } from '@convene/liveblog';
import { QaPersonalData } from '@convene/qa';
import { RegistrationReads } from '@convene/registration';
import { EntityManager } from 'typeorm';
import type { MinutesContent } from '../minutes/minutes-content';
import { minutesWithoutNames } from './minutes-without-names';

/**
 * The events whose minutes may name a person ($1, address $2): those other libs linked them to
 * ($3: a place or apologies, the programme, a question or a turn at the floor, a quote; see
 * eventsLinkedTo), and those where the minutes' own records point at them.
 */
const EVENTS_OF_PERSON = `
  SELECT unnest($3::uuid[])
  UNION SELECT m.event_id FROM minutes_actions x JOIN minutes m ON m.id = x.minutes_id WHERE x.owner_person_id = $1
  UNION SELECT m.event_id FROM minutes_comments c JOIN minutes m ON m.id = c.minutes_id WHERE c.author_id = $1
  UNION SELECT m.event_id FROM minutes_reader_links l JOIN minutes m ON m.id = l.minutes_id WHERE l.person_id = $1 OR ($2::text IS NOT NULL AND l.email = lower($2))
  UNION SELECT m.event_id FROM minutes m
         WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(m.content->'mattersArising', '[]'::jsonb)) matter
                        WHERE matter->>'actionId' IN (SELECT id::text FROM minutes_actions WHERE owner_person_id = $1))`;

/**
 * Minutes in a person's export and erasure. The minutes are the network's formal record, and
 * we decided that erasure reaches them anyway, published ones too: in the minutes of every
 * meeting the person took part in, their names become "Former participant" (Present and
 * Apologies entries stay, without affiliation, so attendance still counts; see
 * minutesWithoutNames), in the current content and in every kept revision, in the actions of
 * those minutes and in the corrections suggested on them. The version is not raised: an
 * erasure is not an edit. What they wrote (comments) stays, by an author without a name.
 */
@Injectable()
export class MinutesPersonalData implements PersonalDataPart {
  constructor(
    private readonly registrations: RegistrationReads,
    private readonly agenda: AgendaReads,
    private readonly qa: QaPersonalData,
    private readonly liveblog: LiveblogPersonalData,
  ) {}

  async names(manager: EntityManager, who: { personId: string }): Promise<string[]> {
    const rows: Array<{ name: string }> = await manager.query(
      `SELECT DISTINCT owner_name AS name FROM minutes_actions WHERE owner_person_id = $1 AND owner_name IS NOT NULL`,
      [who.personId],
    );
    return rows.map((row) => row.name);
  }

  async export(manager: EntityManager, subject: PersonalDataSubject): Promise<object> {
    const actions = await manager.query(
      `SELECT id, minutes_id AS "minutesId", description, owner_name AS "ownerName", due_date AS "dueDate", status, done_note AS "doneNote", done_at AS "doneAt"
         FROM minutes_actions WHERE owner_person_id = $1 ORDER BY created_at`,
      [subject.personId],
    );
    const comments = await manager.query(
      `SELECT id, minutes_id AS "minutesId", item_key AS "itemKey", body, replacement, status, created_at AS "createdAt"
         FROM minutes_comments WHERE author_id = $1 ORDER BY created_at`,
      [subject.personId],
    );
    const minutes: Array<{ id: string; eventId: string; status: string; content: MinutesContent }> = await manager.query(
      `SELECT id, event_id AS "eventId", status, content FROM minutes WHERE event_id IN (${EVENTS_OF_PERSON}) ORDER BY created_at`,
      [subject.personId, subject.email, await this.eventsLinkedTo(manager, subject)],
    );
    const namedIn = minutes
      .map(({ id, eventId, status, content }) => ({
        id,
        eventId,
        title: content.title,
        date: content.date,
        status,
        present: (content.present ?? []).some((group) => group.people.some((person) => isOneOfNames(person.name, subject.names))),
        apologies: (content.apologies ?? []).some((person) => isOneOfNames(person.name, subject.names)),
        mentioned: JSON.stringify(minutesWithoutNames(content, subject.names)) !== JSON.stringify(content),
      }))
      .filter((entry) => entry.mentioned)
      .map(({ mentioned: _mentioned, ...entry }) => entry);
    return { actions, comments, minutes: namedIn };
  }

  async erase(tx: EntityManager, subject: PersonalDataSubject): Promise<void> {
    // The draft links mailed to them stop working and forget the address; their corrections stay, by "Someone".
    await tx.query(`DELETE FROM minutes_reader_links WHERE person_id = $1 OR ($2::text IS NOT NULL AND email = lower($2))`, [subject.personId, subject.email]);
    await tx.query(`UPDATE minutes_actions SET owner_name = $2, updated_at = now() WHERE owner_person_id = $1 AND owner_name IS NOT NULL`, [subject.personId, ERASED_NAME]);
    if (subject.names.length === 0) return;
    const minutes: Array<{ id: string; content: MinutesContent }> = await tx.query(
      `SELECT id, content FROM minutes WHERE event_id IN (${EVENTS_OF_PERSON}) FOR UPDATE`,
      [subject.personId, subject.email, await this.eventsLinkedTo(tx, subject)],
    );
    if (minutes.length === 0) return;
    const ids = minutes.map((row) => row.id);
    for (const row of minutes) await this.rewrite(tx, 'minutes', row.id, row.content, subject.names);
    const revisions: Array<{ id: string; content: MinutesContent }> = await tx.query(`SELECT id, content FROM minutes_revisions WHERE minutes_id = ANY($1::uuid[])`, [ids]);
    for (const row of revisions) await this.rewrite(tx, 'minutes_revisions', row.id, row.content, subject.names);

    const actions: Array<{ id: string; description: string; owner_name: string | null }> = await tx.query(
      `SELECT id, description, owner_name FROM minutes_actions WHERE minutes_id = ANY($1::uuid[])`,
      [ids],
    );
    for (const action of actions) {
      const ownerName = action.owner_name === null ? null : isOneOfNames(action.owner_name, subject.names) ? ERASED_NAME : withoutNames(action.owner_name, subject.names);
      const description = withoutNames(action.description, subject.names);
      if (ownerName === action.owner_name && description === action.description) continue;
      await tx.query(`UPDATE minutes_actions SET owner_name = $2, description = $3, updated_at = now() WHERE id = $1`, [action.id, ownerName, description]);
    }
    const comments: Array<{ id: string; body: string; replacement: string | null }> = await tx.query(
      `SELECT id, body, replacement FROM minutes_comments WHERE minutes_id = ANY($1::uuid[])`,
      [ids],
    );
    for (const comment of comments) {
      const body = withoutNames(comment.body, subject.names);
      const replacement = comment.replacement === null ? null : withoutNames(comment.replacement, subject.names);
      if (body === comment.body && replacement === comment.replacement) continue;
      await tx.query(`UPDATE minutes_comments SET body = $2, replacement = $3 WHERE id = $1`, [comment.id, body, replacement]);
    }
  }

  /** The events other libs' records link the person to, each asked of the lib that keeps them, in the caller's transaction. */
  private async eventsLinkedTo(manager: EntityManager, subject: PersonalDataSubject): Promise<string[]> {
    const registered = await this.registrations.eventIdsOfPerson(manager, subject.personId, subject.email);
    const sessions = [...(await this.qa.sessionIdsOf(manager, subject.personId)), ...(await this.liveblog.sessionIdsQuoting(manager, subject.personId))];
    const onAgenda = await this.agenda.eventIdsOf(manager, sessions, subject.personId);
    return [...new Set([...registered, ...onAgenda])];
  }

  private async rewrite(tx: EntityManager, table: 'minutes' | 'minutes_revisions', id: string, content: MinutesContent, names: readonly string[]): Promise<void> {
    const erased = minutesWithoutNames(content, names);
    if (JSON.stringify(erased) === JSON.stringify(content)) return;
    await tx.query(`UPDATE ${table} SET content = $2::jsonb WHERE id = $1`, [id, JSON.stringify(erased)]);
  }
}
