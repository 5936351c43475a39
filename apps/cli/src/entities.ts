import { IDENTITY_ENTITIES } from '@convene/identity';
import { NOTIFICATIONS_ENTITIES } from '@convene/notifications';

/** Every entity of every domain lib: for processes that build a DataSource without Nest. */
export const ALL_ENTITIES = [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES];
