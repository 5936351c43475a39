import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module, Provider } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, QueueName, pinoHttpFor } from '@convene/core';
import { CalendarModule } from '@convene/calendar';
import { MailDeliveryModule } from '@convene/notifications';
import { RegistrationModule } from '@convene/registration';
import { LoggerModule } from 'nestjs-pino';
import os from 'node:os';
import { CalendarProcessor } from './calendar/calendar.processor';
import { MailProcessor } from './mail/mail.processor';
import { OutboxRelayScheduler } from './mail/outbox-relay.scheduler';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { MaintenanceSchedules } from './maintenance/maintenance-schedules';
import { WorkerPart } from './processes/worker-part';

/** Run once per worker, in its first process: the calendar jobs, the sweeps and their schedules, the relay's timer. */
const ONCE_PER_WORKER: Provider[] = [OutboxRelayScheduler, CalendarProcessor, MaintenanceProcessor, MaintenanceSchedules];

/**
 * The worker: BullMQ processors over the same database and queues as the API, no HTTP server.
 * A mail-only process imports the same modules (building an invite needs the calendar's parts)
 * but runs only the mail processor.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, part: WorkerPart = { kind: 'whole' }): DynamicModule {
    // One of several processes: each log line says which (pid and hostname stay, as pino's default).
    const logFields = part.label ? { base: { pid: process.pid, hostname: os.hostname(), worker: part.label } } : {};
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: pinoHttpFor(config, logFields) }),
        DatabaseModule,
        QueueModule,
        MailDeliveryModule,
        RegistrationModule,
        CalendarModule,
        BullModule.registerQueue({ name: QueueName.Maintenance }),
      ],
      providers: [MailProcessor, ...(part.kind === 'whole' ? ONCE_PER_WORKER : [])],
    };
  }
}
