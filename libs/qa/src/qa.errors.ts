import { DomainError } from '@convene/core';

export class QaNotEnabled extends DomainError {
  constructor() {
    super('not_found', 'qa_not_enabled', 'This session has no live Q&A');
  }
}

export class QaClosed extends DomainError {
  constructor() {
    super('conflict', 'qa_closed', 'The Q&A of this session is closed');
  }
}

export class QuestionNotFound extends DomainError {
  constructor() {
    super('not_found', 'question_not_found', 'No question has that id');
  }
}

export class QuestionNotVotable extends DomainError {
  constructor() {
    super('conflict', 'question_not_votable', 'Only questions shown to the audience can be voted on');
  }
}

export class AnonymousNotAllowed extends DomainError {
  constructor() {
    super('invalid', 'anonymous_not_allowed', 'The chair asks for a name with each question', { askerName: ['Give your name: this session does not take anonymous questions'] });
  }
}

export class ModerationNotAllowed extends DomainError {
  constructor(message: string) {
    super('conflict', 'moderation_not_allowed', message);
  }
}

export class NotModerator extends DomainError {
  constructor() {
    super('forbidden', 'not_moderator', "Only the session's chair or the event's organisers moderate its Q&A");
  }
}

export class FloorRequestNotFound extends DomainError {
  constructor() {
    super('not_found', 'floor_request_not_found', 'No request for the floor has that id');
  }
}

export class SignInToTakePart extends DomainError {
  constructor() {
    super('unauthenticated', 'sign_in_to_take_part', 'The chair asks people to sign in to vote and ask in this session');
  }
}

export class RoomCodeNeeded extends DomainError {
  constructor() {
    super('forbidden', 'room_code_needed', 'Give the code shown in the room (or sign in) to vote and ask in this session');
  }
}
