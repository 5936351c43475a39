import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { MailAdmin } from '@convene/notifications';
import { RequireResourceRole } from '../auth/access.decorators';
import { ApiErrors } from '../http/api-errors';

class EventMailStatusView {
  @ApiProperty({
    enum: ['flowing', 'stuck'],
    description: '`stuck`: mail is not getting out (it has met temporary failures, or has waited over 5 minutes: the mail server or the worker is down); the event’s mail waits with the rest',
  })
  state: 'flowing' | 'stuck';
  @ApiProperty({ type: Date, nullable: true, description: 'Since when the oldest mail still to send has waited; null when none waits' })
  waitingSince: Date | null;
}

/**
 * Whether mail is getting out, for an event's organisers: their pages say so in plain words when
 * it is not. Mail leaves through one outbox, so it is the service's state, answered from a check
 * at most 10 s old (MailAdmin.recentHealth); no counts, addresses or server answers (admins have those).
 */
@ApiTags('events')
@Controller('events')
export class EventMailController {
  constructor(private readonly mailAdmin: MailAdmin) {}

  @RequireResourceRole('event', 'organiser')
  @Get(':id/mail-status')
  @ApiOperation({ summary: 'Whether mail (the event’s confirmations, invites and messages with the rest) is getting out (the event’s organisers and admins)' })
  @ApiOkResponse({ type: EventMailStatusView })
  @ApiErrors(400, 401, { status: 403, description: 'Not an organiser of the event' }, 404)
  async mailStatus(@Param('id', ParseUUIDPipe) _id: string): Promise<EventMailStatusView> {
    const health = await this.mailAdmin.recentHealth();
    return { state: health.state, waitingSince: health.oldestPendingSince };
  }
}
