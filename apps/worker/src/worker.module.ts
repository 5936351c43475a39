import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, QueueName, pinoHttpFor } from '@convene/core';
import { CalendarModule } from '@convene/calendar';
import { MailDeliveryModule } from '@convene/notifications';
import { RegistrationModule } from '@convene/registration';
import { LoggerModule } from 'nestjs-pino';
import { CalendarProcessor } from './calendar/calendar.processor';
import { MailProcessor } from './mail/mail.processor';
import { OutboxRelayScheduler } from './mail/outbox-relay.scheduler';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { MaintenanceSchedules } from './maintenance/maintenance-schedules';

/** The worker: BullMQ processors over the same database and queues as the API, no HTTP server. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: pinoHttpFor(config, {}) }),
        DatabaseModule,
        QueueModule,
        MailDeliveryModule,
        RegistrationModule,
        CalendarModule,
        BullModule.registerQueue({ name: QueueName.Maintenance }),
      ],
      providers: [MailProcessor, OutboxRelayScheduler, CalendarProcessor, MaintenanceProcessor, MaintenanceSchedules],
    };
  }
}
