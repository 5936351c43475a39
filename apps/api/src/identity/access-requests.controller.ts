import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ACCESS_ASKED, AccessAskedView, AccessRequestView, AccessRequestsQueryDto, AccessRequestsService, AskForAccessDto, DeclineAccessDto, MemberOrganisationView, NetworkRole, SignedIn } from '@convene/identity';
import type { Request } from 'express';
import { Public, RequireRoles } from '../auth/access.decorators';
import { CurrentUser, clientIp } from '../auth/signed-in-request';
import { requestLanguage } from '../http/request-language';

/** People of member organisations without an account ask to be let in; organisers answer. */
@ApiTags('access requests')
@Controller()
export class AccessRequestsController {
  constructor(private readonly requests: AccessRequestsService) {}

  /** The network's member councils and organisations: whose people may ask for access. */
  @Public()
  @Get('organisations/members')
  @ApiOkResponse({ type: MemberOrganisationView, isArray: true })
  members(): Promise<MemberOrganisationView[]> {
    return this.requests.memberOrganisations();
  }

  /** The same answer whether or not the address is known: a known person is mailed a sign-in link instead. */
  @Public()
  @Post('access-requests')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: AccessAskedView })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong, or the organisation is not a member' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this client or for this address' })
  async ask(@Body() body: AskForAccessDto, @Req() request: Request): Promise<AccessAskedView> {
    await this.requests.ask(body, clientIp(request), requestLanguage(request));
    return { message: ACCESS_ASKED };
  }

  @RequireRoles(NetworkRole.Organiser)
  @Get('access-requests')
  @ApiOkResponse({ type: AccessRequestView, isArray: true })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: 'Not an organiser' })
  list(@Query() query: AccessRequestsQueryDto): Promise<AccessRequestView[]> {
    return this.requests.list(query.status);
  }

  /** Makes their account in the organisation they named, and mails them how to sign in. */
  @RequireRoles(NetworkRole.Organiser)
  @Post('access-requests/:id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AccessRequestView })
  @ApiConflictResponse({ description: 'Already answered' })
  approve(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedIn): Promise<AccessRequestView> {
    return this.requests.approve(id, user.person.id);
  }

  @RequireRoles(NetworkRole.Organiser)
  @Post('access-requests/:id/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AccessRequestView })
  @ApiConflictResponse({ description: 'Already answered' })
  decline(@Param('id', ParseUUIDPipe) id: string, @Body() body: DeclineAccessDto, @CurrentUser() user: SignedIn): Promise<AccessRequestView> {
    return this.requests.decline(id, user.person.id, body.note ?? null);
  }
}
