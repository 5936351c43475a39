import { DomainError } from '@convene/core';

export class PollNotFound extends DomainError {
  constructor() {
    super('not_found', 'poll_not_found', 'No poll has that id');
  }
}

export class PollNotOpen extends DomainError {
  constructor(status: string) {
    super('conflict', 'poll_not_open', status === 'closed' ? 'This poll has closed: answers are no longer taken' : 'This poll is not open yet');
  }
}

export class PollWrongStatus extends DomainError {
  constructor(message: string) {
    super('conflict', 'poll_wrong_status', message);
  }
}

export class AlreadyAnswered extends DomainError {
  constructor() {
    super('conflict', 'poll_already_answered', 'You have answered this poll already: change your answer (PUT .../answers/mine) instead');
  }
}

export class InvalidPollAnswer extends DomainError {
  constructor(field: string, message: string) {
    super('invalid', 'invalid_poll_answer', message, { [field]: [message] });
  }
}

export class InvalidPoll extends DomainError {
  constructor(field: string, message: string) {
    super('invalid', 'invalid_poll', message, { [field]: [message] });
  }
}

export class PollSignInRequired extends DomainError {
  constructor() {
    super('unauthenticated', 'poll_sign_in_required', 'The chair asks for signed-in answers to this poll: sign in first');
  }
}

export class PollAnswerNotFound extends DomainError {
  constructor() {
    super('not_found', 'poll_answer_not_found', 'This poll has no answer with that id');
  }
}
