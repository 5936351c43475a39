import 'reflect-metadata';
import { loadConfig, runProcess } from '@convene/core';
import { createApiApp } from './api-app';

void runProcess('api', async () => {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.port, process.env.HOST ?? '0.0.0.0');
  return { readyMessage: `API listening on ${await app.getUrl()}` };
});
