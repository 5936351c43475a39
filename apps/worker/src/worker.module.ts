import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule } from '@convene/core';
import { CalendarModule } from '@convene/calendar';
import { MailDeliveryModule } from '@convene/notifications';
import { RegistrationModule } from '@convene/registration';
import { LoggerModule } from 'nestjs-pino';
import { CalendarSweepScheduler } from './calendar/calendar-sweep.scheduler';
import { CalendarProcessor } from './calendar/calendar.processor';
import { MailProcessor } from './mail/mail.processor';
import { OutboxRelayScheduler } from './mail/outbox-relay.scheduler';
import { NeedsErasureScheduler } from './registration/needs-erasure.scheduler';
import { OfferExpiryScheduler } from './registration/offer-expiry.scheduler';

/** The worker: BullMQ processors over the same database and queues as the API, no HTTP server. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.nodeEnv === 'test' ? 'warn' : 'info' } }),
        DatabaseModule,
        QueueModule,
        MailDeliveryModule,
        RegistrationModule,
        CalendarModule,
      ],
      providers: [MailProcessor, OutboxRelayScheduler, NeedsErasureScheduler, OfferExpiryScheduler, CalendarProcessor, CalendarSweepScheduler],
    };
  }
}
