import type { AgendaSessionView, NetworkEvent } from '@convene/events';
import { describeWhen, eventInLanguage, sessionInLanguage } from '@convene/events';
import type { Language } from '@convene/i18n';
import type { SessionFollowMailData } from '@convene/notifications';
import { eventPageUrl } from '../items/calendar-items';
import { followToken } from './follow-tokens';

export function followPageUrl(publicUrl: string, followId: string, secret: string): string {
  return `${publicUrl}/follows/${followToken(followId, secret)}`;
}

/** What both follow mails say of the session, with the follower's own private link. */
export function followMailData(
  event: NetworkEvent,
  session: AgendaSessionView,
  followId: string,
  config: { publicUrl: string; sessionSecret: string },
  language: Language = 'en',
): SessionFollowMailData & { language: Language } {
  const sessionUrl = `${config.publicUrl}/sessions/${session.id}`;
  // The follower's language where the organisers gave it, else the English.
  const { title, room } = sessionInLanguage(session, language);
  return {
    language,
    sessionTitle: title,
    eventTitle: eventInLanguage(event, language).title,
    when: describeWhen({ startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt), timeZone: event.timeZone }, language),
    room,
    followLink: followPageUrl(config.publicUrl, followId, config.sessionSecret),
    liveblogUrl: session.liveblog ? `${sessionUrl}/liveblog` : null,
    qaUrl: session.liveQa ? `${sessionUrl}/qa` : null,
    eventUrl: eventPageUrl(event, config.publicUrl),
  };
}
