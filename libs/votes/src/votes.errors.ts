import { DomainError } from '@convene/core';

export class MotionNotFound extends DomainError {
  constructor() {
    super('not_found', 'motion_not_found', 'No motion has that id');
  }
}

export class MotionWrongStatus extends DomainError {
  constructor(message: string) {
    super('conflict', 'motion_wrong_status', message);
  }
}

export class NotQuorate extends DomainError {
  constructor(present: number, quorum: number) {
    super('conflict', 'not_quorate', `The meeting is not quorate: ${present} voting member${present === 1 ? '' : 's'} present, ${quorum} needed`);
  }
}

export class NotEligibleToVote extends DomainError {
  constructor(message: string) {
    super('forbidden', 'not_eligible', message);
  }
}

export class NotPresent extends DomainError {
  constructor() {
    super('forbidden', 'not_present', 'Only members checked in at the meeting vote: check in at the door first');
  }
}

export class AlreadyVoted extends DomainError {
  constructor(name: string | null) {
    super('conflict', 'already_voted', name ? `A vote has already been cast for ${name} on this motion` : 'You have already voted on this motion');
  }
}

export class MemberPresent extends DomainError {
  constructor(name: string) {
    super('conflict', 'member_present', `${name} is here and votes in person: a proxy votes only for an absent member`);
  }
}

export class InvalidVoting extends DomainError {
  constructor(field: string, message: string) {
    super('invalid', 'invalid_voting', message, { [field]: [message] });
  }
}

export class VotingNotFound extends DomainError {
  constructor(message: string) {
    super('not_found', 'voting_not_found', message);
  }
}
