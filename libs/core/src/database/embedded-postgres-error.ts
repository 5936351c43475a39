/** Why the embedded Postgres would not start. On its own so runProcess can name it without loading `pg`. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}
