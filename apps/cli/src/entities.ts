import { IDENTITY_ENTITIES } from '@convene/identity';

/** Every entity of every domain lib: for processes that build a DataSource without Nest. */
export const ALL_ENTITIES = [...IDENTITY_ENTITIES];
