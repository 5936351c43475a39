import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@convene/identity';
import { MyRegistrations, MyRegistrationsView } from '@convene/registration';
import { CurrentUser } from '../auth/signed-in-request';
import { ApiErrors } from '../http/api-errors';

@ApiTags('me')
@ApiErrors(401)
@Controller('me/registrations')
export class MyRegistrationsController {
  constructor(private readonly mine: MyRegistrations) {}

  @Get()
  @ApiOperation({
    summary:
      'Your registrations across events: those made with your address, wherever they were made from. Upcoming first (soonest first), then past (latest first). ' +
      'Each opens at /registrations/{id} while you are signed in, without the mailed link',
  })
  @ApiOkResponse({ type: MyRegistrationsView })
  list(@CurrentUser() signedIn: SignedIn): Promise<MyRegistrationsView> {
    return this.mine.of(signedIn.person.email);
  }
}
