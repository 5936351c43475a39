import { Controller, Get, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SpeakerInvitationView, SpeakerInvitations } from '@convene/events';
import type { Request } from 'express';
import { Public } from '../auth/access.decorators';
import { requestLanguage } from '../http/request-language';

/** The speaker's side of an invitation: the link in the mail is the credential. */
@ApiTags('events')
@Public()
@Controller('speaker-invitations')
export class SpeakerInvitationsController {
  constructor(private readonly invitations: SpeakerInvitations) {}

  @Get(':token')
  @ApiOperation({ summary: 'What the invitation is for (opening it changes nothing)' })
  @ApiOkResponse({ type: SpeakerInvitationView })
  view(@Param('token') token: string, @Req() request: Request) {
    return this.invitations.view(token, requestLanguage(request));
  }

  @Post(':token/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SpeakerInvitationView })
  accept(@Param('token') token: string, @Req() request: Request) {
    return this.invitations.answer(token, true, requestLanguage(request));
  }

  @Post(':token/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SpeakerInvitationView })
  decline(@Param('token') token: string, @Req() request: Request) {
    return this.invitations.answer(token, false, requestLanguage(request));
  }
}
