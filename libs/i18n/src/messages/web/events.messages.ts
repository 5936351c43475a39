import type { Catalogue } from '../message';

// The home page, the event list and an event's page (apps/web/src/pages/home-page.tsx,
// event-page.tsx, apps/web/src/events).
export const eventsMessages = {
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
