import type { Catalogue } from './message';

// The web app's frame: header, navigation, account, language switch, footer, page not found.
// Every page downloads these (the liveblog reader's budget too): a page's own words go in its
// catalogue under web/.
export const shellMessages = {
  'shell.skipLink': { en: 'Skip to main content', cy: "Neidio i'r prif gynnwys", description: 'First link of every page, shown when focused by keyboard.' },
  'shell.nav.label': { en: 'Main', cy: 'Prif', description: 'Accessible name of the main navigation (screen readers say "Main navigation").' },
  'shell.nav.events': { en: 'Events', cy: 'Digwyddiadau', description: 'Header link to the list of events (home page).' },
  'shell.nav.organise': { en: 'Organise', cy: 'Trefnu', description: "Header link to the organisers' pages (organisers only)." },
  'shell.nav.admin': { en: 'Administration', cy: 'Gweinyddu', description: "Header link to the network administrators' pages: people, organisations, the mail queue (administrators only)." },
  'shell.nav.myActions': { en: 'My actions', cy: 'Fy nghamau gweithredu', description: 'Header link to the actions from minutes that the signed-in person owns.' },
  'shell.nav.myRegistrations': { en: 'My registrations', cy: 'Fy nghofrestriadau', description: 'Header link to the events the signed-in person registered for.' },
  'shell.nav.apiDocs': { en: 'API documentation', cy: 'Dogfennaeth yr API', description: 'Header link to the API reference (for developers).' },
  'shell.nav.status': { en: 'Service status', cy: 'Statws y gwasanaeth', description: 'Header link to the service health check.' },
  'shell.language.label': { en: 'Language', cy: 'Iaith', description: 'Accessible name of the group holding the Cymraeg / English switch in the header.' },
  'shell.account.signedInAs': {
    en: 'Signed in as <b>{name}</b>',
    cy: 'Wedi mewngofnodi fel <b>{name}</b>',
    description: "Header, when signed in. {name} is the person's name, shown in bold.",
  },
  'shell.account.signOut': { en: 'Sign out', cy: 'Allgofnodi', description: 'Header button.' },
  'shell.account.signingOut': { en: 'Signing out…', cy: "Wrthi'n allgofnodi…", description: 'The sign-out button while it works.' },
  'shell.account.signOutFailed': {
    en: 'We could not sign you out. Try again.',
    cy: 'Nid oedd modd eich allgofnodi. Rhowch gynnig arall arni.',
    description: 'Header alert when signing out failed.',
  },
  'shell.account.signIn': { en: 'Sign in', cy: 'Mewngofnodi', description: 'Header link to the sign-in page, when signed out.' },
  'shell.loading': { en: 'Loading…', cy: "Wrthi'n llwytho…", description: 'Shown while a page loads.' },
  'shell.status.degraded': {
    en: 'Convene has a problem, so some things may not work. Try again in a few minutes.',
    cy: "Mae gan Convene broblem, felly efallai na fydd rhai pethau'n gweithio. Rhowch gynnig arall arni ymhen ychydig funudau.",
    description: 'Footer alert, on every page, when part of the service (its database or queues) is down.',
  },
  'shell.status.unreachable': {
    en: 'Convene cannot be reached: check your connection, or try again in a few minutes.',
    cy: "Nid oes modd cyrraedd Convene: gwiriwch eich cysylltiad, neu rhowch gynnig arall arni ymhen ychydig funudau.",
    description: 'Footer alert, on every page, when the server does not answer (the network or the server is down).',
  },
  'shell.accessibility': { en: 'Accessibility', cy: 'Hygyrchedd', description: 'Footer link to the accessibility statement.' },
  'shell.footer': { en: 'Convene · {network}', cy: 'Convene · {network}', description: 'Footer line. Convene is the product name (not translated).' },
  'shell.title': { en: '{page} · Convene', cy: '{page} · Convene', description: "The browser tab's title for a page: the page's own title, then the product." },
  'shell.titleHome': { en: 'Convene · {network}', cy: 'Convene · {network}', description: "The browser tab's title on the home page." },



} satisfies Catalogue;
