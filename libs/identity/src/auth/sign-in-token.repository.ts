import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, MoreThan, Repository } from 'typeorm';
import { SignInToken } from './sign-in-token.entity';

@Injectable()
export class SignInTokenRepository {
  constructor(@InjectRepository(SignInToken) private readonly tokens: Repository<SignInToken>) {}

  insert(tx: EntityManager, fields: Pick<SignInToken, 'personId' | 'linkHash' | 'codeHash' | 'expiresAt'>): Promise<SignInToken> {
    const repo = tx.getRepository(SignInToken);
    return repo.save(repo.create({ ...fields, attempts: 0, usedAt: null }));
  }

  findByLinkHash(linkHash: string): Promise<SignInToken | null> {
    return this.tokens.findOneBy({ linkHash });
  }

  /** The person's tokens of the last day, newest first: live ones sign in, older ones explain a refusal. */
  recentOf(personId: string): Promise<SignInToken[]> {
    return this.tokens.find({
      where: { personId, createdAt: MoreThan(new Date(Date.now() - 24 * 3600 * 1000)) },
      order: { createdAt: 'DESC' },
      take: 50,
    });
  }

  /**
   * Marks the token used if it still can be (unused, unexpired, attempts left): the one
   * statement that makes a token single-use when two requests race.
   */
  async consume(tx: EntityManager, id: string, maxAttempts: number): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(SignInToken)
      .set({ usedAt: () => 'now()' })
      .where('id = :id AND used_at IS NULL AND expires_at > now() AND attempts < :maxAttempts', { id, maxAttempts })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** One more wrong code against each of the person's live tokens. */
  async countWrongCode(personId: string): Promise<void> {
    await this.tokens
      .createQueryBuilder()
      .update(SignInToken)
      .set({ attempts: () => 'attempts + 1' })
      .where('person_id = :personId AND used_at IS NULL AND expires_at > now()', { personId })
      .execute();
  }

  async deleteAllOf(tx: EntityManager, personId: string): Promise<void> {
    await tx.getRepository(SignInToken).delete({ personId });
  }
}
