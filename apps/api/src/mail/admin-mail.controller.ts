import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { QueueName, PageQueryDto, pageRequest } from '@convene/core';
import { NetworkRole } from '@convene/identity';
import { MailAdmin, MailDeliveryHealth, MailQueueCounts, MailQueueEntry, OutboxStatus } from '@convene/notifications';
import { IsEnum, IsOptional } from 'class-validator';
import { Queue } from 'bullmq';
import { RequireRoles } from '../auth/access.decorators';
import { ApiErrors } from '../http/api-errors';

class MailListQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: OutboxStatus })
  @IsOptional()
  @IsEnum(OutboxStatus)
  status?: OutboxStatus;
}

class MailQueueEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'registration.confirmed' }) kind: string;
  @ApiProperty() recipient: string;
  @ApiProperty({ type: String, nullable: true, description: 'As the recipient sees it; null once erasure has cleared what it needs' }) subject: string | null;
  @ApiProperty({ enum: OutboxStatus }) status: OutboxStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) sentAt: Date | null;
}

class MailQueuePageView {
  @ApiProperty({ type: [MailQueueEntryView] }) items: MailQueueEntryView[];
  @ApiProperty() total: number;
}

class MailCountsView {
  @ApiProperty({ description: 'Pending, not yet tried' }) waiting: number;
  @ApiProperty({ description: 'Pending after a temporary failure, with another try due' }) retrying: number;
  @ApiProperty() sent: number;
  @ApiProperty({ description: 'Refused for good; waits for a retry' }) failed: number;
}

class RetriedView {
  @ApiProperty({ description: 'How many failed mails were put back on their way' }) retried: number;
}

class MailHealthView {
  @ApiProperty({ enum: ['flowing', 'stuck'], description: '`stuck`: mail has met temporary failures or has waited over 5 minutes' })
  state: 'flowing' | 'stuck';
  @ApiProperty() pending: number;
  @ApiProperty({ description: 'Pending mail that has failed at least once and waits for its next try' }) retrying: number;
  @ApiProperty({ type: Date, nullable: true }) oldestPendingSince: Date | null;
  @ApiProperty({ type: String, nullable: true, description: "The mail server's last answer to a mail still pending" }) lastError: string | null;
}

class QueueCountsView {
  @ApiProperty({ example: 'mail' }) name: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { waiting: 0, active: 0, delayed: 0, failed: 0, completed: 12 } })
  counts: Record<string, number>;
}

class QueuesView {
  @ApiProperty({ type: [QueueCountsView] }) queues: QueueCountsView[];
}

/** The mail queue as admins see it: what failed and why, a retry, and the queue's counts. */
@ApiTags('admin')
@ApiErrors(401, { status: 403, description: 'Not a network admin' })
@RequireRoles(NetworkRole.Admin)
@Controller('admin')
export class AdminMailController {
  constructor(
    private readonly mailAdmin: MailAdmin,
    @InjectQueue(QueueName.Mail) private readonly mailQueue: Queue,
  ) {}

  @Get('mail')
  @ApiOperation({ summary: 'Mail in the outbox, newest first; ?status=failed for what needs attention' })
  @ApiOkResponse({ type: MailQueuePageView })
  list(@Query() query: MailListQuery): Promise<MailQueuePageView> {
    const { limit, offset } = pageRequest(query);
    return this.mailAdmin.list(query.status, limit, offset);
  }

  @Get('mail/counts')
  @ApiOperation({ summary: 'How much mail is waiting, retrying, sent and failed' })
  @ApiOkResponse({ type: MailCountsView })
  counts(): Promise<MailQueueCounts> {
    return this.mailAdmin.counts();
  }

  @Post('mail/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed mail again; a mail that was sent, or is still on its way, is refused (409), so none goes twice' })
  @ApiOkResponse({ type: MailQueueEntryView })
  @ApiErrors(400, { status: 404, description: 'No such mail' }, { status: 409, description: 'Only a failed mail can be retried' })
  retry(@Param('id', new ParseUUIDPipe()) id: string): Promise<MailQueueEntry> {
    return this.mailAdmin.retry(id);
  }

  @Post('mail/retry-failed')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send every failed mail again (after an outage), each with a fresh run of tries' })
  @ApiOkResponse({ type: RetriedView })
  async retryAllFailed(): Promise<RetriedView> {
    return { retried: await this.mailAdmin.retryAllFailed() };
  }

  @Get('mail/health')
  @ApiOperation({ summary: 'Whether mail is getting out: what waits, what is retrying, and the last error' })
  @ApiOkResponse({ type: MailHealthView })
  health(): Promise<MailDeliveryHealth> {
    return this.mailAdmin.health();
  }

  @Get('queues')
  @ApiOperation({ summary: 'Job counts of every queue (the queue dashboard)' })
  @ApiOkResponse({ type: QueuesView })
  async queues(): Promise<QueuesView> {
    const counts = await this.mailQueue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    return { queues: [{ name: QueueName.Mail, counts }] };
  }
}
