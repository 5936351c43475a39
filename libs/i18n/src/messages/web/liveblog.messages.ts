import type { Catalogue } from '../message';

// The liveblog reader (apps/web/src/liveblog: the page, its entries, "now answering") and an
// event's list of liveblogs. The reader has a weight budget: keep these short and few.
export const liveblogMessages = {
  'liveblog.title': { en: 'Liveblog: {session}', cy: 'Blog byw: {session}', description: "Heading and tab title of a session's liveblog. {session} is the session's title." },
  'liveblog.notFound': { en: 'Liveblog not found', cy: "Heb ddod o hyd i'r blog byw", description: 'Heading when the liveblog does not exist.' },
  'liveblog.signInToFollow': { en: 'Sign in to follow this liveblog', cy: "Mewngofnodwch i ddilyn y blog byw hwn", description: 'Heading when the liveblog is for members or invitees and the reader is not signed in.' },
  'liveblog.notOpen': { en: 'This liveblog is not open to you', cy: "Nid yw'r blog byw hwn ar agor i chi", description: 'Heading when the signed-in reader may not read this liveblog.' },
  'liveblog.signIn': { en: 'Sign in', cy: 'Mewngofnodi', description: 'Link to sign in, under "Sign in to follow this liveblog".' },
  'liveblog.loading': { en: 'Loading the liveblog…', cy: "Wrthi'n llwytho'r blog byw…", description: 'While the liveblog loads.' },
  'liveblog.all': { en: 'All liveblogs', cy: "Pob blog byw", description: "Link above the heading to the event's list of liveblogs." },
  'liveblog.chair': { en: 'Chair', cy: 'Cadeirydd', description: "Label before the session's chair (a person's name)." },
  'liveblog.speakers': { en: 'Speakers', cy: 'Siaradwyr', description: "Label before the session's speakers (names)." },
  'liveblog.status': {
    en: '{status, select, live {Live} offline {Reconnecting…} other {Connecting…}}',
    cy: "{status, select, live {Byw} offline {Wrthi'n ailgysylltu…} other {Wrthi'n cysylltu…}}",
    description: 'Whether the page receives new entries as they are posted: live, reconnecting after a lost connection, or connecting at first.',
  },
  'liveblog.feed': { en: 'Atom feed', cy: 'Ffrwd Atom', description: 'Link to the liveblog as a feed for feed readers. "Atom" is the name of the format.' },
  'liveblog.write': { en: 'Write this liveblog', cy: "Ysgrifennu'r blog byw hwn", description: "Link to the editor's page, for liveblog editors." },
  'liveblog.pinned': { en: 'Pinned', cy: "Wedi'i binio", description: 'Heading above the entry the editors pinned to the top; and a tag on that entry.' },
  'liveblog.keyMoments': { en: 'Key moments', cy: 'Eiliadau allweddol', description: 'Heading above the links to the key moments of the session.' },
  'liveblog.latestFirst': { en: 'Latest first', cy: 'Y diweddaraf yn gyntaf', description: 'Heading above the entries, newest at the top.' },
  'liveblog.newEntries': {
    en: '{count, plural, one {# new entry} other {# new entries}}',
    cy: '{count, plural, zero {# cofnod newydd} one {# cofnod newydd} two {# gofnod newydd} few {# chofnod newydd} many {# chofnod newydd} other {# cofnod newydd}}',
    description: 'Button showing entries posted while the reader was scrolled down. Welsh: "cofnod" mutates after 2 (gofnod), 3 and 6 (chofnod). Needs review.',
  },
  'liveblog.newEntriesAbove': {
    en: '{count, plural, one {# new entry above} other {# new entries above}}',
    cy: '{count, plural, zero {# cofnod newydd uwchben} one {# cofnod newydd uwchben} two {# gofnod newydd uwchben} few {# chofnod newydd uwchben} many {# chofnod newydd uwchben} other {# cofnod newydd uwchben}}',
    description: 'Said to screen readers when new entries wait above the reader. Needs review (mutations as in liveblog.newEntries).',
  },
  'liveblog.nothingYet': {
    en: 'Nothing posted yet. New entries appear here as they are posted.',
    cy: "Does dim wedi'i bostio eto. Bydd cofnodion newydd yn ymddangos yma wrth iddyn nhw gael eu postio.",
    description: 'When the liveblog has no entries yet.',
  },
  'liveblog.kind': {
    en: '{kind, select, quote {Quote} key_moment {Key moment} image {Image} other {Update}}',
    cy: '{kind, select, quote {Dyfyniad} key_moment {Eiliad allweddol} image {Delwedd} other {Diweddariad}}',
    description: "An entry's kind, after its time in the entry's heading (\"12:03 Update\").",
  },
  'liveblog.edited': { en: 'edited', cy: "wedi'i olygu", description: 'Tag on an entry changed after it was posted.' },
  'liveblog.permalink': { en: 'Permalink', cy: 'Dolen barhaol', description: "Link to one entry's own address." },
  'liveblog.permalinkTo': {
    en: 'Permalink to the {time} {kind, select, quote {quote} key_moment {key moment} image {image} other {update}}: {text}',
    cy: "Dolen barhaol i'r {kind, select, quote {dyfyniad} key_moment {eiliad allweddol} image {ddelwedd} other {diweddariad}} am {time}: {text}",
    description: "What screen readers say for the Permalink link: the entry's time, kind and first words. Welsh: \"y ddelwedd\" (soft mutation after the article). Needs review.",
  },
  'liveblog.announce': {
    en: '{kind, select, quote {Quote from {name}} key_moment {Key moment} image {Image} other {New entry}}: {text}',
    cy: '{kind, select, quote {Dyfyniad gan {name}} key_moment {Eiliad allweddol} image {Delwedd} other {Cofnod newydd}}: {text}',
    description: "Said to screen readers when an entry is posted: its kind (a quote names its speaker) and its first words.",
  },
  'liveblog.aSpeaker': { en: 'a speaker', cy: 'siaradwr', description: 'In "Quote from a speaker", when a quote has no name.' },
  'liveblog.nowAnswering': { en: 'Now answering', cy: 'Yn ateb nawr', description: 'Heading above the Q&A question the panel is answering now.' },
  'liveblog.aParticipant': { en: 'A participant', cy: 'Cyfranogwr', description: 'Under a question asked anonymously, instead of a name.' },

} satisfies Catalogue;
