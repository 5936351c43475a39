import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { keyedHash, sameHash } from './secrets';

export type SecretPurpose = 'sign-in-link' | 'sign-in-code' | 'session' | 'api-token' | 'rate-limit-email';

/** Hashes secrets with SESSION_SECRET as the key: the tables alone cannot be used to sign in. */
@Injectable()
export class SecretHasher {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  hash(purpose: SecretPurpose, value: string): string {
    return keyedHash(this.config.sessionSecret, purpose, value);
  }

  matches(purpose: SecretPurpose, value: string, hash: string): boolean {
    return sameHash(this.hash(purpose, value), hash);
  }
}
