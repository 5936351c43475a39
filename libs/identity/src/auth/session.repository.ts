import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, MoreThan, Repository } from 'typeorm';
import { Session } from './session.entity';

@Injectable()
export class SessionRepository {
  constructor(@InjectRepository(Session) private readonly sessions: Repository<Session>) {}

  insert(tx: EntityManager, fields: Pick<Session, 'secretHash' | 'personId' | 'expiresAt'>): Promise<Session> {
    const repo = tx.getRepository(Session);
    return repo.save(repo.create({ ...fields, lastSeenAt: new Date() }));
  }

  /** A session that has not expired, with its person. find, not findOne: with relations, findOne's LIMIT 1 costs a second query, and secret_hash is unique. */
  async findLiveBySecretHash(secretHash: string): Promise<Session | null> {
    return (await this.sessions.find({ where: { secretHash, expiresAt: MoreThan(new Date()) }, relations: { person: { organisation: true } } }))[0] ?? null;
  }

  /**
   * Writes at most once a minute per session, not on every request; not at all when the row just
   * read says it was seen within the minute (that UPDATE would match nothing, and be waited for).
   */
  async touch(session: Pick<Session, 'id' | 'lastSeenAt'>): Promise<void> {
    const aMinuteAgo = new Date(Date.now() - 60_000);
    if (session.lastSeenAt >= aMinuteAgo) return;
    await this.sessions.update({ id: session.id, lastSeenAt: LessThan(aMinuteAgo) }, { lastSeenAt: new Date() });
  }

  async deleteBySecretHash(secretHash: string): Promise<void> {
    await this.sessions.delete({ secretHash });
  }

  async deleteAllOf(tx: EntityManager, personId: string): Promise<void> {
    await tx.getRepository(Session).delete({ personId });
  }

  listOf(personId: string): Promise<Session[]> {
    return this.sessions.find({ where: { personId }, order: { createdAt: 'DESC' } });
  }
}
