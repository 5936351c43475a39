import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, runPendingMigrations } from '@convene/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { WorkerModule } from './worker.module';

/**
 * Builds the worker as it runs (main.ts and tests). On shutdown Nest closes each BullMQ
 * worker, which waits for the job in hand to finish; a job cut off by a kill is returned
 * to the queue when its lock expires.
 */
export async function createWorkerApp(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await runPendingMigrations(app.get(DataSource));
  await app.init();
  return app;
}
