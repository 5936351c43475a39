import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, LessThan, Repository } from 'typeorm';
import { ApiToken } from './api-token.entity';

@Injectable()
export class ApiTokenRepository {
  constructor(@InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>) {}

  insert(fields: Pick<ApiToken, 'personId' | 'name' | 'secretHash'>): Promise<ApiToken> {
    return this.tokens.save(this.tokens.create({ ...fields, lastUsedAt: null }));
  }

  findBySecretHash(secretHash: string): Promise<ApiToken | null> {
    return this.tokens.findOne({ where: { secretHash }, relations: { person: { organisation: true } } });
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

  /** Writes at most once a minute per token. */
  async touch(id: string): Promise<void> {
    const now = new Date();
    await this.tokens.update({ id, lastUsedAt: IsNull() }, { lastUsedAt: now });
    await this.tokens.update({ id, lastUsedAt: LessThan(new Date(now.getTime() - 60_000)) }, { lastUsedAt: now });
  }
}
