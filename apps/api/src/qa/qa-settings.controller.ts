import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LiveParticipant } from '@convene/live';
import { ModerationAuditViewDoc, ModeratorQaSettings, QaSettingsView, QuestionsService, UpdateQaSettingsDto } from '@convene/qa';
import { Public } from '../auth/access.decorators';
import { ApiLiveErrors } from '../http/api-errors';
import { LiveCaller } from '../live/live-caller.decorator';

@ApiTags('qa')
@ApiHeader({ name: 'X-Live-Identity', required: false })
@ApiLiveErrors()
@Public()
@Controller('sessions')
export class QaSettingsController {
  constructor(private readonly questions: QuestionsService) {}

  @Get(':id/qa')
  @ApiOperation({ summary: "The session's Q&A settings: moderation mode, open or closed, anonymous questions, word filter, speaker time" })
  @ApiOkResponse({ type: QaSettingsView })
  get(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<QaSettingsView> {
    return this.questions.getSettings(id, participant);
  }

  @Patch(':id/qa')
  @ApiOperation({ summary: 'Change the Q&A settings (moderators); everyone in the session hears of it live' })
  @ApiOkResponse({ type: ModeratorQaSettings, description: 'The settings, with the code to show in the room' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateQaSettingsDto, @LiveCaller() participant: LiveParticipant): Promise<ModeratorQaSettings> {
    return this.questions.updateSettings(id, participant, body);
  }

  @Get(':id/qa/audit')
  @ApiOperation({ summary: 'The moderation audit trail, newest first: who did what, when (moderators)' })
  @ApiOkResponse({ type: ModerationAuditViewDoc })
  async audit(@Param('id', ParseUUIDPipe) id: string, @LiveCaller() participant: LiveParticipant): Promise<ModerationAuditViewDoc> {
    return { items: await this.questions.auditTrail(id, participant) };
  }
}
