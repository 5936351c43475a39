import { AccessEnds, tokenCredential } from '../access/access-ends';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@convene/core';
import { DataSource } from 'typeorm';
import { ApiTokenNotFound, TokensCannotMintTokens } from '../identity.errors';
import { ApiTokenRepository } from './api-token.repository';
import { ApiTokenView, CreatedApiTokenView } from './dto/api-token.dto';
import { ApiToken } from './api-token.entity';
import { SecretHasher } from './secret-hasher';
import { API_TOKEN_PREFIX, newApiTokenSecret } from './secrets';
import { SignedIn } from './signed-in';

/** Personal API tokens for scripts: shown once, stored hashed, revoked by deletion. */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly tokens: ApiTokenRepository,
    private readonly hasher: SecretHasher,
    private readonly accessEnds: AccessEnds,
  ) {}

  /**
   * A token for the signed-in person. Only a person signed in with their session may make one:
   * a token made with a token would outlive its parent's revocation.
   */
  async createFor(signedIn: SignedIn, name: string): Promise<CreatedApiTokenView> {
    if (signedIn.via !== 'session') throw new TokensCannotMintTokens();
    return this.create(signedIn.person.id, name);
  }

  /** A token for a person (the operator CLI makes them this way). */
  async create(personId: string, name: string): Promise<CreatedApiTokenView> {
    const secret = newApiTokenSecret();
    const token = await this.tokens.insert({ personId, name, secretHash: this.hasher.hash('api-token', secret) });
    return { ...describeApiToken(token), token: secret };
  }

  async list(personId: string): Promise<ApiTokenView[]> {
    return (await this.tokens.listOf(personId)).map(describeApiToken);
  }

  async revoke(personId: string, id: string): Promise<void> {
    if (!(await this.tokens.deleteOwned(personId, id))) throw new ApiTokenNotFound();
    await this.accessEnds.ended({ kind: 'credential', personId, credential: tokenCredential(id) });
  }

  /** The person behind a bearer token, or null when it is not a live token. */
  async authenticate(secret: string): Promise<SignedIn | null> {
    if (!secret.startsWith(API_TOKEN_PREFIX)) return null;
    const token = await this.tokens.findBySecretHash(this.hasher.hash('api-token', secret));
    if (!token?.person || token.person.erasedAt) return null;
    await this.tokens.touch(token);
    return { person: token.person, via: 'api-token', credential: tokenCredential(token.id) };
  }
}

function describeApiToken(token: ApiToken): ApiTokenView {
  return { id: token.id, name: token.name, createdAt: token.createdAt, lastUsedAt: token.lastUsedAt };
}

/** The service without Nest, for operator commands that hold a plain DataSource. */
export function apiTokensFor(dataSource: DataSource, config: AppConfig): ApiTokensService {
  return new ApiTokensService(new ApiTokenRepository(dataSource.getRepository(ApiToken)), new SecretHasher(config), new AccessEnds());
}
