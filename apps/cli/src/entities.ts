import { EVENTS_ENTITIES } from '@convene/events';
import { IDENTITY_ENTITIES } from '@convene/identity';
import { LIVE_ENTITIES } from '@convene/live';
import { NOTIFICATIONS_ENTITIES } from '@convene/notifications';
import { QA_ENTITIES } from '@convene/qa';
import { REGISTRATION_ENTITIES } from '@convene/registration';

/** Every entity of every domain lib: for processes that build a DataSource without Nest. */
export const ALL_ENTITIES = [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...EVENTS_ENTITIES, ...REGISTRATION_ENTITIES, ...LIVE_ENTITIES, ...QA_ENTITIES];
