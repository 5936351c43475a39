import { Injectable } from '@nestjs/common';
import { AgendaReads } from '@convene/events';
import { PersonalDataPart, PersonalDataSubject } from '@convene/identity';
import { EntityManager } from 'typeorm';

/**
 * Remote follows in a person's export and erasure: those made signed in, and those made with
 * their address. A follow is only a wish for a mail, so erasing deletes it (and its link).
 */
@Injectable()
export class SessionFollowsPersonalData implements PersonalDataPart {
  constructor(private readonly agenda: AgendaReads) {}

  async export(manager: EntityManager, subject: PersonalDataSubject): Promise<object> {
    const follows: Array<{ sessionId: string }> = await manager.query(
      `SELECT session_id AS "sessionId", created_at AS "createdAt", confirmed_at AS "confirmedAt"
         FROM session_follows
        WHERE person_id = $1 OR ($2::text IS NOT NULL AND email = $2)
        ORDER BY created_at`,
      [subject.personId, subject.email],
    );
    return { follows: await this.agenda.withSessionTitles(follows, manager) };
  }

  async erase(tx: EntityManager, subject: PersonalDataSubject): Promise<void> {
    await tx.query(`DELETE FROM session_follows WHERE person_id = $1 OR ($2::text IS NOT NULL AND email = $2)`, [subject.personId, subject.email]);
  }
}
