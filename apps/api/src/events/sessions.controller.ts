import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AddSpeakerDto, AgendaService, SessionSpeakerListView, SessionView, SpeakerInvitations, SpeakerInvitedView, UpdateSessionDto,
} from '@convene/events';
import { RequireResourceRole } from '../auth/access.decorators';
import { ApiErrors } from '../http/api-errors';

const NOT_ORGANISER = { status: 403, description: 'Not an organiser of the session’s event' };

@ApiTags('events')
@RequireResourceRole('session', 'organiser')
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly agenda: AgendaService,
    private readonly speakerInvitations: SpeakerInvitations,
  ) {}

  @Patch(':id')
  @ApiOperation({ summary: 'Change a session (time, room, title, description, places, live Q&A and liveblog); delegates see it once the agenda is published again' })
  @ApiOkResponse({ type: SessionView })
  @ApiErrors(400, 401, NOT_ORGANISER, 404, { status: 409, description: 'The room is taken at that time, or the event is cancelled' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateSessionDto) {
    return this.agenda.updateSession(id, body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.agenda.removeSession(id);
  }

  @Get(':id/speakers')
  @ApiOperation({ summary: 'Everyone invited to the session, with their answer (invited, confirmed, declined)' })
  @ApiOkResponse({ type: SessionSpeakerListView })
  @ApiErrors(400, 401, NOT_ORGANISER, 404)
  async speakers(@Param('id', ParseUUIDPipe) id: string): Promise<SessionSpeakerListView> {
    return { items: await this.speakerInvitations.programme(id) };
  }

  @Post(':id/speakers')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Invite a person to speak (personId from the people search, or person: name, email, organisation of someone new): they accept or decline through the link in the mail, and appear on the agenda once they accept',
  })
  @ApiAcceptedResponse({ type: SpeakerInvitedView })
  @ApiErrors(400, 401, NOT_ORGANISER, 404, { status: 409, description: 'They speak elsewhere at the same time, or the event is cancelled' })
  inviteSpeaker(@Param('id', ParseUUIDPipe) id: string, @Body() body: AddSpeakerDto) {
    return this.speakerInvitations.invite(id, body);
  }

  @Post(':id/speakers/:personId/resend')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Mail the invitation again with a new link (the old one stops working); only while unanswered' })
  @ApiAcceptedResponse({ type: SpeakerInvitedView })
  @ApiErrors(400, 401, NOT_ORGANISER, 404, { status: 409, description: 'Already answered, or the event is cancelled' })
  resendInvitation(@Param('id', ParseUUIDPipe) id: string, @Param('personId', ParseUUIDPipe) personId: string) {
    return this.speakerInvitations.resend(id, personId);
  }

  @Delete(':id/speakers/:personId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Withdraw an invitation, or take a speaker off the programme (the agenda changes once published again)' })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  @ApiErrors(400, 401, NOT_ORGANISER, 404, { status: 409, description: 'The event is cancelled' })
  async withdrawSpeaker(@Param('id', ParseUUIDPipe) id: string, @Param('personId', ParseUUIDPipe) personId: string): Promise<void> {
    await this.speakerInvitations.withdraw(id, personId);
  }
}
