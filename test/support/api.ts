import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@convene/core';
import { createApiApp } from '../../apps/api/src/api-app';

export interface RunningApi {
  app: INestApplication;
  url: string;
  config: AppConfig;
  close: () => Promise<void>;
}

/** Boots the API exactly as main.ts does, on the config's port (0, the default in tests: a random one). */
export async function startApi(config: AppConfig): Promise<RunningApi> {
  const app = await createApiApp(config);
  await app.listen(config.port, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url, config, close: () => app.close() };
}
