import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, LessThan, Repository } from 'typeorm';
import { ApiToken } from './api-token.entity';

/** How often a token's last use is written. */
const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class ApiTokenRepository {
  constructor(@InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>) {}

  insert(fields: Pick<ApiToken, 'personId' | 'name' | 'secretHash'>): Promise<ApiToken> {
    return this.tokens.save(this.tokens.create({ ...fields, lastUsedAt: null }));
  }

  /** find, not findOne: with relations, findOne's LIMIT 1 costs a second query (the ids first), and secret_hash is unique. */
  async findBySecretHash(secretHash: string): Promise<ApiToken | null> {
    return (await this.tokens.find({ where: { secretHash }, relations: { person: { organisation: true } } }))[0] ?? null;
  }

  listOf(personId: string): Promise<ApiToken[]> {
    return this.tokens.find({ where: { personId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** True when the person had that token and it is now gone. */
  async deleteOwned(personId: string, id: string): Promise<boolean> {
    const result = await this.tokens.delete({ id, personId });
    return (result.affected ?? 0) > 0;
  }

  async deleteAllOf(tx: EntityManager, personId: string): Promise<void> {
    await tx.getRepository(ApiToken).delete({ personId });
  }

  /**
   * Writes at most once a minute per token, in one statement; not at all when the row just read
   * says it was used within the minute (that UPDATE would match nothing, and every request with a
   * token would wait for it before doing its work).
   */
  async touch(token: Pick<ApiToken, 'id' | 'lastUsedAt'>): Promise<void> {
    const now = new Date();
    const aMinuteAgo = new Date(now.getTime() - TOUCH_EVERY_MS);
    if (token.lastUsedAt && token.lastUsedAt >= aMinuteAgo) return;
    await this.tokens.update([{ id: token.id, lastUsedAt: IsNull() }, { id: token.id, lastUsedAt: LessThan(aMinuteAgo) }], { lastUsedAt: now });
  }
}
