import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { QueueBackendKind, queueBackendKind, selectQueueBackend } from './queue-backend';

export const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');

/** BullMQ, on whichever backend the config selects. Apps register their queues with BullModule.registerQueue. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => selectQueueBackend(config),
    }),
  ],
  providers: [
    {
      provide: QUEUE_BACKEND,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): QueueBackendKind => queueBackendKind(config),
    },
  ],
  exports: [QUEUE_BACKEND],
})
export class QueueModule {}
