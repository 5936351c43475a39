import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { QueueName } from '@convene/core';
import { NetworkRole } from '@convene/identity';
import { MailAdmin, OutboxStatus } from '@convene/notifications';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Queue } from 'bullmq';
import { RequireRoles } from '../auth/access.decorators';

class MailListQuery {
  @ApiPropertyOptional({ enum: OutboxStatus })
  @IsOptional()
  @IsEnum(OutboxStatus)
  status?: OutboxStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 50;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
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
    return this.mailAdmin.list(query.status, query.limit, query.offset);
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
