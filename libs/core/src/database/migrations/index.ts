import { IdentityTables1795665293052 } from './1795665293052-IdentityTables';

/** Every migration, in order. Listed explicitly: the build bundles no globs. */
export const MIGRATIONS = [IdentityTables1795665293052];
