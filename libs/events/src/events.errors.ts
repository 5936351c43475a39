import { DomainError } from '@convene/core';

export class EventNotFound extends DomainError {
  constructor() {
    super('not_found', 'event_not_found', 'No event has that id');
  }
}

export class SessionNotFound extends DomainError {
  constructor() {
    super('not_found', 'session_not_found', 'No session has that id');
  }
}

/** An event or session whose fields do not fit together; `field` says which to fix. */
export class InvalidSchedule extends DomainError {
  constructor(field: string, message: string) {
    super('invalid', 'invalid_schedule', message, { [field]: [message] });
  }
}

export class ScheduleClash extends DomainError {
  constructor(message: string) {
    super('conflict', 'schedule_clash', message);
  }
}

export class EventNotEditable extends DomainError {
  constructor(message: string) {
    super('conflict', 'event_not_editable', message);
  }
}
