import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication, NestExpressBodyParserOptionsFor } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig, RealtimeAdapter, runPendingMigrations } from '@convene/core';
import { Logger } from 'nestjs-pino';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { ApiModule } from './api.module';
import { apiAnswersNotStored } from './http/api-cache';
import { apiDocument, prefixRoutes } from './http/api-document';
import { ErrorBodyFilter } from './http/error-body.filter';
import { limitConnections } from './http/connection-limits';
import { refuseDeepNesting } from './http/json-depth';
import { compressWebApp } from './http/web-app-delivery';

/**
 * Builds the API exactly as it runs: main.ts and the end-to-end tests both call this,
 * so the tests exercise the real pipes, filters, adapters and migrations.
 */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  // Only the proxies named in TRUSTED_PROXIES may say who the client is (none by default).
  app.set('trust proxy', config.trustedProxies.length > 0 ? config.trustedProxies : false);
  // "X-Powered-By: Express" tells an attacker what to try and a reader nothing.
  app.disable('x-powered-by');
  app.use(apiAnswersNotStored);
  // Depth is checked on the raw bytes, before JSON.parse builds anything from them.
  // (Nest's types leave `verify` out because its rawBody option uses it; we do not use rawBody.)
  app.useBodyParser('json', { limit: '256kb', verify: refuseDeepNesting } as NestExpressBodyParserOptionsFor<'json'>);
  // Before the static files (registered at init), so the web app's pages and assets are compressed.
  app.use(compressWebApp());
  const express = app.getHttpAdapter().getInstance() as { get(setting: string): unknown };
  const trustProxy = express.get('trust proxy fn') as (address: string, hop: number) => boolean;
  limitConnections(app.getHttpServer() as Server, (address) => trustProxy(address, 0));
  prefixRoutes(app);
  // The instance the lean routes run too (http/validation.module.ts).
  app.useGlobalPipes(app.get(ValidationPipe));
  app.useGlobalFilters(new ErrorBodyFilter());
  app.useWebSocketAdapter(new RealtimeAdapter(app, config));
  app.enableShutdownHooks();

  SwaggerModule.setup('api/docs', app, apiDocument(app), { jsonDocumentUrl: 'api/docs-json' });

  await runPendingMigrations(app.get(DataSource));
  return app;
}
