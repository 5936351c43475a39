import { Injectable } from '@nestjs/common';
import { AgendaReads } from '@convene/events';
import { PersonalDataPart, PersonalDataSubject } from '@convene/identity';
import { EntityManager } from 'typeorm';

/**
 * Poll answers in a person's export and erasure. An erased person's answers stay in the
 * results (the session's record), each re-keyed from `person:<id>` to a fresh random key and
 * without their person id, as their Q&A votes: tied neither to them nor to each other. A text
 * answer keeps its words, as a question does.
 */
@Injectable()
export class PollsPersonalData implements PersonalDataPart {
  constructor(private readonly agenda: AgendaReads) {}

  async export(manager: EntityManager, subject: PersonalDataSubject): Promise<object> {
    const answers: Array<{ sessionId: string }> = await manager.query(
      `SELECT a.poll_id AS "pollId", p.session_id AS "sessionId", p.question, a.choices, a.text, a.created_at AS "createdAt", a.updated_at AS "updatedAt"
         FROM poll_answers a JOIN polls p ON p.id = a.poll_id
        WHERE a.participant_key = $1 OR a.person_id = $2
        ORDER BY a.created_at, a.poll_id`,
      [participantKey(subject.personId), subject.personId],
    );
    return { answers: await this.agenda.withSessionTitles(answers, manager) };
  }

  async erase(tx: EntityManager, subject: PersonalDataSubject): Promise<void> {
    await tx.query(`UPDATE poll_answers SET participant_key = 'erased:' || gen_random_uuid(), person_id = NULL WHERE participant_key = $1 OR person_id = $2`, [
      participantKey(subject.personId),
      subject.personId,
    ]);
  }
}

function participantKey(personId: string): string {
  return `person:${personId}`;
}
