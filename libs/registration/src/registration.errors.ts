import { DomainError } from '@convene/core';

export class RegistrationClosed extends DomainError {
  constructor(reason: string) {
    super('conflict', 'registration_closed', reason);
  }
}

export class RegistrationNotFound extends DomainError {
  constructor() {
    super('not_found', 'registration_not_found', 'No registration has that id, or the link is not valid');
  }
}

export class NotInvited extends DomainError {
  constructor(message = 'This event is by invitation: use the link in your invitation mail') {
    super('forbidden', 'not_invited', message);
  }
}

export class MembersOnly extends DomainError {
  constructor() {
    super('forbidden', 'members_only', 'This event is for people of member organisations: sign in with your council address');
  }
}

export class OrganisationLimitReached extends DomainError {
  constructor(limit: number) {
    super('conflict', 'organisation_limit_reached', `Your organisation already has its ${limit} places at this event`);
  }
}

export class UnknownWorkshop extends DomainError {
  constructor() {
    super('invalid', 'unknown_workshop', 'Choose workshops of this event only', { workshopIds: ['Choose workshops of this event only'] });
  }
}

export class RegistrationNotPending extends DomainError {
  constructor() {
    super('conflict', 'registration_not_pending', 'Only a registration awaiting approval can be approved or declined');
  }
}

export class EventFull extends DomainError {
  constructor(message = 'The event is full') {
    super('conflict', 'event_full', message);
  }
}

export class OfferNotOpen extends DomainError {
  constructor(message: string) {
    super('conflict', 'offer_not_open', message);
  }
}

export class UnknownCheckInCode extends DomainError {
  constructor() {
    super('not_found', 'check_in_code_unknown', 'No registration has that check-in code: check it, or search by name');
  }
}

export class CheckInCodeOfAnotherEvent extends DomainError {
  constructor() {
    super('conflict', 'check_in_code_other_event', 'That check-in code is for a different event');
  }
}

export class WorkshopsOverlap extends DomainError {
  constructor(first: string, second: string) {
    super('conflict', 'workshops_overlap', `"${first}" and "${second}" run at the same time: choose one of them`, {
      workshopIds: [`"${first}" and "${second}" run at the same time: choose one of them`],
    });
  }
}

export class ConfirmationLapsed extends DomainError {
  constructor() {
    super('gone', 'confirmation_lapsed', 'The time to confirm this address has passed, so the registration counts for nothing: register again');
  }
}

export class AddressNotConfirmed extends DomainError {
  constructor(message: string) {
    super('conflict', 'address_not_confirmed', message);
  }
}

/** The meeting has taken place: what could only be done before it (apologies, giving up a place) no longer can. */
export class EventOver extends DomainError {
  constructor(message = 'This meeting has taken place: its registrations can no longer be changed') {
    super('conflict', 'event_over', message);
  }
}
