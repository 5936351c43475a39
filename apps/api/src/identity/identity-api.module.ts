import { Module } from '@nestjs/common';
import { IdentityModule } from '@convene/identity';
import { AdminOrganisationsController } from './admin-organisations.controller';
import { AdminPeopleController } from './admin-people.controller';
import { PeopleDirectoryController } from './people-directory.controller';

/** The network admin's view of organisations and people. */
@Module({
  imports: [IdentityModule],
  controllers: [AdminOrganisationsController, AdminPeopleController, PeopleDirectoryController],
})
export class IdentityApiModule {}
