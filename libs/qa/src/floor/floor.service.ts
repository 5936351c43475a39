import { Injectable } from '@nestjs/common';
import { commitWithoutWaitingForDisk, waitUntilDurable } from '@convene/core';
import { LiveBroadcaster, LiveChange, LiveLog, LiveParticipant, RateLimits, SessionAudience } from '@convene/live';
import { DataSource, EntityManager } from 'typeorm';
import { AskForFloorDto, CallNextSpeakerDto } from '../dto/floor.dto';
import { FloorChanges, FloorEntry, FloorState, FloorStateView } from '../dto/qa.views';
import { CATCH_UP_LIMIT, FLOOR_STREAM, QA_RATE_LIMITS } from '../qa-live';
import { FloorRequestNotFound, NotModerator } from '../qa.errors';
import { ModerationAction } from '../questions/moderation-action.entity';
import { QaSettingsService } from '../settings/qa-settings.service';
import { FloorRequest, FloorRequestStatus } from './floor-request.entity';

/** Someone who had the floor, as the minutes record them. */
export interface FloorSpeaker {
  sessionId: string;
  name: string;
  organisation: string | null;
  topic: string | null;
}

/** "I'd like to speak": the chair's queue of speakers, calling the next, the per-speaker countdown. */
@Injectable()
export class FloorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: QaSettingsService,
    private readonly log: LiveLog,
    private readonly broadcaster: LiveBroadcaster,
    private readonly audience: SessionAudience,
    private readonly limits: RateLimits,
  ) {}

  async state(sessionId: string, participant: LiveParticipant): Promise<FloorStateView> {
    await this.settings.sessionWithQa(sessionId);
    await this.audience.assertCanFollow(participant, sessionId);
    const lastSeq = (await this.log.lastSeqs(sessionId))[FLOOR_STREAM] ?? 0;
    const state = await this.load(this.dataSource.manager, sessionId);
    const mine = await this.dataSource.getRepository(FloorRequest).findOne({
      where: [
        { sessionId, requesterKey: participant.key, status: FloorRequestStatus.Waiting },
        { sessionId, requesterKey: participant.key, status: FloorRequestStatus.Speaking },
      ],
    });
    return { ...state, lastSeq, serverNow: new Date(), mine: mine?.id ?? null };
  }

  /** The changes of the "floor" stream after `since`, each with the whole queue as it then stood. */
  async changesSince(sessionId: string, participant: LiveParticipant, since: number): Promise<FloorChanges> {
    await this.settings.sessionWithQa(sessionId);
    await this.audience.assertCanFollow(participant, sessionId);
    const changes = await this.log.since(sessionId, FLOOR_STREAM, since, CATCH_UP_LIMIT);
    const lastSeq = (await this.log.lastSeqs(sessionId))[FLOOR_STREAM] ?? 0;
    return { lastSeq, changes: changes.map((change) => ({ seq: change.seq, type: change.type, at: change.at, ...(change.data as { floor: FloorState }) })), more: changes.length === CATCH_UP_LIMIT };
  }

  /** Joins the queue; asking again while waiting returns the same request. */
  async ask(sessionId: string, participant: LiveParticipant, input: AskForFloorDto): Promise<{ request: FloorEntry; created: boolean }> {
    await this.settings.sessionWithQa(sessionId);
    await this.audience.assertCanTakePart(participant, sessionId);
    await this.limits.take(participant.key, QA_RATE_LIMITS.floor.bucket, QA_RATE_LIMITS.floor.perMinute);
    return this.change<{ request: FloorEntry; created: boolean }>(sessionId, 'floor.requested', async (tx) => {
      const repo = tx.getRepository(FloorRequest);
      const existing = await repo.findOne({
        where: [
          { sessionId, requesterKey: participant.key, status: FloorRequestStatus.Waiting },
          { sessionId, requesterKey: participant.key, status: FloorRequestStatus.Speaking },
        ],
      });
      if (existing) return { result: { request: entry(existing, null), created: false }, changed: false };
      const [{ next }]: [{ next: number }] = await tx.query(
        `SELECT coalesce(max(position), 0)::int + 1 AS next FROM qa_floor_requests WHERE session_id = $1`,
        [sessionId],
      );
      const saved = await repo.save(
        repo.create({ sessionId, name: input.name, organisation: input.organisation || null, topic: input.topic || null, requesterKey: participant.key, position: next }),
      );
      return { result: { request: entry(saved, null), created: true }, changed: true };
    });
  }

  /** The delegate withdraws, or the chair removes them from the queue. */
  async withdraw(requestId: string, participant: LiveParticipant): Promise<void> {
    const request = await this.find(requestId);
    const own = request.requesterKey === participant.key;
    if (!own) await this.assertModerator(participant, request.sessionId);
    await this.change(request.sessionId, own ? 'floor.withdrawn' : 'floor.removed', async (tx) => {
      const current = await tx.getRepository(FloorRequest).findOneBy({ id: requestId });
      if (!current || current.status !== FloorRequestStatus.Waiting) return { result: undefined, changed: false };
      await tx.getRepository(FloorRequest).update({ id: requestId }, { status: FloorRequestStatus.Withdrawn });
      if (!own) await this.audit(tx, request.sessionId, participant, 'floor-remove', { requestId });
      return { result: undefined, changed: true };
    });
  }

  /** Ends the current speaker's turn and gives the floor to the next (or the one named), starting their countdown. */
  async callNext(sessionId: string, actor: LiveParticipant, input: CallNextSpeakerDto): Promise<FloorState> {
    await this.settings.sessionWithQa(sessionId);
    await this.assertModerator(actor, sessionId);
    return this.change(sessionId, 'floor.called', async (tx) => {
      const repo = tx.getRepository(FloorRequest);
      const now = new Date();
      await repo.update({ sessionId, status: FloorRequestStatus.Speaking }, { status: FloorRequestStatus.Spoke, finishedAt: now });
      const next = input.requestId
        ? await repo.findOneBy({ id: input.requestId, sessionId, status: FloorRequestStatus.Waiting })
        : await repo.findOne({ where: { sessionId, status: FloorRequestStatus.Waiting }, order: { position: 'ASC' } });
      if (input.requestId && !next) throw new FloorRequestNotFound();
      if (next) {
        const seconds = input.durationSeconds ?? (await this.settings.get(sessionId, tx)).speakerSeconds;
        await repo.update({ id: next.id }, { status: FloorRequestStatus.Speaking, spokeAt: now, durationSeconds: seconds });
      }
      await this.audit(tx, sessionId, actor, 'floor-next', { requestId: next?.id ?? null });
      return { result: null, changed: true };
    }).then(() => this.load(this.dataSource.manager, sessionId));
  }

  /** Ends the current speaker's turn without calling anyone. */
  async stop(sessionId: string, actor: LiveParticipant): Promise<FloorState> {
    await this.settings.sessionWithQa(sessionId);
    await this.assertModerator(actor, sessionId);
    await this.change(sessionId, 'floor.stopped', async (tx) => {
      const done = await tx
        .getRepository(FloorRequest)
        .update({ sessionId, status: FloorRequestStatus.Speaking }, { status: FloorRequestStatus.Spoke, finishedAt: new Date() });
      return { result: null, changed: (done.affected ?? 0) > 0 };
    });
    return this.load(this.dataSource.manager, sessionId);
  }

  /** Moves a waiting request to a new place in the queue (1 = next). */
  async move(requestId: string, actor: LiveParticipant, position: number): Promise<FloorState> {
    const request = await this.find(requestId);
    await this.assertModerator(actor, request.sessionId);
    await this.change(request.sessionId, 'floor.moved', async (tx) => {
      const waiting = await tx
        .getRepository(FloorRequest)
        .find({ where: { sessionId: request.sessionId, status: FloorRequestStatus.Waiting }, order: { position: 'ASC' } });
      const index = waiting.findIndex((row) => row.id === requestId);
      if (index < 0) throw new FloorRequestNotFound();
      const [moved] = waiting.splice(index, 1);
      waiting.splice(Math.min(position, waiting.length + 1) - 1, 0, moved);
      // Renumber after the highest position ever used, so the new order never collides with the old.
      const [{ base }]: [{ base: number }] = await tx.query(`SELECT coalesce(max(position), 0)::int AS base FROM qa_floor_requests WHERE session_id = $1`, [
        request.sessionId,
      ]);
      for (const [offset, row] of waiting.entries()) await tx.getRepository(FloorRequest).update({ id: row.id }, { position: base + offset + 1 });
      await this.audit(tx, request.sessionId, actor, 'floor-move', { requestId, position });
      return { result: null, changed: true };
    });
    return this.load(this.dataSource.manager, request.sessionId);
  }

  /** Who the chair called to speak in these sessions, in the order they spoke: for the minutes. */
  async spokenIn(sessionIds: string[]): Promise<FloorSpeaker[]> {
    if (!sessionIds.length) return [];
    const rows = await this.dataSource
      .getRepository(FloorRequest)
      .createQueryBuilder('r')
      .where('r.sessionId IN (:...sessionIds)', { sessionIds })
      .andWhere('r.spokeAt IS NOT NULL')
      .orderBy('r.spokeAt', 'ASC')
      .addOrderBy('r.id')
      .getMany();
    return rows.map((row) => ({ sessionId: row.sessionId, name: row.name, organisation: row.organisation, topic: row.topic }));
  }

  private async find(requestId: string): Promise<FloorRequest> {
    const request = await this.dataSource.getRepository(FloorRequest).findOneBy({ id: requestId });
    if (!request) throw new FloorRequestNotFound();
    return request;
  }

  private async assertModerator(participant: LiveParticipant, sessionId: string): Promise<void> {
    if (!(await this.audience.access(participant, sessionId)).isModerator) throw new NotModerator();
  }

  private async audit(tx: EntityManager, sessionId: string, actor: LiveParticipant, action: string, detail: Record<string, unknown>) {
    const repo = tx.getRepository(ModerationAction);
    await repo.save(repo.create({ sessionId, questionId: null, actorPersonId: actor.personId, action, detail }));
  }

  /**
   * One change to the queue: serialised per session (an advisory lock), logged with the whole
   * queue as it now stands, broadcast after commit.
   */
  private async change<T>(sessionId: string, type: string, work: (tx: EntityManager) => Promise<{ result: T; changed: boolean }>): Promise<T> {
    const changes: LiveChange[] = [];
    const result = await this.dataSource.transaction(async (tx) => {
      await commitWithoutWaitingForDisk(tx);
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`qa-floor:${sessionId}`]);
      const outcome = await work(tx);
      if (outcome.changed) changes.push(await this.log.append(tx, sessionId, FLOOR_STREAM, type, { floor: await this.load(tx, sessionId) }));
      return outcome.result;
    });
    if (changes.length) {
      await waitUntilDurable(this.dataSource);
      this.broadcaster.publish(changes);
    }
    return result;
  }

  private async load(manager: EntityManager, sessionId: string): Promise<FloorState> {
    const rows = await manager.getRepository(FloorRequest).find({
      where: [
        { sessionId, status: FloorRequestStatus.Waiting },
        { sessionId, status: FloorRequestStatus.Speaking },
        { sessionId, status: FloorRequestStatus.Spoke },
      ],
      order: { position: 'ASC' },
    });
    const waiting = rows.filter((row) => row.status === FloorRequestStatus.Waiting);
    const speaking = rows.find((row) => row.status === FloorRequestStatus.Speaking) ?? null;
    const spoken = rows
      .filter((row) => row.status === FloorRequestStatus.Spoke)
      .sort((a, b) => (a.spokeAt?.getTime() ?? 0) - (b.spokeAt?.getTime() ?? 0));
    return {
      speaking: speaking ? entry(speaking, null) : null,
      queue: waiting.map((row, index) => entry(row, index + 1)),
      spoken: spoken.map((row) => entry(row, null)),
      speakerSeconds: (await this.settings.get(sessionId, manager)).speakerSeconds,
    };
  }
}

function entry(row: FloorRequest, position: number | null): FloorEntry {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    topic: row.topic,
    status: row.status,
    position,
    spokeAt: row.spokeAt,
    durationSeconds: row.durationSeconds,
  };
}
