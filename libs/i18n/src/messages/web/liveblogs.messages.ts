import type { Catalogue } from '../message';

// An event's list of liveblogs (apps/web/src/liveblog/event-liveblogs-page.tsx).
export const liveblogsMessages = {
  'liveblogs.title': { en: 'Liveblogs', cy: 'Blogiau byw', description: "Heading of an event's list of liveblogs." },
  'liveblogs.titleOf': { en: 'Liveblogs: {event}', cy: 'Blogiau byw: {event}', description: "Tab title of an event's list of liveblogs. {event} is the event's title." },
  'liveblogs.eventNotFound': { en: 'Event not found', cy: "Heb ddod o hyd i'r digwyddiad", description: 'Heading when the event does not exist.' },
  'liveblogs.restricted': {
    en: 'These liveblogs are for the members or invitees of the event. Sign in to read them.',
    cy: "Mae'r blogiau byw hyn ar gyfer aelodau neu wahoddedigion y digwyddiad. Mewngofnodwch i'w darllen.",
    description: 'When the event is members-only or invitation-only and the reader is not signed in.',
  },
  'liveblogs.none': { en: 'This event has no liveblogs.', cy: 'Nid oes gan y digwyddiad hwn flogiau byw.', description: 'When the event has no liveblogs.' },
  'liveblogs.entries': {
    en: '{count, plural, one {# entry} other {# entries}}',
    cy: '{count, plural, zero {# cofnod} one {# cofnod} two {# gofnod} few {# chofnod} many {# chofnod} other {# cofnod}}',
    description: 'How many entries a liveblog has, in the list of liveblogs. Needs review (mutations as in liveblog.newEntries).',
  },
} satisfies Catalogue;
