import { Injectable } from '@nestjs/common';
import { PersonalDataPart, PersonalDataSubject } from '@convene/identity';
import { EntityManager } from 'typeorm';

/**
 * Remote follows in a person's export and erasure: those made signed in, and those made with
 * their address. A follow is only a wish for a mail, so erasing deletes it (and its link).
 */
@Injectable()
export class SessionFollowsPersonalData implements PersonalDataPart {
  async export(manager: EntityManager, subject: PersonalDataSubject): Promise<object> {
    const follows = await manager.query(
      `SELECT f.session_id AS "sessionId", s.title AS "sessionTitle", f.created_at AS "createdAt", f.confirmed_at AS "confirmedAt"
         FROM session_follows f JOIN agenda_sessions s ON s.id = f.session_id
        WHERE f.person_id = $1 OR ($2::text IS NOT NULL AND f.email = $2)
        ORDER BY f.created_at`,
      [subject.personId, subject.email],
    );
    return { follows };
  }

  async erase(tx: EntityManager, subject: PersonalDataSubject): Promise<void> {
    await tx.query(`DELETE FROM session_follows WHERE person_id = $1 OR ($2::text IS NOT NULL AND email = $2)`, [subject.personId, subject.email]);
  }
}
