import { DomainError } from '@convene/core';

export class MinutesNotFound extends DomainError {
  constructor() {
    super('not_found', 'minutes_not_found', 'No minutes have that id, or they are not published for you');
  }
}

export class MinutesForbidden extends DomainError {
  constructor(message: string) {
    super('forbidden', 'minutes_forbidden', message);
  }
}

/** A save that names a version other than the current one: someone else saved in between. */
export class StaleMinutesVersion extends DomainError {
  constructor(currentVersion: number, current: unknown) {
    super(
      'conflict',
      'minutes_version_conflict',
      `Someone else saved these minutes since you opened them (now version ${currentVersion}). Your text was not saved: compare it with the current version, then save again.`,
      undefined,
      { currentVersion, current },
    );
  }
}

export class MinutesWrongStatus extends DomainError {
  constructor(message: string) {
    super('conflict', 'minutes_wrong_status', message);
  }
}

export class InvalidMinutes extends DomainError {
  constructor(field: string, message: string) {
    super('invalid', 'invalid_minutes', message, { [field]: [message] });
  }
}

export class ActionNotFound extends DomainError {
  constructor() {
    super('not_found', 'action_not_found', 'No action has that id');
  }
}

export class CommentNotFound extends DomainError {
  constructor() {
    super('not_found', 'comment_not_found', 'No comment has that id on these minutes');
  }
}
