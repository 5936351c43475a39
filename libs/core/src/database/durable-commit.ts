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
 * Callers waiting for the disk, per data source: one flush at a time serves all who asked
 * before it started (a vote path at 200 a second spent a pooled round trip each on this).
 */
class DurableFlushes {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Resolves once a flush that started after this call has finished. */
  wait(): Promise<void> {
    if (!this.running) return (this.running = this.flush());
    // A flush already sent may not cover a commit made just now: wait for the next one.
    this.next ??= this.running.then(
      () => this.startNext(),
      () => this.startNext(),
    );
    return this.next;
  }

  private startNext(): Promise<void> {
    this.next = null;
    return (this.running = this.flush());
  }

  private async flush(): Promise<void> {
    try {
      // A transaction that takes an id writes a commit record, and a synchronous commit
      // flushes the WAL up to it, so up to every commit made before it.
      await this.dataSource.query('SELECT pg_current_xact_id()');
    } finally {
      if (!this.next) this.running = null;
    }
  }
}

const flushes = new WeakMap<DataSource, DurableFlushes>();

/**
 * Returns once everything committed before it is on disk. Concurrent callers share one flush
 * (Postgres would share the fsync anyway; this also spares each a pooled round trip).
 */
export function waitUntilDurable(dataSource: DataSource): Promise<void> {
  let shared = flushes.get(dataSource);
  if (!shared) flushes.set(dataSource, (shared = new DurableFlushes(dataSource)));
  return shared.wait();
}
