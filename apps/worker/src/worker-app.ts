import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, runPendingMigrations } from '@convene/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { WorkerPart } from './processes/worker-part';
import { WorkerModule } from './worker.module';

/**
 * Builds the worker, or one process of it, as it runs (main.ts, the worker's child processes).
 * Closing it closes each BullMQ worker, which waits for the job in hand to finish; a job cut off
 * by a kill is returned to the queue when its lock expires. Who closes it on a signal is the
 * caller's (processes/graceful-stop.ts).
 */
export async function createWorkerApp(config: AppConfig, part: WorkerPart = { kind: 'whole' }): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, part), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  await runPendingMigrations(app.get(DataSource));
  await app.init();
  return app;
}
