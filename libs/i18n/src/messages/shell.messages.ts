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
  'shell.status.checking': { en: 'Checking services…', cy: "Wrthi'n gwirio'r gwasanaethau…", description: 'Footer status while the service check runs.' },
  'shell.status.ready': {
    en: 'All systems ready · queues on {backend}',
    cy: 'Mae popeth yn barod · ciwiau ar {backend}',
    description: 'Footer status. {backend} is a technical name ("postgres" or "redis").',
  },
  'shell.status.degraded': {
    en: 'Some services are unavailable: {services}',
    cy: "Nid yw rhai gwasanaethau ar gael: {services}",
    description: 'Footer status. {services} is a list of technical names (database, queue, ...).',
  },
  'shell.status.unknown': { en: 'unknown', cy: 'anhysbys', description: 'In the footer status, when which services are down is not known.' },
  'shell.status.unreachable': { en: 'Cannot reach the API', cy: "Methu cyrraedd yr API", description: 'Footer status when the server does not answer.' },
  'shell.accessibility': { en: 'Accessibility', cy: 'Hygyrchedd', description: 'Footer link to the accessibility statement.' },
  'shell.footer': { en: 'Convene · {network}', cy: 'Convene · {network}', description: 'Footer line. Convene is the product name (not translated).' },
  'shell.title': { en: '{page} · Convene', cy: '{page} · Convene', description: "The browser tab's title for a page: the page's own title, then the product." },
  'shell.titleHome': { en: 'Convene · {network}', cy: 'Convene · {network}', description: "The browser tab's title on the home page." },



} satisfies Catalogue;
