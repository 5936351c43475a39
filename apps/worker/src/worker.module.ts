import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, QueueName } from '@convene/core';
import { LoggerModule } from 'nestjs-pino';

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
        BullModule.registerQueue({ name: QueueName.Mail }),
      ],
    };
  }
}
