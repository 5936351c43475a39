import type { DataSource, EntitySubscriberInterface } from 'typeorm';

/**
 * The SQL the app sent through TypeORM while `during` ran, in order, as text without its
 * parameters (BEGIN and COMMIT included): to show that two requests did the same work, without a
 * stopwatch. Run nothing else against the app meanwhile.
 */
export async function statementsDuring(db: DataSource, during: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const recorder: EntitySubscriberInterface = { beforeQuery: (event) => void seen.push(event.query.replace(/\s+/g, ' ').trim()) };
  db.subscribers.push(recorder);
  try {
    await during();
  } finally {
    db.subscribers.splice(db.subscribers.indexOf(recorder), 1);
  }
  return seen;
}
