import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiGoneResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@convene/identity';
import { ApologyService, CheckInCodeView, CheckInService, RegistrationAccess, RegistrationService, RegistrationView, UpdateRegistrationDto } from '@convene/registration';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Public, RequireResourceRole } from '../auth/access.decorators';
import { OptionalUser } from '../auth/signed-in-request';
import { ViewerResolver } from './viewer.resolver';

class PrivateLinkQuery {
  @ApiPropertyOptional({ description: 'The token from the private link in the confirmation mail' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string;
}

/**
 * Who asks: the private link's token, if given, and whoever is signed in. The registration's
 * holder (signed in with its address) may do what its private link does; an organiser of its event too.
 */
function accessOf(query: PrivateLinkQuery, signedIn: SignedIn | null): RegistrationAccess {
  return { token: query.token, personId: signedIn?.person.id ?? null, email: signedIn?.person.email ?? null };
}

@ApiTags('registrations')
@Controller('registrations')
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly apologies: ApologyService,
    private readonly checkInCodes: CheckInService,
    private readonly viewers: ViewerResolver,
  ) {}

  @Public()
  @Get(':id')
  @ApiOperation({ summary: 'A registration, for its holder (signed in with its address, or by its private link) or an organiser of its event' })
  @ApiOkResponse({ type: RegistrationView })
  get(@Param('id', ParseUUIDPipe) id: string, @Query() query: PrivateLinkQuery, @OptionalUser() signedIn: SignedIn | null) {
    return this.registrations.get(id, accessOf(query, signedIn));
  }

  @Public()
  @Get(':id/check-in-code')
  @ApiOperation({ summary: 'The check-in code of a confirmed place (null before), for its holder (signed in, or by the private link) or an organiser of the event' })
  @ApiOkResponse({ type: CheckInCodeView })
  checkInCode(@Param('id', ParseUUIDPipe) id: string, @Query() query: PrivateLinkQuery, @OptionalUser() signedIn: SignedIn | null): Promise<CheckInCodeView> {
    return this.checkInCodes.codeOf(id, accessOf(query, signedIn));
  }

  @Public()
  @Patch(':id')
  @ApiOperation({
    summary:
      'Change needs, job title, the attendee-list choice and workshops (private link, or an organiser) until registration closes. ' +
      'Workshops kept keep their seat or place in line; new ones join the back of their line; a seat given up goes to the first in line.',
  })
  @ApiOkResponse({ type: RegistrationView })
  @ApiConflictResponse({ description: 'Registration closed, the registration cancelled, or two workshops at the same time (workshops_overlap)' })
  change(@Param('id', ParseUUIDPipe) id: string, @Query() query: PrivateLinkQuery, @Body() body: UpdateRegistrationDto, @OptionalUser() signedIn: SignedIn | null) {
    return this.registrations.change(id, body, accessOf(query, signedIn));
  }

  @Public()
  @Post(':id/apologies')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Send apologies instead of coming (private link, or an organiser): a place held is given back, and the apologies acknowledged by mail' })
  @ApiOkResponse({ type: RegistrationView })
  sendApologies(@Param('id', ParseUUIDPipe) id: string, @Query() query: PrivateLinkQuery, @OptionalUser() signedIn: SignedIn | null) {
    return this.apologies.fromRegistration(id, accessOf(query, signedIn));
  }

  @Public()
  @Delete(':id')
  @ApiOperation({ summary: 'Cancel: the freed place goes to the first in line (at once, or as an offer)' })
  @ApiOkResponse({ type: RegistrationView })
  cancel(@Param('id', ParseUUIDPipe) id: string, @Query() query: PrivateLinkQuery, @OptionalUser() signedIn: SignedIn | null) {
    return this.registrations.cancel(id, accessOf(query, signedIn));
  }

  @Public()
  @Post(':id/offer/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept the place offered from the waiting list (private link, or an organiser): confirmed at once' })
  @ApiOkResponse({ type: RegistrationView })
  acceptOffer(@Param('id', ParseUUIDPipe) id: string, @Query() query: PrivateLinkQuery, @OptionalUser() signedIn: SignedIn | null) {
    return this.registrations.acceptOffer(id, accessOf(query, signedIn));
  }

  @Public()
  @Post(':id/confirm-address')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Confirm the address of a registration on an event that holds places for confirmed addresses only (the private link mailed to it): ' +
      'it then takes a place, or joins the waiting list (or awaits approval) if the event is full; a second call changes nothing',
  })
  @ApiOkResponse({ type: RegistrationView })
  @ApiGoneResponse({ description: 'The time to confirm has passed (confirmation_lapsed): the registration counts for nothing' })
  confirmAddress(@Param('id', ParseUUIDPipe) id: string, @Query() query: PrivateLinkQuery, @OptionalUser() signedIn: SignedIn | null) {
    return this.registrations.confirmAddress(id, accessOf(query, signedIn));
  }

  @Public()
  @Post(':id/offer/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Decline the place offered: the registration is cancelled and the next in line is offered it' })
  @ApiOkResponse({ type: RegistrationView })
  declineOffer(@Param('id', ParseUUIDPipe) id: string, @Query() query: PrivateLinkQuery, @OptionalUser() signedIn: SignedIn | null) {
    return this.registrations.declineOffer(id, accessOf(query, signedIn));
  }

  @RequireResourceRole('registration', 'organiser')
  @Post(':id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RegistrationView })
  approve(@Param('id', ParseUUIDPipe) id: string) {
    return this.registrations.decide(id, true);
  }

  @RequireResourceRole('registration', 'organiser')
  @Post(':id/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RegistrationView })
  decline(@Param('id', ParseUUIDPipe) id: string) {
    return this.registrations.decide(id, false);
  }

  @RequireResourceRole('registration', 'organiser')
  @Post(':id/check-in')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RegistrationView })
  checkIn(@Param('id', ParseUUIDPipe) id: string) {
    return this.registrations.checkIn(id);
  }
}
