import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { QUEUE_BACKEND, QueueBackendKind, QueueName, withTimeout } from '@convene/core';
import { MailAdmin } from '@convene/notifications';
import { Queue } from 'bullmq';
import { Public } from '../auth/access.decorators';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

type CheckState = 'up' | 'down' | 'not used';

const CHECK_TIMEOUT_MS = 2_000;

const CHECK_STATE = { type: 'string', enum: ['up', 'down', 'not used'] };
const READINESS_SCHEMA = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ready', 'unavailable'] },
    down: { type: 'array', items: { type: 'string' }, description: 'The checks that failed' },
    checks: { type: 'object', properties: { database: CHECK_STATE, queues: CHECK_STATE, redis: CHECK_STATE } },
    queueBackend: { type: 'string', enum: ['postgres', 'redis'] },
    mail: {
      type: 'object',
      nullable: true,
      description:
        'Whether mail is getting out (it does not make the API unready: requests still work and mail waits in the outbox). ' +
        '`stuck`: mail has met temporary failures (the mail server down or refusing for now) or has waited over 5 minutes. Null when the database did not answer.',
      properties: {
        state: { type: 'string', enum: ['flowing', 'stuck'] },
        pending: { type: 'integer' },
        retrying: { type: 'integer' },
        oldestPendingSince: { type: 'string', format: 'date-time', nullable: true },
      },
    },
  },
};

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Mail) private readonly mailQueue: Queue,
    @Inject(QUEUE_BACKEND) private readonly queueBackend: QueueBackendKind,
    private readonly mailAdmin: MailAdmin,
  ) {}

  /** The process is alive. */
  @Get('health')
  @ApiOkResponse({ description: 'The API process is running', schema: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } } } })
  health() {
    return { status: 'ok' };
  }

  /** The process can do its work: the database, Redis and the queues answer; and whether mail is getting out. */
  @Get('ready')
  @ApiOkResponse({ description: 'Database, Redis and queues are reachable', schema: READINESS_SCHEMA })
  @ApiServiceUnavailableResponse({ description: 'Something the API needs is down; the body says what', schema: READINESS_SCHEMA })
  async ready(@Res({ passthrough: true }) response: Response) {
    const [database, queues, mail] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(() => this.mailQueue.getJobCounts('waiting')),
      // Counts and times only: the mail server's last answer may quote an address (admins see it).
      withTimeout(this.mailAdmin.health(), CHECK_TIMEOUT_MS).then(
        ({ state, pending, retrying, oldestPendingSince }) => ({ state, pending, retrying, oldestPendingSince }),
        () => null,
      ),
    ]);
    const redis: CheckState = this.queueBackend === 'redis' ? queues : 'not used';
    const checks = { database, queues, redis };
    const down = Object.entries(checks).filter(([, state]) => state === 'down').map(([name]) => name);
    response.status(down.length ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK);
    return { status: down.length ? 'unavailable' : 'ready', down, checks, queueBackend: this.queueBackend, mail };
  }
}

async function check(probe: () => Promise<unknown>): Promise<CheckState> {
  try {
    await withTimeout(probe(), CHECK_TIMEOUT_MS);
    return 'up';
  } catch {
    return 'down';
  }
}
