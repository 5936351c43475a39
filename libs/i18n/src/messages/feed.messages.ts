import type { Catalogue } from './message';

// A liveblog's Atom feed (GET /api/v1/sessions/:id/liveblog.atom), read in a feed reader: its
// words in the language the reader's request asks for (Accept-Language, or the site's cookie).
export const feedMessages = {
  'feed.title': { en: 'Liveblog: {session}', cy: 'Blog byw: {session}', description: "A liveblog's Atom feed: the feed's title. {session} is the session's title." },
  'feed.entryTitle': {
    en: '{kind, select, quote {Quote} key_moment {Key moment} image {Image} other {Update}}{who}: {text}',
    cy: '{kind, select, quote {Dyfyniad} key_moment {Eiliad allweddol} image {Delwedd} other {Diweddariad}}{who}: {text}',
    description: 'A liveblog\'s Atom feed: an entry\'s title, its kind then the start of its text ("Update: The forum opens"). {who} is " (Name)" for a quote, else empty.',
  },
} satisfies Catalogue;
