import { Module } from '@nestjs/common';
import { IdentityModule } from '@convene/identity';
import { AccessRequestsController } from './access-requests.controller';
import { AdminOrganisationsController } from './admin-organisations.controller';
import { AdminPeopleController } from './admin-people.controller';
import { PeopleDirectoryController } from './people-directory.controller';

/** The network admin's view of organisations and people, and requests for access. */
@Module({
  imports: [IdentityModule],
  controllers: [AccessRequestsController, AdminOrganisationsController, AdminPeopleController, PeopleDirectoryController],
})
export class IdentityApiModule {}
