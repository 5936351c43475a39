import { Injectable } from '@nestjs/common';
import { ERASED_NAME, PersonalDataPart, PersonalDataSubject } from '@convene/identity';
import { eraseNamesFromLiveChanges } from '@convene/live';
import { EntityManager } from 'typeorm';
import { FLOOR_STREAM, QA_STREAM } from '../qa-live';

/**
 * Questions, votes and floor requests in a person's export and erasure. An erased person's
 * questions stay where the meeting heard them (their text, votes and answers are the session's
 * record), asked by "Former participant"; so do their turns at the floor. The organisation they
 * gave stays, as on the person row. The kept live changes that copied the name follow.
 */
@Injectable()
export class QaPersonalData implements PersonalDataPart {
  async names(manager: EntityManager, who: { personId: string }): Promise<string[]> {
    const rows: Array<{ name: string }> = await manager.query(
      `SELECT asker_name AS name FROM qa_questions WHERE (asker_person_id = $1 OR asker_key = $2) AND asker_name IS NOT NULL
       UNION SELECT name FROM qa_floor_requests WHERE requester_key = $2`,
      [who.personId, participantKey(who.personId)],
    );
    return rows.map((row) => row.name);
  }

  async export(manager: EntityManager, subject: PersonalDataSubject): Promise<object> {
    const key = participantKey(subject.personId);
    const questions = await manager.query(
      `SELECT q.id, q.session_id AS "sessionId", s.title AS "sessionTitle", q.body, COALESCE(q.original_body, q.body) AS "originalBody",
              q.asker_name AS "askerName", q.asker_organisation AS "askerOrganisation", q.anonymous, q.status, q.hidden_reason AS "hiddenReason",
              q.vote_count AS "voteCount", q.created_at AS "createdAt", q.answered_at AS "answeredAt"
         FROM qa_questions q JOIN agenda_sessions s ON s.id = q.session_id
        WHERE q.asker_person_id = $1 OR q.asker_key = $2 ORDER BY q.created_at`,
      [subject.personId, key],
    );
    const votes = await manager.query(`SELECT question_id AS "questionId", created_at AS "createdAt" FROM qa_votes WHERE voter_key = $1 ORDER BY created_at`, [key]);
    const floorRequests = await manager.query(
      `SELECT f.id, f.session_id AS "sessionId", s.title AS "sessionTitle", f.name, f.organisation, f.topic, f.status, f.spoke_at AS "spokeAt", f.created_at AS "createdAt"
         FROM qa_floor_requests f JOIN agenda_sessions s ON s.id = f.session_id
        WHERE f.requester_key = $1 ORDER BY f.created_at`,
      [key],
    );
    return { questions, votes, floorRequests };
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
    const sessions = [...new Set([...asked, ...spoke].map((row) => row.session_id))];
    await eraseNamesFromLiveChanges(tx, sessions, [QA_STREAM, FLOOR_STREAM], subject.names);
  }
}

function participantKey(personId: string): string {
  return `person:${personId}`;
}
