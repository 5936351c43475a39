import { dataSourceOptions, loadConfig, requireDatabaseUrl } from '@convene/core';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from './entities';

/** For the TypeORM CLI (migration:generate, run, revert). */
export default new DataSource(dataSourceOptions(requireDatabaseUrl(loadConfig()), ALL_ENTITIES));
