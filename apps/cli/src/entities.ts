import { CALENDAR_ENTITIES } from '@convene/calendar';
import { EVENTS_ENTITIES } from '@convene/events';
import { IDENTITY_ENTITIES } from '@convene/identity';
import { MINUTES_ENTITIES } from '@convene/minutes';
import { NOTIFICATIONS_ENTITIES } from '@convene/notifications';
import { LIVEBLOG_ENTITIES } from '@convene/liveblog';
import { REGISTRATION_ENTITIES } from '@convene/registration';
import { LIVE_ENTITIES } from '@convene/live';
import { QA_ENTITIES } from '@convene/qa';
import { POLLS_ENTITIES } from '@convene/polls';
import { VOTES_ENTITIES } from '@convene/votes';

/** Every entity of every domain lib: for processes that build a DataSource without Nest. */
export const ALL_ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...EVENTS_ENTITIES,
  ...REGISTRATION_ENTITIES,
  ...CALENDAR_ENTITIES,
  ...LIVE_ENTITIES,
  ...LIVEBLOG_ENTITIES,
  ...MINUTES_ENTITIES,
  ...QA_ENTITIES,
  ...POLLS_ENTITIES,
  ...VOTES_ENTITIES,
];
