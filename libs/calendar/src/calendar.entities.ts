import { CalendarFeed } from './feeds/calendar-feed.entity';
import { SessionFollow } from './follows/session-follow.entity';
import { CalendarItemState } from './items/calendar-item-state.entity';
import { CalendarSyncRequest } from './sync/calendar-sync-request.entity';

export const CALENDAR_ENTITIES = [CalendarItemState, CalendarSyncRequest, CalendarFeed, SessionFollow];
