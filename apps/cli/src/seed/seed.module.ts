import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule } from '@convene/core';
import { EventsModule } from '@convene/events';
import { IdentityModule } from '@convene/identity';
import { MinutesModule } from '@convene/minutes';

/** The domain services the demo is loaded through, over the database the CLI prepared; no HTTP, no workers. */
@Module({})
export class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    // Publishing the demo's minutes mails those present, as the product does: to the mail queue, for the worker.
    return { module: SeedModule, imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, IdentityModule, EventsModule, MinutesModule] };
  }
}

/** Runs `work` with the seed's application context on `databaseUrl`, then closes it. */
export async function withSeedContext<T>(config: AppConfig, databaseUrl: string, work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(SeedModule.forRoot({ ...config, databaseUrl }), { logger: ['error', 'warn'], abortOnError: false });
  try {
    await app.init();
    return await work(app);
  } finally {
    await app.close();
  }
}
