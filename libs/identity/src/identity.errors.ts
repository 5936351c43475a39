import { DomainError } from '@convene/core';

export class OrganisationNotFound extends DomainError {
  constructor() {
    super('not_found', 'organisation_not_found', 'No organisation has that id');
  }
}

export class OrganisationNameTaken extends DomainError {
  constructor() {
    super('conflict', 'organisation_name_taken', 'An organisation with that name already exists', {
      name: ['An organisation with that name already exists'],
    });
  }
}

export class PersonNotFound extends DomainError {
  constructor() {
    super('not_found', 'person_not_found', 'No person has that id');
  }
}

export class PersonEmailTaken extends DomainError {
  constructor() {
    super('conflict', 'person_email_taken', 'A person with that email address already exists', {
      email: ['A person with that email address already exists'],
    });
  }
}

export class PersonErased extends DomainError {
  constructor() {
    super('gone', 'person_erased', "This person's data has been erased");
  }
}

export class NotSignedIn extends DomainError {
  constructor(message = 'Sign in to do this') {
    super('unauthenticated', 'not_signed_in', message);
  }
}

export class MissingRole extends DomainError {
  constructor() {
    super('forbidden', 'missing_role', 'You do not have a role that allows this');
  }
}

/** Why a sign-in code or link was refused; each says so plainly. */
export class SignInRefused extends DomainError {
  static wrongCode(): SignInRefused {
    return new SignInRefused('sign_in_wrong_code', 'That code is not right. Check the latest email we sent, or ask for a new code.');
  }
  static invalidLink(): SignInRefused {
    return new SignInRefused('sign_in_invalid_link', 'This sign-in link is not valid. Ask for a new one.');
  }
  static expired(): SignInRefused {
    return new SignInRefused('sign_in_expired', 'This sign-in code or link has expired. Ask for a new one.');
  }
  static used(): SignInRefused {
    return new SignInRefused('sign_in_used', 'This sign-in code or link has already been used. Ask for a new one.');
  }
  static exhausted(): SignInRefused {
    return new SignInRefused('sign_in_attempts_exhausted', 'Too many wrong codes were tried for this sign-in. Ask for a new code.');
  }
  static incomplete(): SignInRefused {
    return new SignInRefused('sign_in_incomplete', 'Send either a token, or an email address and a code.', 'invalid');
  }

  private constructor(code: string, message: string, kind: 'unauthenticated' | 'invalid' = 'unauthenticated') {
    super(kind, code, message);
  }
}

export class TooManyAttempts extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 'too_many_attempts', 'Too many attempts. Wait a few minutes and try again.');
  }
}

export class ApiTokenNotFound extends DomainError {
  constructor() {
    super('not_found', 'api_token_not_found', 'You have no token with that id');
  }
}

export class TokensCannotMintTokens extends DomainError {
  constructor() {
    super('forbidden', 'token_cannot_mint_tokens', 'API tokens are made while signed in, not with another token');
  }
}

export class ResourceTypeUnknown extends Error {
  constructor(type: string) {
    super(`No role resolver is registered for resource type "${type}"`);
  }
}

export class UnknownOrganisation extends DomainError {
  constructor() {
    super('invalid', 'unknown_organisation', 'No organisation has that id', { organisationId: ['No organisation has that id'] });
  }
}

export class AccessRequestNotFound extends DomainError {
  constructor() {
    super('not_found', 'access_request_not_found', 'No request for access has that id');
  }
}

export class AccessRequestDecided extends DomainError {
  constructor() {
    super('conflict', 'access_request_decided', 'This request has already been answered');
  }
}

export class NotAMemberOrganisation extends DomainError {
  constructor() {
    super('invalid', 'not_a_member_organisation', 'Choose one of the network’s member organisations', {
      organisationId: ['Choose one of the network’s member organisations'],
    });
  }
}
