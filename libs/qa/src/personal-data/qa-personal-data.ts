import { Injectable } from '@nestjs/common';
import { AgendaReads } from '@convene/events';
import { ERASED_NAME, PersonalDataPart, PersonalDataSubject } from '@convene/identity';
import { eraseNamesFromLiveChanges } from '@convene/live';
import { EntityManager } from 'typeorm';
import { FLOOR_STREAM, QA_STREAM } from '../qa-live';

/**
 * Questions, votes and floor requests in a person's export and erasure. An erased person's
 * questions stay where the meeting heard them (their text, votes and answers are the session's
 * record), asked by "Former participant"; so do their turns at the floor. The organisation they
 * gave stays, as on the person row. The kept live changes that copied the name follow. Their
 * own votes stay in the counts, no longer keyed by them.
 */
@Injectable()
export class QaPersonalData implements PersonalDataPart {
  constructor(private readonly agenda: AgendaReads) {}

  async names(manager: EntityManager, who: { personId: string }): Promise<string[]> {
    const rows: Array<{ name: string }> = await manager.query(
      `SELECT asker_name AS name FROM qa_questions WHERE (asker_person_id = $1 OR asker_key = $2) AND asker_name IS NOT NULL
       UNION SELECT name FROM qa_floor_requests WHERE requester_key = $2`,
      [who.personId, participantKey(who.personId)],
    );
    return rows.map((row) => row.name);
  }

  /** The sessions the person asked a question in or asked for the floor in (the minutes look for their name there). */
  async sessionIdsOf(manager: EntityManager, personId: string): Promise<string[]> {
    const rows: Array<{ sessionId: string }> = await manager.query(
      `SELECT session_id AS "sessionId" FROM qa_questions WHERE asker_person_id = $1 OR asker_key = $2
       UNION SELECT session_id FROM qa_floor_requests WHERE requester_key = $2`,
      [personId, participantKey(personId)],
    );
    return rows.map((row) => row.sessionId);
  }

  async export(manager: EntityManager, subject: PersonalDataSubject): Promise<object> {
    const key = participantKey(subject.personId);
    const questions: Array<{ sessionId: string }> = await manager.query(
      `SELECT id, session_id AS "sessionId", body, COALESCE(original_body, body) AS "originalBody",
              asker_name AS "askerName", asker_organisation AS "askerOrganisation", anonymous, status, hidden_reason AS "hiddenReason",
              (SELECT count(*)::int FROM qa_votes v WHERE v.question_id = qa_questions.id) AS "voteCount", created_at AS "createdAt", answered_at AS "answeredAt"
         FROM qa_questions
        WHERE asker_person_id = $1 OR asker_key = $2 ORDER BY created_at`,
      [subject.personId, key],
    );
    const votes = await manager.query(`SELECT question_id AS "questionId", created_at AS "createdAt" FROM qa_votes WHERE voter_key = $1 ORDER BY created_at`, [key]);
    const floorRequests: Array<{ sessionId: string }> = await manager.query(
      `SELECT id, session_id AS "sessionId", name, organisation, topic, status, spoke_at AS "spokeAt", created_at AS "createdAt"
         FROM qa_floor_requests WHERE requester_key = $1 ORDER BY created_at`,
      [key],
    );
    return { questions: await this.agenda.withSessionTitles(questions, manager), votes, floorRequests: await this.agenda.withSessionTitles(floorRequests, manager) };
  }

  async erase(tx: EntityManager, subject: PersonalDataSubject): Promise<void> {
    const key = participantKey(subject.personId);
    const [asked] = (await tx.query(
      `UPDATE qa_questions SET asker_name = $3, updated_at = now()
        WHERE (asker_person_id = $1 OR asker_key = $2) AND asker_name IS NOT NULL
        RETURNING session_id`,
      [subject.personId, key, ERASED_NAME],
    )) as [Array<{ session_id: string }>, number];
    const [spoke] = (await tx.query(`UPDATE qa_floor_requests SET name = $2 WHERE requester_key = $1 RETURNING session_id`, [key, ERASED_NAME])) as [
      Array<{ session_id: string }>,
      number,
    ];
    // Their votes stay counted, each under a fresh random key: still one row per voter and
    // question, but tied neither to them nor to each other (as the formal votes' ballots).
    await tx.query(`UPDATE qa_votes SET voter_key = 'erased:' || gen_random_uuid() WHERE voter_key = $1`, [key]);
    const sessions = [...new Set([...asked, ...spoke].map((row) => row.session_id))];
    await eraseNamesFromLiveChanges(tx, sessions, [QA_STREAM, FLOOR_STREAM], subject.names);
  }
}

function participantKey(personId: string): string {
  return `person:${personId}`;
}
