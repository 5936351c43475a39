import { Injectable } from '@nestjs/common';
import { AgendaReads } from '@convene/events';
import { PersonalDataPart, PersonalDataSubject, withoutNames } from '@convene/identity';
import { rewriteLiveChanges } from '@convene/live';
import { EntityManager } from 'typeorm';
import { VOTES_STREAM } from '../motions.service';

/**
 * Formal votes in a person's export and erasure. The export lists their ballots (how they
 * voted on a named vote; only that they voted on a secret one, which is all that is kept), the
 * voting lists they are on and the proxies they gave or held. Erasure keeps every count and
 * every ballot row, but the row no longer names them: their id becomes a fresh random one per
 * ballot (so their ballots are not even linked to each other), their name leaves the decisions
 * (and the live changes that announced them), and they leave the voting lists and proxies.
 */
@Injectable()
export class VotesPersonalData implements PersonalDataPart {
  constructor(private readonly agenda: AgendaReads) {}

  async export(manager: EntityManager, subject: PersonalDataSubject): Promise<object> {
    const ballots: Array<{ sessionId: string }> = await manager.query(
      `SELECT m.id AS "motionId", m.session_id AS "sessionId", m.text AS motion, m.ballot,
              CASE WHEN m.ballot = 'named' THEN v.choice END AS choice,
              v.member_person_id = $1 AS "ownVote",
              CASE WHEN v.member_person_id <> $1 THEN v.member_person_id END AS "asProxyFor",
              v.cast_by_person_id <> $1 AS "castByProxy",
              m.status, m.carried, m.closed_at AS "closedAt"
         FROM motion_voters v JOIN motions m ON m.id = v.motion_id
        WHERE v.member_person_id = $1 OR v.cast_by_person_id = $1
        ORDER BY m.created_at, m.id`,
      [subject.personId],
    );
    const memberships = await manager.query(
      `SELECT b.id AS "bodyId", b.series, b.event_id AS "eventId", m.voting, m.created_at AS "addedAt"
         FROM voting_members m JOIN voting_bodies b ON b.id = m.body_id WHERE m.person_id = $1 ORDER BY m.created_at`,
      [subject.personId],
    );
    const proxies = await manager.query(
      `SELECT event_id AS "eventId", member_person_id AS "memberPersonId", proxy_person_id AS "proxyPersonId", created_at AS "namedAt"
         FROM vote_proxies WHERE member_person_id = $1 OR proxy_person_id = $1 ORDER BY created_at`,
      [subject.personId],
    );
    return { ballots: await this.agenda.withSessionTitles(ballots, manager), memberships, proxies };
  }

  async erase(tx: EntityManager, subject: PersonalDataSubject): Promise<void> {
    // Sessions whose decisions may name them: read before the ballots forget them.
    const named: Array<{ id: string; session_id: string; decision: string }> = await tx.query(
      `SELECT DISTINCT m.id, m.session_id, m.decision FROM motions m JOIN motion_voters v ON v.motion_id = m.id
        WHERE (v.member_person_id = $1 OR v.cast_by_person_id = $1) AND m.decision IS NOT NULL`,
      [subject.personId],
    );
    await tx.query(
      `WITH ballot AS (
         SELECT motion_id, member_person_id, gen_random_uuid() AS stranger FROM motion_voters WHERE member_person_id = $1 OR cast_by_person_id = $1
       )
       UPDATE motion_voters v
          SET member_person_id = CASE WHEN v.member_person_id = $1 THEN ballot.stranger ELSE v.member_person_id END,
              cast_by_person_id = CASE WHEN v.cast_by_person_id = $1 THEN ballot.stranger ELSE v.cast_by_person_id END
         FROM ballot WHERE v.motion_id = ballot.motion_id AND v.member_person_id = ballot.member_person_id`,
      [subject.personId],
    );
    await tx.query(`DELETE FROM vote_proxies WHERE member_person_id = $1 OR proxy_person_id = $1`, [subject.personId]);
    await tx.query(`DELETE FROM voting_members WHERE person_id = $1`, [subject.personId]);
    if (!subject.names.length) return;
    for (const motion of named) {
      const decision = withoutNames(motion.decision, subject.names);
      if (decision !== motion.decision) await tx.query(`UPDATE motions SET decision = $2 WHERE id = $1`, [motion.id, decision]);
    }
    await this.eraseFromAnnouncements(tx, [...new Set(named.map((motion) => motion.session_id))], subject.names);
  }

  /** The decisions as the live log announced them (replayed by `?since=N`): the live lib rewrites its rows. */
  private async eraseFromAnnouncements(tx: EntityManager, sessionIds: string[], names: string[]): Promise<void> {
    await rewriteLiveChanges<Announcement>(tx, { sessionIds, streams: [VOTES_STREAM], withValueAt: ['motion', 'result', 'decision'] }, (data) => {
      const result = data.motion?.result;
      if (!result?.decision) return data;
      const decision = withoutNames(result.decision, names);
      return decision === result.decision ? data : { ...data, motion: { ...data.motion, result: { ...result, decision } } };
    });
  }
}

/** A change of the votes stream, as far as its decision. */
type Announcement = Record<string, unknown> & { motion?: { result?: { decision?: string } | null } };
