import { DataSource } from 'typeorm';

// Arbitrary constant: several API instances starting together take turns on the migrations.
const MIGRATION_LOCK = 7_314_159;

/** Runs pending migrations under a Postgres advisory lock; returns the names it ran. */
export async function runPendingMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
