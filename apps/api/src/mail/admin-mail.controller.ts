import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { QueueName } from '@convene/core';
import { NetworkRole, PageQueryDto, pageRequest } from '@convene/identity';
import { MailAdmin, OutboxStatus } from '@convene/notifications';
import { IsEnum, IsOptional } from 'class-validator';
import { Queue } from 'bullmq';
import { RequireRoles } from '../auth/access.decorators';

class MailListQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: OutboxStatus })
  @IsOptional()
  @IsEnum(OutboxStatus)
  status?: OutboxStatus;
}

/** The mail queue as admins see it: what failed and why, a retry, and the queue's counts. */
@ApiTags('admin')
@RequireRoles(NetworkRole.Admin)
@Controller('admin')
export class AdminMailController {
  constructor(
    private readonly mailAdmin: MailAdmin,
    @InjectQueue(QueueName.Mail) private readonly mailQueue: Queue,
  ) {}

  @Get('mail')
  @ApiOperation({ summary: 'Mail in the outbox, newest first; ?status=failed for what needs attention' })
  list(@Query() query: MailListQuery) {
    const { limit, offset } = pageRequest(query);
    return this.mailAdmin.list(query.status, limit, offset);
  }

  @Post('mail/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed mail again' })
  retry(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.mailAdmin.retry(id);
  }

  @Get('queues')
  @ApiOperation({ summary: 'Job counts of every queue (the queue dashboard)' })
  async queues() {
    const counts = await this.mailQueue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    return { queues: [{ name: QueueName.Mail, counts }] };
  }
}
