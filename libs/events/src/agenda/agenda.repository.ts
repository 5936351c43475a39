import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AgendaPublication } from './agenda-publication.entity';
import { AgendaSession } from './agenda-session.entity';
import { SessionSpeaker, SpeakerRole, SpeakerStatus } from './session-speaker.entity';

export interface SpeakerOnAgenda {
  sessionId: string;
  personId: string;
  role: string;
  name: string;
  jobTitle: string | null;
  organisation: string | null;
}

@Injectable()
export class AgendaRepository {
  constructor(
    @InjectRepository(AgendaSession) private readonly sessions: Repository<AgendaSession>,
    @InjectRepository(SessionSpeaker) private readonly speakers: Repository<SessionSpeaker>,
    @InjectRepository(AgendaPublication) private readonly publicationsRepo: Repository<AgendaPublication>,
  ) {}

  findById(id: string): Promise<AgendaSession | null> {
    return this.sessions.findOneBy({ id });
  }

  ofEvent(eventId: string): Promise<AgendaSession[]> {
    return this.sessions.find({ where: { eventId }, order: { startsAt: 'ASC', room: 'ASC' } });
  }

  save(tx: EntityManager, session: Partial<AgendaSession>): Promise<AgendaSession> {
    return tx.getRepository(AgendaSession).save(tx.getRepository(AgendaSession).create(session));
  }

  async remove(tx: EntityManager, id: string): Promise<void> {
    await tx.getRepository(SessionSpeaker).delete({ sessionId: id });
    await tx.getRepository(AgendaSession).delete({ id });
  }

  /** Another session of the event in the same room that overlaps [startsAt, endsAt). */
  roomClash(tx: EntityManager, session: Pick<AgendaSession, 'eventId' | 'room' | 'startsAt' | 'endsAt'> & { id?: string }): Promise<AgendaSession | null> {
    return tx
      .getRepository(AgendaSession)
      .createQueryBuilder('s')
      .where('s.event_id = :eventId AND s.room = :room', { eventId: session.eventId, room: session.room })
      .andWhere('s.starts_at < :endsAt AND s.ends_at > :startsAt', { startsAt: session.startsAt, endsAt: session.endsAt })
      .andWhere(session.id ? 's.id <> :id' : 'TRUE', { id: session.id })
      .getOne();
  }

  /** Sessions (of any event) the person speaks at that overlap [startsAt, endsAt). */
  async speakerClash(tx: EntityManager, personId: string, startsAt: Date, endsAt: Date, exceptSessionId: string): Promise<string | null> {
    const rows: { title: string }[] = await tx.query(
      `SELECT s.title FROM session_speakers sp JOIN agenda_sessions s ON s.id = sp.session_id
        WHERE sp.person_id = $1 AND sp.status <> 'declined' AND s.id <> $4
          AND s.starts_at < $3 AND s.ends_at > $2 LIMIT 1`,
      [personId, startsAt, endsAt, exceptSessionId],
    );
    return rows[0]?.title ?? null;
  }

  async addSpeaker(tx: EntityManager, speaker: Pick<SessionSpeaker, 'sessionId' | 'personId' | 'role' | 'status' | 'inviteTokenHash'>): Promise<void> {
    await tx.getRepository(SessionSpeaker).upsert(speaker, ['sessionId', 'personId']);
  }

  /** Everyone invited to the session, whatever their answer, for its organisers. */
  programmeOf(sessionId: string): Promise<Array<{ personId: string; name: string; organisation: string | null; email: string | null; role: SpeakerRole; status: SpeakerStatus; invitedAt: Date }>> {
    return this.speakers.query(
      `SELECT sp.person_id AS "personId", p.name, o.name AS organisation, p.email, sp.role, sp.status, sp.created_at AS "invitedAt"
         FROM session_speakers sp
         JOIN people p ON p.id = sp.person_id
         LEFT JOIN organisations o ON o.id = p.organisation_id
        WHERE sp.session_id = $1
        ORDER BY sp.role, p.name, p.id`,
      [sessionId],
    );
  }

  speakerOf(tx: EntityManager, sessionId: string, personId: string): Promise<SessionSpeaker | null> {
    return tx.getRepository(SessionSpeaker).findOne({ where: { sessionId, personId }, lock: { mode: 'pessimistic_write' } });
  }

  async newInviteToken(tx: EntityManager, sessionId: string, personId: string, tokenHash: string): Promise<void> {
    await tx.getRepository(SessionSpeaker).update({ sessionId, personId }, { inviteTokenHash: tokenHash });
  }

  async removeSpeaker(tx: EntityManager, sessionId: string, personId: string): Promise<boolean> {
    const result = await tx.getRepository(SessionSpeaker).delete({ sessionId, personId });
    return Boolean(result.affected);
  }

  speakerByInviteToken(tokenHash: string): Promise<SessionSpeaker | null> {
    return this.speakers.findOneBy({ inviteTokenHash: tokenHash });
  }

  /** Records the speaker's answer; the link stops working. */
  async answerInvitation(tx: EntityManager, sessionId: string, personId: string, status: SpeakerStatus): Promise<void> {
    await tx.getRepository(SessionSpeaker).update({ sessionId, personId }, { status, inviteTokenHash: null });
  }

  /** Confirmed speakers of the event's sessions with their public profile. */
  confirmedSpeakers(eventId: string): Promise<SpeakerOnAgenda[]> {
    return this.speakers.query(
      `SELECT sp.session_id AS "sessionId", p.id AS "personId", sp.role, p.name, p.job_title AS "jobTitle", o.name AS organisation
         FROM session_speakers sp
         JOIN agenda_sessions s ON s.id = sp.session_id
         JOIN people p ON p.id = sp.person_id
         LEFT JOIN organisations o ON o.id = p.organisation_id
        WHERE s.event_id = $1 AND sp.status = $2
        ORDER BY sp.role, p.name`,
      [eventId, SpeakerStatus.Confirmed],
    );
  }

  latestPublication(eventId: string, tx?: EntityManager): Promise<AgendaPublication | null> {
    return (tx?.getRepository(AgendaPublication) ?? this.publicationsRepo).findOne({ where: { eventId }, order: { version: 'DESC' } });
  }

  publications(eventId: string): Promise<AgendaPublication[]> {
    return this.publicationsRepo.find({ where: { eventId }, order: { version: 'DESC' } });
  }

  savePublication(tx: EntityManager, publication: Partial<AgendaPublication>): Promise<AgendaPublication> {
    return tx.getRepository(AgendaPublication).save(tx.getRepository(AgendaPublication).create(publication));
  }

  async holdsRole(sessionId: string, personId: string, role: string): Promise<boolean> {
    // Not a programme role (e.g. 'organiser'): nobody holds it here, and Postgres would refuse the enum value.
    if (!(Object.values(SpeakerRole) as string[]).includes(role)) return false;
    return (await this.speakers.countBy({ sessionId, personId, role: role as SessionSpeaker['role'], status: SpeakerStatus.Confirmed })) > 0;
  }
}
