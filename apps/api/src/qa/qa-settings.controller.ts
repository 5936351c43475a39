import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LiveParticipant } from '@convene/live';
import { QuestionsService, UpdateQaSettingsDto } from '@convene/qa';
import { Public } from '../auth/access.decorators';
import { LiveCaller } from '../live/live-caller.decorator';

@ApiTags('qa')
@ApiHeader({ name: 'X-Live-Identity', required: false })
@Public()
@Controller('sessions')
export class QaSettingsController {
  constructor(private readonly questions: QuestionsService) {}

  @Get(':id/qa')
  @ApiOperation({ summary: "The session's Q&A settings: moderation mode, open or closed, anonymous questions, word filter, speaker time" })
  get(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant) {
    return this.questions.getSettings(id, participant);
  }

  @Patch(':id/qa')
  @ApiOperation({ summary: 'Change the Q&A settings (moderators); everyone in the session hears of it live' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateQaSettingsDto, @LiveCaller() participant: LiveParticipant) {
    return this.questions.updateSettings(id, participant, body);
  }

  @Get(':id/qa/audit')
  @ApiOperation({ summary: 'The moderation audit trail, newest first: who did what, when (moderators)' })
  async audit(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant) {
    return { items: await this.questions.auditTrail(id, participant) };
  }
}
