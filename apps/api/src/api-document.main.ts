// Prints the API's OpenAPI document (as /api/docs-json serves it) without running the API: in
// Nest's preview mode the controllers' and DTOs' metadata is read but no provider is made, so no
// database is needed. scripts/api-types.mjs makes the web app's types from it.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@convene/core';
import { ApiModule } from './api.module';
import { apiDocument, prefixRoutes } from './http/api-document';

async function main(): Promise<void> {
  const app = await NestFactory.create(ApiModule.forRoot(loadConfig()), { preview: true, logger: false });
  prefixRoutes(app);
  process.stdout.write(`${JSON.stringify(apiDocument(app), null, 2)}\n`);
  await app.close();
}

void main();
