import { DomainError } from '@convene/core';

export class NotAllowedInSession extends DomainError {
  constructor(message: string) {
    super('forbidden', 'not_allowed_in_session', message);
  }
}

export class TooManyActions extends DomainError {
  constructor(what: string, perMinute: number) {
    super('rate_limited', 'too_many_actions', `Too many ${what}: at most ${perMinute} a minute. Wait a moment and try again`);
  }
}
