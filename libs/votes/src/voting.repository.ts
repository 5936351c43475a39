import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Motion, MotionAction, MotionStatus, VoteChoice } from './motion.entity';
import { VotingBody } from './voting-body.entity';

/** A member of the list with their proxy for the meeting, as stored (presence is registration's to say). */
export interface MemberListing {
  personId: string;
  name: string;
  email: string | null;
  organisation: string | null;
  voting: boolean;
  proxyPersonId: string | null;
  proxyName: string | null;
  proxyEmail: string | null;
}

@Injectable()
export class VotingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The body whose list applies to the event: the event's own, else its series'. */
  async bodyFor(event: { id: string; series: string | null }, manager: EntityManager = this.dataSource.manager): Promise<VotingBody | null> {
    const repo = manager.getRepository(VotingBody);
    return (await repo.findOneBy({ eventId: event.id })) ?? (event.series ? await repo.findOneBy({ series: event.series }) : null);
  }

  async saveBody(tx: EntityManager, body: Partial<VotingBody>): Promise<VotingBody> {
    const repo = tx.getRepository(VotingBody);
    return repo.save(repo.create(body));
  }

  /** Members with their proxy for the event, by name. */
  members(bodyId: string, eventId: string, manager: EntityManager = this.dataSource.manager): Promise<MemberListing[]> {
    return manager.query(
      `SELECT m.person_id AS "personId", p.name, p.email, o.name AS organisation, m.voting,
              x.proxy_person_id AS "proxyPersonId", px.name AS "proxyName", px.email AS "proxyEmail"
         FROM voting_members m
         JOIN people p ON p.id = m.person_id
         LEFT JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN vote_proxies x ON x.event_id = $2 AND x.member_person_id = m.person_id
         LEFT JOIN people px ON px.id = x.proxy_person_id
        WHERE m.body_id = $1
        ORDER BY p.name, m.person_id`,
      [bodyId, eventId],
    );
  }

  async setMember(tx: EntityManager, bodyId: string, personId: string, voting: boolean): Promise<void> {
    await tx.query(
      `INSERT INTO voting_members (body_id, person_id, voting) VALUES ($1, $2, $3)
       ON CONFLICT (body_id, person_id) DO UPDATE SET voting = EXCLUDED.voting`,
      [bodyId, personId, voting],
    );
  }

  async removeMember(tx: EntityManager, bodyId: string, personId: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await tx.query(`DELETE FROM voting_members WHERE body_id = $1 AND person_id = $2`, [bodyId, personId]);
    return affected > 0;
  }

  async setProxy(tx: EntityManager, eventId: string, memberPersonId: string, proxyPersonId: string): Promise<void> {
    await tx.query(
      `INSERT INTO vote_proxies (event_id, member_person_id, proxy_person_id) VALUES ($1, $2, $3)
       ON CONFLICT (event_id, member_person_id) DO UPDATE SET proxy_person_id = EXCLUDED.proxy_person_id`,
      [eventId, memberPersonId, proxyPersonId],
    );
  }

  async removeProxy(tx: EntityManager, eventId: string, memberPersonId: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await tx.query(`DELETE FROM vote_proxies WHERE event_id = $1 AND member_person_id = $2`, [eventId, memberPersonId]);
    return affected > 0;
  }

  findMotion(id: string, manager: EntityManager = this.dataSource.manager): Promise<Motion | null> {
    return manager.getRepository(Motion).findOneBy({ id });
  }

  lockMotion(tx: EntityManager, id: string): Promise<Motion | null> {
    return tx.getRepository(Motion).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  async insertMotion(tx: EntityManager, motion: Partial<Motion>): Promise<Motion> {
    const repo = tx.getRepository(Motion);
    return repo.save(repo.create(motion));
  }

  async updateMotion(tx: EntityManager, id: string, changes: Partial<Motion>): Promise<Motion> {
    await tx.getRepository(Motion).update({ id }, changes);
    return (await tx.getRepository(Motion).findOneBy({ id })) as Motion;
  }

  motionsOf(sessionId: string, withDrafts: boolean): Promise<Motion[]> {
    const query = this.dataSource.getRepository(Motion).createQueryBuilder('m').where('m.session_id = :sessionId', { sessionId });
    if (!withDrafts) query.andWhere('m.status <> :draft', { draft: MotionStatus.Draft });
    return query.orderBy('m.created_at').addOrderBy('m.id').getMany();
  }

  closedIn(sessionIds: string[]): Promise<Motion[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Motion)
      .createQueryBuilder('m')
      .where('m.session_id IN (:...sessionIds)', { sessionIds })
      .andWhere('m.status = :closed', { closed: MotionStatus.Closed })
      .orderBy('m.closed_at')
      .addOrderBy('m.id')
      .getMany();
  }

  /**
   * Records that the member has voted and adds one to the choice's count, in the caller's
   * transaction. A secret ballot's row keeps no choice: the count is the only trace of it.
   * False when a vote was already cast for the member (nothing changes).
   */
  async castBallot(tx: EntityManager, motionId: string, memberPersonId: string, castBy: string, choice: VoteChoice, keepChoice: boolean): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO motion_voters (motion_id, member_person_id, cast_by_person_id, choice) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [motionId, memberPersonId, castBy, keepChoice ? choice : null],
    );
    if (!inserted.length) return false;
    const column = choice === VoteChoice.For ? 'votes_for' : choice === VoteChoice.Against ? 'votes_against' : 'abstentions';
    await tx.query(`UPDATE motions SET ${column} = ${column} + 1 WHERE id = $1`, [motionId]);
    return true;
  }

  /**
   * A secret ballot's voters, written again in the closing transaction, in the order of their
   * ids: until now each voter's row carried the transaction id (xmin) and the place on disk
   * (ctid) of the ballot that raised the count, so one could be matched to the other. After
   * this every row, and the counts, carry the close's transaction id, and the order on disk is
   * the ids', not the voting's.
   */
  async resealVoters(tx: EntityManager, motionId: string): Promise<void> {
    const [voters]: [Array<{ member: string; castBy: string }>, number] = await tx.query(
      `DELETE FROM motion_voters WHERE motion_id = $1 RETURNING member_person_id AS member, cast_by_person_id AS "castBy"`,
      [motionId],
    );
    if (!voters.length) return;
    voters.sort((a, b) => (a.member < b.member ? -1 : 1));
    await tx.query(
      `INSERT INTO motion_voters (motion_id, member_person_id, cast_by_person_id)
       SELECT $1, member, cast_by FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY AS v(member, cast_by, n) ORDER BY n`,
      [motionId, voters.map((voter) => voter.member), voters.map((voter) => voter.castBy)],
    );
  }

  /**
   * Drops the old row versions of the motion and its voters that a reseal leaves behind (each
   * held a count with the transaction id of one ballot). Outside any transaction, after commit.
   */
  async vacuumBallots(): Promise<void> {
    await this.dataSource.query(`VACUUM motions, motion_voters`);
  }

  async ballotsCast(motionId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await manager.query(`SELECT count(*)::int AS count FROM motion_voters WHERE motion_id = $1`, [motionId]);
    return count;
  }

  /** The members a person has voted for (themselves, or as proxy), per motion. */
  async castBy(motionIds: string[], personId: string): Promise<Array<{ motionId: string; memberPersonId: string }>> {
    if (!motionIds.length) return [];
    return this.dataSource.query(
      `SELECT motion_id AS "motionId", member_person_id AS "memberPersonId" FROM motion_voters WHERE motion_id = ANY($1::uuid[]) AND cast_by_person_id = $2`,
      [motionIds, personId],
    );
  }

  /** Named ballots: the names by choice, alphabetical. */
  async namesByChoice(tx: EntityManager, motionId: string): Promise<{ for: string[]; against: string[]; abstain: string[] }> {
    const rows: Array<{ name: string; choice: VoteChoice }> = await tx.query(
      `SELECT p.name, v.choice FROM motion_voters v JOIN people p ON p.id = v.member_person_id WHERE v.motion_id = $1 AND v.choice IS NOT NULL ORDER BY p.name`,
      [motionId],
    );
    const pick = (choice: VoteChoice) => rows.filter((row) => row.choice === choice).map((row) => row.name);
    return { for: pick(VoteChoice.For), against: pick(VoteChoice.Against), abstain: pick(VoteChoice.Abstain) };
  }

  async audit(tx: EntityManager, entry: Pick<MotionAction, 'sessionId' | 'motionId' | 'actorPersonId' | 'action' | 'detail'>): Promise<void> {
    const repo = tx.getRepository(MotionAction);
    await repo.save(repo.create(entry));
  }

  auditTrail(sessionId: string, limit: number): Promise<MotionAction[]> {
    return this.dataSource.getRepository(MotionAction).find({ where: { sessionId }, order: { at: 'DESC' }, take: limit });
  }
}
