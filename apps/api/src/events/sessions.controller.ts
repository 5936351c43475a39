import { Body, Controller, Delete, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AddSpeakerDto, AgendaService, SessionView, SpeakerInvitations, SpeakerInvitedView, UpdateSessionDto } from '@convene/events';
import { RequireResourceRole } from '../auth/access.decorators';

@ApiTags('events')
@RequireResourceRole('session', 'organiser')
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly agenda: AgendaService,
    private readonly speakerInvitations: SpeakerInvitations,
  ) {}

  @Patch(':id')
  @ApiOkResponse({ type: SessionView })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateSessionDto) {
    return this.agenda.updateSession(id, body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.agenda.removeSession(id);
  }

  @Post(':id/speakers')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Invite a person to speak: they accept or decline through the link in the mail, and appear on the agenda once they accept' })
  @ApiAcceptedResponse({ type: SpeakerInvitedView })
  inviteSpeaker(@Param('id', ParseUUIDPipe) id: string, @Body() body: AddSpeakerDto) {
    return this.speakerInvitations.invite(id, body);
  }
}
