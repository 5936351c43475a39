import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule } from '@convene/core';
import { EventsModule } from '@convene/events';
import { IdentityModule } from '@convene/identity';

/** The domain services the demo is loaded through, over the database the CLI prepared; no HTTP, no workers. */
@Module({})
export class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    // QueueModule only because the identity and events libs register the mail queue; the seed records no mail.
    return { module: SeedModule, imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, IdentityModule, EventsModule] };
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
