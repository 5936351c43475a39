// Every page's address, once: the router matches them (routes.tsx) and the link interception
// (navigation.ts) asks them whether a link is one of ours.

/** A Q&A session id as the API writes it: the Q&A pages match only such ids. */
const SESSION = '(?<sessionId>[0-9a-fA-F-]{36})';

export const paths = {
  home: '/',
  homeFile: '/index.html',
  // Not /sign-in: that is the API's own page, which a mailed link opens.
  signIn: '/sign-in-with-code',
  organise: '/organise',
  /** An event's organiser pages: the overview at /organise/events/:id, each other part at its own address (organise/event-sections.tsx). */
  organiseEvent: /^\/organise\/events\/(?<id>[^/]+)(?:\/(?<section>agenda|people|check-in|minutes|details))?\/?$/,
  organiseMinutes: '/organise/minutes/:id',
  myActions: '/my-actions',
  myRegistrations: '/my-registrations',
  /** The network admin's pages (admin/admin-paths.ts has each): one route here keeps the shell small. */
  admin: /^\/admin(?:\/.*)?$/,
  event: '/events/:slug',
  eventLiveblogs: '/events/:slug/liveblogs',
  registration: '/registrations/:id',
  speakerInvitation: '/speaker-invitations/:token',
  follow: '/follows/:token',
  liveblog: '/sessions/:sessionId/liveblog',
  liveblogEntry: '/sessions/:sessionId/liveblog/entries/:entryId',
  liveblogEditor: '/sessions/:sessionId/liveblog/edit',
  minutes: '/minutes/:id',
  accessibility: '/accessibility',
  qa: new RegExp(`^/sessions/${SESSION}/qa/?$`),
  qaConsole: new RegExp(`^/sessions/${SESSION}/qa/console/?$`),
  qaProjector: new RegExp(`^/sessions/${SESSION}/qa/projector/?$`),
} as const;

export const PAGE_PATHS: ReadonlyArray<string | RegExp> = Object.values(paths);
