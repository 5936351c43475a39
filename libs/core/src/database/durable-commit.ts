import { DataSource, EntityManager } from 'typeorm';

/**
 * For a hot transaction that holds a lock others queue on: commit without waiting for the
 * disk, so the lock is released at once, then `waitUntilDurable` before answering. WAL is
 * one sequence, so a later durable commit can never survive a crash that loses this one.
 */
export async function commitWithoutWaitingForDisk(tx: EntityManager): Promise<void> {
  await tx.query('SET LOCAL synchronous_commit = off');
}

/**
 * Returns once everything committed before it is on disk: a transaction that takes an id
 * writes a commit record, and a synchronous commit flushes the WAL up to it (concurrent
 * callers share one flush).
 */
export async function waitUntilDurable(dataSource: DataSource): Promise<void> {
  await dataSource.query('SELECT pg_current_xact_id()');
}
