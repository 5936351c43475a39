import type { Catalogue } from './message';

// The web app's frame: header, navigation, account, language switch, footer, and the home page.
export const shellMessages = {
  'shell.skipLink': { en: 'Skip to main content', cy: "Neidio i'r prif gynnwys", description: 'First link of every page, shown when focused by keyboard.' },
  'shell.nav.label': { en: 'Main', cy: 'Prif', description: 'Accessible name of the main navigation (screen readers say "Main navigation").' },
  'shell.nav.events': { en: 'Events', cy: 'Digwyddiadau', description: 'Header link to the list of events (home page).' },
  'shell.nav.organise': { en: 'Organise', cy: 'Trefnu', description: "Header link to the organisers' pages (organisers only)." },
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

  'home.lead': {
    en: 'Convene runs the meetings of the {network}: network forums hosted by member councils, policy roundtables, conference plenaries and committees.',
    cy: "Mae Convene yn cynnal cyfarfodydd {network}: fforymau'r rhwydwaith a gynhelir gan gynghorau sy'n aelodau, byrddau crwn polisi, sesiynau llawn cynadleddau a phwyllgorau.",
    description: 'Home page, first paragraph under the heading. {network} is the network\'s name.',
  },
  'home.intro': {
    en: 'Register for a meeting, ask questions, follow liveblogs and read the minutes, all in one place.',
    cy: "Cofrestrwch ar gyfer cyfarfod, gofynnwch gwestiynau, dilynwch flogiau byw a darllenwch y cofnodion, i gyd mewn un lle.",
    description: 'Home page, second paragraph.',
  },
  'home.upcoming': { en: 'Upcoming events', cy: "Digwyddiadau i ddod", description: 'Home page heading above the list of events.' },
  'home.loadingEvents': { en: 'Loading events…', cy: "Wrthi'n llwytho'r digwyddiadau…", description: 'Home page, while the events load.' },
  'home.loadFailed': {
    en: 'We could not load the events ({problem}). Try again in a moment.',
    cy: "Nid oedd modd llwytho'r digwyddiadau ({problem}). Rhowch gynnig arall arni mewn munud.",
    description: 'Home page, when the events could not be loaded. {problem} is the reason, already in the reader\'s language.',
  },
  'home.noEvents': { en: 'No events are listed yet.', cy: "Nid oes digwyddiadau wedi'u rhestru eto.", description: 'Home page, when there are no events.' },
  'home.past': { en: 'Past meetings', cy: 'Cyfarfodydd blaenorol', description: 'Home page heading above the list of events that have ended.' },
  'home.pastYear': { en: 'Year', cy: 'Blwyddyn', description: 'Label of the select that filters past meetings by year.' },
  'home.pastAllYears': { en: 'All years', cy: 'Pob blwyddyn', description: 'The year select\'s option that shows past meetings of every year.' },
  'home.pastLoading': { en: 'Loading past meetings…', cy: "Wrthi'n llwytho cyfarfodydd blaenorol…", description: 'Home page, while past meetings load.' },
  'home.pastCount': {
    en: '{count, plural, one {# past meeting} other {# past meetings}}{year, select, all {} other { in {year}}}, newest first',
    cy: '{count, plural, zero {# cyfarfod blaenorol} one {# cyfarfod blaenorol} two {# gyfarfod blaenorol} few {# cyfarfod blaenorol} many {# chyfarfod blaenorol} other {# cyfarfod blaenorol}}{year, select, all {} other { yn {year}}}, y diweddaraf yn gyntaf',
    description: 'Home page, above the past meetings shown: how many there are. {year} is a year like 2016, or "all" when no year is chosen.',
  },
  'home.pastNone': { en: 'No past meetings are listed.', cy: 'Nid oes cyfarfodydd blaenorol wedi’u rhestru.', description: 'Home page, when no event has ended yet (or none in the chosen year).' },
  'home.pastMore': { en: 'Show more past meetings', cy: 'Dangos rhagor o gyfarfodydd blaenorol', description: 'Button under the past meetings that loads the next ones.' },

  'notFound.title': { en: 'Page not found', cy: "Heb ddod o hyd i'r dudalen", description: 'Heading and tab title of the page for an unknown address.' },
  'notFound.body': {
    en: 'If you typed the address, check it is correct. If you followed a link to an event, it may have been moved or withdrawn.',
    cy: "Os teipioch chi'r cyfeiriad, gwiriwch ei fod yn gywir. Os dilynoch chi ddolen i ddigwyddiad, efallai ei fod wedi'i symud neu ei dynnu'n ôl.",
    description: 'Page-not-found page, explanation.',
  },
  'notFound.home': { en: 'See upcoming events', cy: "Gweld y digwyddiadau i ddod", description: 'Page-not-found page, link to the home page.' },

  'events.visibility.members': { en: 'Member councils only', cy: "Cynghorau sy'n aelodau yn unig", description: 'Tag on an event that only people from member councils can see in full.' },
  'events.visibility.invitation': { en: 'By invitation', cy: 'Drwy wahoddiad', description: 'Tag on an invitation-only event.' },
  'events.hostedBy': { en: 'Hosted by {host}', cy: 'Cynhelir gan {host}', description: 'Event card: which council hosts it. {host} is an organisation name.' },
  'events.full': { en: 'Full', cy: 'Llawn', description: 'Tag on an event with no places left.' },
  'events.fullOf': {
    en: 'Full ({capacity, plural, one {# place} other {# places}})',
    cy: 'Llawn ({capacity, plural, zero {# lle} one {# lle} two {# le} few {# lle} many {# lle} other {# lle}})',
    description: 'Tag on a full event, with its number of places.',
  },
  'events.placesLeft': {
    en: '{left, plural, one {# place left} other {# places left}}',
    cy: '{left, plural, zero {Dim lleoedd ar ôl} one {# lle ar ôl} two {# le ar ôl} few {# lle ar ôl} many {# lle ar ôl} other {# lle ar ôl}}',
    description: 'Tag on an event: how many places are left. Welsh counts with the singular noun ("3 lle"); after two, soft mutation ("2 le").',
  },
  'events.placesLeftOf': {
    en: '{left} of {capacity, plural, one {# place left} other {# places left}}',
    cy: '{left} o {capacity, plural, zero {# lle ar ôl} one {# lle ar ôl} two {# le ar ôl} few {# lle ar ôl} many {# lle ar ôl} other {# lle ar ôl}}',
    description: 'Event page: places left out of the capacity ("5 of 80 places left").',
  },
} satisfies Catalogue;
