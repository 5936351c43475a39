import { AccessEnds } from './access/access-ends';
import { AccessRequestsService, accessRequestsPersonalData } from './access-requests/access-requests.service';
import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@convene/notifications';
import { ResourceRoles } from './access/resource-roles';
import { ApiTokenRepository } from './auth/api-token.repository';
import { ApiTokensService } from './auth/api-tokens.service';
import { RateLimitRepository } from './auth/rate-limit.repository';
import { RateLimiter } from './auth/rate-limiter.service';
import { SecretHasher } from './auth/secret-hasher';
import { SessionRepository } from './auth/session.repository';
import { SessionsService } from './auth/sessions.service';
import { SignInService } from './auth/sign-in.service';
import { SignInTokenRepository } from './auth/sign-in-token.repository';
import { IDENTITY_ENTITIES } from './identity.entities';
import { OrganisationRepository } from './organisations/organisation.repository';
import { OrganisationsService } from './organisations/organisations.service';
import { PeopleService } from './people/people.service';
import { PeopleDirectory } from './people/directory/people-directory';
import { PersonRepository } from './people/person.repository';
import { PersonalDataParts } from './people/personal-data-parts';
import { PersonalDataService } from './people/personal-data.service';

/** What other modules may use: the services, never the repositories. */
const SERVICES = [
  OrganisationsService,
  PeopleService,
  PeopleDirectory,
  PersonalDataService,
  PersonalDataParts,
  SessionsService,
  ApiTokensService,
  SignInService,
  ResourceRoles,
  RateLimiter,
  AccessEnds,
  AccessRequestsService,
];

/** Organisations, people, sign-in, sessions, API tokens and roles. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), NotificationsModule],
  providers: [
    OrganisationRepository,
    PersonRepository,
    SessionRepository,
    ApiTokenRepository,
    SignInTokenRepository,
    RateLimitRepository,
    SecretHasher,
    ...SERVICES,
  ],
  exports: [...SERVICES, RateLimiter],
})
export class IdentityModule implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataParts) {}

  onModuleInit(): void {
    this.personalData.register('accessRequests', accessRequestsPersonalData);
  }
}
