import { AccessRequest } from './access-requests/access-request.entity';
import { ApiToken } from './auth/api-token.entity';
import { RateLimitCounter } from './auth/rate-limit-counter.entity';
import { Session } from './auth/session.entity';
import { SignInToken } from './auth/sign-in-token.entity';
import { Organisation } from './organisations/organisation.entity';
import { Person } from './people/person.entity';

export const IDENTITY_ENTITIES = [Organisation, Person, SignInToken, Session, ApiToken, RateLimitCounter, AccessRequest];
