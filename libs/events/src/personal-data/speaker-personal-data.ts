import { Injectable } from '@nestjs/common';
import { ERASED_NAME, PersonalDataPart, PersonalDataSubject, isOneOfNames, withoutNames } from '@convene/identity';
import { EntityManager } from 'typeorm';
import type { AgendaSessionView } from '../dto/agenda.views';

/**
 * Speaking roles in a person's export and erasure. The programme (session_speakers) holds only
 * the person's id, so the live agenda shows "Former participant" by itself; but each published
 * agenda keeps a copy of its speakers' names, and its changelog names them: those copies are
 * rewritten for the events the person spoke at.
 */
@Injectable()
export class SpeakerPersonalData implements PersonalDataPart {
  async export(manager: EntityManager, subject: PersonalDataSubject): Promise<object> {
    const speaking = await manager.query(
      `SELECT s.session_id AS "sessionId", a.title AS "sessionTitle", a.event_id AS "eventId", e.title AS "eventTitle", s.role, s.status, s.created_at AS "createdAt"
         FROM session_speakers s JOIN agenda_sessions a ON a.id = s.session_id JOIN events e ON e.id = a.event_id
        WHERE s.person_id = $1 ORDER BY s.created_at`,
      [subject.personId],
    );
    return { speaking };
  }

  async erase(tx: EntityManager, subject: PersonalDataSubject): Promise<void> {
    const publications: Array<{ id: string; sessions: AgendaSessionView[]; changes: string[] }> = await tx.query(
      `SELECT p.id, p.sessions, p.changes FROM agenda_publications p
        WHERE p.event_id IN (SELECT a.event_id FROM session_speakers s JOIN agenda_sessions a ON a.id = s.session_id WHERE s.person_id = $1)
        FOR UPDATE`,
      [subject.personId],
    );
    for (const publication of publications) {
      const sessions = publication.sessions.map((session) => ({
        ...session,
        speakers: session.speakers.map((speaker) => (isOneOfNames(speaker.name, subject.names) ? { ...speaker, name: ERASED_NAME, jobTitle: null } : speaker)),
      }));
      const changes = publication.changes.map((line) => withoutNames(line, subject.names));
      await tx.query(`UPDATE agenda_publications SET sessions = $2::jsonb, changes = $3::text[] WHERE id = $1`, [publication.id, JSON.stringify(sessions), changes]);
    }
  }
}
