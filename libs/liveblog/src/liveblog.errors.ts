import { DomainError } from '@convene/core';

export class LiveblogNotEnabled extends DomainError {
  constructor() {
    super('not_found', 'liveblog_not_enabled', 'This session has no liveblog');
  }
}

export class NotLiveblogEditor extends DomainError {
  constructor() {
    super('forbidden', 'not_liveblog_editor', "Only the session's chair, its liveblog editors and the event's organisers can write its liveblog");
  }
}

export class EntryNotFound extends DomainError {
  constructor() {
    super('not_found', 'liveblog_entry_not_found', 'This session has no liveblog entry with that id');
  }
}

/** Fields that do not fit the kind of entry; `field` says which to fix. */
export class InvalidEntry extends DomainError {
  constructor(field: string, message: string) {
    super('invalid', 'invalid_liveblog_entry', message, { [field]: [message] });
  }
}

export class EntryStateConflict extends DomainError {
  constructor(message: string) {
    super('conflict', 'liveblog_entry_state', message);
  }
}

export class PersonNotFound extends DomainError {
  constructor() {
    super('not_found', 'person_not_found', 'No person has that id');
  }
}

export class EditorNotFound extends DomainError {
  constructor() {
    super('not_found', 'liveblog_editor_not_found', 'That person is not a liveblog editor of this session');
  }
}
