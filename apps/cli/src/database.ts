import { EmbeddedPostgres, dataSourceOptions, AppConfig } from '@convene/core';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from './entities';

export const EMBEDDED_DATABASE = 'convene';

/** The embedded cluster lives in DATA_DIR/postgres. */
export function embeddedPostgres(config: AppConfig, onLog?: (line: string) => void): EmbeddedPostgres {
  return new EmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), onLog });
}

/** A plain DataSource with every entity, for commands that run without Nest. */
export async function openDataSource(databaseUrl: string): Promise<DataSource> {
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl, ALL_ENTITIES), extra: { max: 4 } });
  return dataSource.initialize();
}

/**
 * Runs `work` against DATABASE_URL, or, when it is unset, against the embedded Postgres
 * started for the duration of the command.
 */
export async function withDatabase<T>(config: AppConfig, work: (databaseUrl: string) => Promise<T>): Promise<T> {
  if (config.databaseUrl) return work(config.databaseUrl);
  const postgres = embeddedPostgres(config);
  await postgres.start();
  try {
    return await work(await postgres.ensureDatabase(EMBEDDED_DATABASE));
  } finally {
    await postgres.stop();
  }
}
