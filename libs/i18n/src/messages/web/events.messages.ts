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

// An event's page: facts, notices, agenda, registration, apologies, asking for access.
export const eventPageMessages = {
  'event.loading': { en: 'Loading the event…', cy: "Wrthi'n llwytho'r digwyddiad…", description: "While an event's page loads." },
  'event.notFound': { en: 'Event not found', cy: "Heb ddod o hyd i'r digwyddiad", description: 'Heading and tab title when the event does not exist.' },
  'event.notFoundBody': {
    en: 'The event may have been moved or withdrawn, or the address may be wrong.',
    cy: "Efallai fod y digwyddiad wedi'i symud neu ei dynnu'n ôl, neu fod y cyfeiriad yn anghywir.",
    description: 'Under "Event not found".',
  },
  'event.loadFailed': {
    en: 'We could not load this event ({problem}). Try again in a moment.',
    cy: "Nid oedd modd llwytho'r digwyddiad hwn ({problem}). Rhowch gynnig arall arni mewn munud.",
    description: 'When the event could not be loaded. {problem} is the reason, in the reader\'s language.',
  },
  'event.when': { en: 'When', cy: 'Pryd', description: 'Label of the date and time, in the facts at the top of an event.' },
  'event.hostedBy': { en: 'Hosted by', cy: 'Cynhelir gan', description: 'Label of the host council, in the facts at the top of an event.' },
  'event.where': { en: 'Where', cy: 'Ble', description: 'Label of the venue, in the facts at the top of an event.' },
  'event.places': { en: 'Places', cy: 'Lleoedd', description: 'Label of how many places are left (and who the event is for), in the facts at the top of an event.' },
  'event.invited': { en: "You've been invited", cy: 'Rydych wedi cael eich gwahodd', description: 'Notice title on an event opened from an invitation link.' },
  'event.invitedBody': {
    en: 'Register below with the email address your invitation was sent to. Your invitation link can be used once.',
    cy: "Cofrestrwch isod gyda'r cyfeiriad e-bost yr anfonwyd eich gwahoddiad ato. Dim ond unwaith y gellir defnyddio dolen eich gwahoddiad.",
    description: 'Notice under "You\'ve been invited".',
  },
  'event.registrationClosed': {
    en: 'Registration for this event has closed.',
    cy: "Mae'r cofrestru ar gyfer y digwyddiad hwn wedi cau.",
    description: 'Notice when registration closed (invitation notice, registration form refused).',
  },
  'event.tookPlace': { en: 'This meeting has taken place', cy: "Mae'r cyfarfod hwn wedi'i gynnal", description: 'Notice title on the page of a meeting that has ended.' },
  'event.tookPlaceBody': {
    en: 'Its published minutes and liveblogs are on this page once there are any.',
    cy: "Bydd ei gofnodion cyhoeddedig a'i flogiau byw ar y dudalen hon pan fydd rhai ar gael.",
    description: 'Notice under "This meeting has taken place".',
  },
  'event.restricted': {
    en: '{visibility, select, invitation {This event is by invitation} other {This event is for member councils}}',
    cy: "{visibility, select, invitation {Mae'r digwyddiad hwn drwy wahoddiad} other {Mae'r digwyddiad hwn ar gyfer cynghorau sy'n aelodau}}",
    description: 'Notice title on an event whose programme is not shown to the reader: invitation-only or members-only.',
  },
  'event.restrictedBody': {
    en: 'The programme and registration are only shown to the people it is for.',
    cy: "Dim ond i'r bobl y mae ar eu cyfer y dangosir y rhaglen a'r cofrestru.",
    description: 'Notice under the restricted title.',
  },
  'event.registerLink': { en: 'Register for this event', cy: 'Cofrestru ar gyfer y digwyddiad hwn', description: 'Link near the top of an event, down to its registration form.' },
  'event.about': { en: 'About this event', cy: "Am y digwyddiad hwn", description: "Heading above the event's description." },
  'event.agenda': { en: 'Agenda', cy: 'Agenda', description: "Heading above the event's agenda." },
  'event.agendaLoading': { en: 'Loading the agenda…', cy: "Wrthi'n llwytho'r agenda…", description: 'While the agenda loads.' },
  'event.agendaUnavailable': { en: 'The agenda is not available yet.', cy: "Nid yw'r agenda ar gael eto.", description: 'When the agenda could not be loaded.' },
  'event.formLoading': { en: 'Loading the registration form…', cy: "Wrthi'n llwytho'r ffurflen gofrestru…", description: 'While the registration form loads.' },
  'event.registration': { en: 'Registration', cy: 'Cofrestru', description: 'Heading where the registration form would be, when registration is closed.' },
  'event.registrationIsClosed': { en: 'Registration for this event is closed.', cy: "Mae'r cofrestru ar gyfer y digwyddiad hwn ar gau.", description: 'Under the "Registration" heading when registration is closed.' },
  'event.liveblogs': { en: 'Liveblogs', cy: 'Blogiau byw', description: "Heading above the link to a past meeting's liveblogs." },
  'event.readLiveblogs': {
    en: '{count, plural, one {Read the liveblog of this meeting} other {Read the # liveblogs of this meeting}}',
    cy: '{count, plural, zero {Darllen # blog byw y cyfarfod hwn} one {Darllen blog byw y cyfarfod hwn} two {Darllen # flog byw y cyfarfod hwn} few {Darllen # blog byw y cyfarfod hwn} many {Darllen # blog byw y cyfarfod hwn} other {Darllen # blog byw y cyfarfod hwn}}',
    description: "Link to a past meeting's liveblogs, with how many there are. Welsh: 2 flog (soft mutation). Needs review.",
  },


  'agenda.notPublished': { en: 'The agenda has not been published yet.', cy: "Nid yw'r agenda wedi'i chyhoeddi eto.", description: 'When the event has no sessions to show.' },
  'agenda.parallel': {
    en: '{count, plural, one {# session} other {# sessions in parallel}}',
    cy: '{count, plural, zero {# sesiwn ochr yn ochr} one {# sesiwn} two {# sesiwn ochr yn ochr} few {# sesiwn ochr yn ochr} many {# sesiwn ochr yn ochr} other {# sesiwn ochr yn ochr}}',
    description: 'Beside a time in the agenda when several sessions start together. Only shown for 2 or more.',
  },
  'agenda.kind': {
    en: '{kind, select, plenary {Plenary} panel {Panel} workshop {Workshop} roundtable {Roundtable} break {Break} other {Session}}',
    cy: '{kind, select, plenary {Sesiwn lawn} panel {Panel} workshop {Gweithdy} roundtable {Bwrdd crwn} break {Egwyl} other {Sesiwn}}',
    description: 'Kind of a session in the agenda.',
  },
  'agenda.role': {
    en: '{role, select, chair {Chair} panellist {Panellist} facilitator {Facilitator} note_taker {Note-taker} other {Speaker}}',
    cy: '{role, select, chair {Cadeirydd} panellist {Panelydd} facilitator {Hwylusydd} note_taker {Cofnodwr} other {Siaradwr}}',
    description: 'What a person does in a session, before their name in the agenda ("Chair: Cllr Jane Smith").',
  },
  'agenda.readLiveblog': { en: 'Read the liveblog of {session}', cy: 'Darllen blog byw {session}', description: "Link to a past session's liveblog. {session} is the session's title." },
  'agenda.followLiveblog': {
    en: 'Follow the liveblog (or get an email when it starts)',
    cy: "Dilyn y blog byw (neu gael e-bost pan fydd yn dechrau)",
    description: "Link to an upcoming or running session's liveblog.",
  },
  'agenda.askQuestions': {
    en: 'Ask and vote on questions (live Q&A)',
    cy: 'Gofyn a phleidleisio ar gwestiynau (Holi ac Ateb byw)',
    description: "Link to a session's live questions page.",
  },
  'agenda.people': { en: 'People in {session}', cy: 'Pobl yn {session}', description: "Accessible name of the list of a session's chair and speakers." },

  'register.heading': { en: 'Register', cy: 'Cofrestru', description: 'Heading of the registration form, and its button.' },
  'register.registering': { en: 'Registering…', cy: "Wrthi'n cofrestru…", description: 'The register button while it works.' },
  'register.full': {
    en: "This event is full. If you register, you'll join the waiting list.",
    cy: "Mae'r digwyddiad hwn yn llawn. Os byddwch yn cofrestru, byddwch yn ymuno â'r rhestr aros.",
    description: 'Above the registration form of a full event.',
  },
  'register.emailHintInvited': {
    en: "The address your invitation was sent to. We'll send your confirmation there.",
    cy: "Y cyfeiriad yr anfonwyd eich gwahoddiad ato. Byddwn yn anfon eich cadarnhad yno.",
    description: 'Hint under the email field when registering from an invitation.',
  },
  'register.emailHint': { en: "We'll send your confirmation here.", cy: "Byddwn yn anfon eich cadarnhad i'r cyfeiriad hwn.", description: 'Hint under the email field.' },
  'register.organisationHint': { en: 'For example, your council', cy: 'Er enghraifft, eich cyngor', description: 'Hint under the organisation field.' },
  'register.jobTitle': { en: 'Job title (optional)', cy: 'Teitl swydd (dewisol)', description: 'Label of the job title field.' },
  'register.attendingAs': { en: 'Attending as', cy: 'Yn bresennol fel', description: 'Label of the list: delegate, speaker, council officer...' },
  'register.dietary': { en: 'Dietary needs (optional)', cy: 'Anghenion deietegol (dewisol)', description: 'Label of the dietary needs field.' },
  'register.dietaryHint': { en: 'For example, vegetarian, halal or a nut allergy', cy: 'Er enghraifft, llysieuol, halal neu alergedd i gnau', description: 'Hint under the dietary needs field.' },
  'register.access': { en: 'Access needs (optional)', cy: 'Anghenion mynediad (dewisol)', description: 'Label of the access needs field.' },
  'register.accessHint': {
    en: 'Anything that would help you take part, for example step-free access, a hearing loop or a BSL interpreter',
    cy: "Unrhyw beth a fyddai'n eich helpu i gymryd rhan, er enghraifft mynediad heb risiau, dolen sain neu ddehonglydd BSL",
    description: 'Hint under the access needs field. BSL: British Sign Language. "dolen sain" for hearing loop: needs review.',
  },
  'register.attendeeList': { en: 'Show my name on the public attendee list', cy: "Dangos fy enw ar y rhestr gyhoeddus o fynychwyr", description: 'Label of a checkbox.' },
  'register.attendeeListHint': {
    en: 'Your name and organisation will be listed where anyone can see them. Leave this unticked to stay off the list.',
    cy: "Bydd eich enw a'ch sefydliad yn cael eu rhestru lle gall unrhyw un eu gweld. Gadewch y blwch heb ei dicio i beidio ag ymddangos ar y rhestr.",
    description: 'Hint under the attendee list checkbox.',
  },
  'register.outcome': {
    en: "{status, select, confirmed {You're registered} waitlisted {You're on the waiting list{position, select, none {} other { (position {position})}}} pending {Your registration is awaiting approval} other {Now confirm your email address}}",
    cy: "{status, select, confirmed {Rydych wedi cofrestru} waitlisted {Rydych ar y rhestr aros{position, select, none {} other { (safle {position})}}} pending {Mae eich cofrestriad yn aros am gymeradwyaeth} other {Nawr cadarnhewch eich cyfeiriad e-bost}}",
    description: 'Heading after registering: registered, on the waiting list (with the position in line), awaiting an organiser, or waiting for the address to be confirmed.',
  },
  'register.existing': {
    en: 'You had already registered with this email address, so we have kept your earlier registration.',
    cy: "Roeddech wedi cofrestru gyda'r cyfeiriad e-bost hwn eisoes, felly rydym wedi cadw eich cofrestriad cynharach.",
    description: 'After registering an address that was already registered.',
  },
  'register.confirmAddress': {
    en: "We've sent a mail to {email}. This event is in high demand, so no place is held for you until you open the link in it and confirm your address.",
    cy: "Rydym wedi anfon neges at {email}. Mae galw mawr am y digwyddiad hwn, felly ni chedwir lle i chi nes i chi agor y ddolen ynddi a chadarnhau eich cyfeiriad.",
    description: 'After registering for an event that holds a place only once the address is confirmed.',
  },
  'register.sentConfirmation': { en: "We've sent a confirmation to {email}.", cy: 'Rydym wedi anfon cadarnhad at {email}.', description: 'After registering.' },
  'register.yourWorkshops': { en: 'Your workshops', cy: 'Eich gweithdai', description: 'Heading above the workshops chosen, after registering.' },
  'register.workshop': {
    en: '{workshop}: {status, select, confirmed {place confirmed} other {on the waiting list{position, select, none {} other { (position {position})}}}}',
    cy: "{workshop}: {status, select, confirmed {lle wedi'i gadarnhau} other {ar y rhestr aros{position, select, none {} other { (safle {position})}}}}",
    description: 'One workshop after registering: its title, then whether the seat is confirmed or on its waiting list.',
  },

  'workshops.heading': { en: 'Workshops (optional)', cy: 'Gweithdai (dewisol)', description: 'Heading of the workshop choices in a registration form.' },
  'workshops.hint': {
    en: "Workshops at the same time are alternatives: choose one in each time slot, or none. If a workshop is full, you'll join its waiting list.",
    cy: "Mae gweithdai ar yr un pryd yn ddewisiadau eraill: dewiswch un ym mhob slot amser, neu ddim un. Os yw gweithdy'n llawn, byddwch yn ymuno â'i restr aros.",
    description: 'Hint under "Workshops (optional)".',
  },
  'workshops.chooseOne': { en: '{time}: choose one', cy: '{time}: dewiswch un', description: 'A time slot with several workshops. {time} is like "14:00–15:30".' },
  'workshops.fullWaitingList': { en: "Full: you'll join the waiting list", cy: "Llawn: byddwch yn ymuno â'r rhestr aros", description: 'Beside a full workshop.' },
  'workshops.none': { en: 'No workshop at this time', cy: 'Dim gweithdy ar yr adeg hon', description: 'The choice of no workshop in a time slot.' },

  'apologies.heading': { en: "Can't come?", cy: 'Methu dod?', description: 'Heading of the apologies section of an event.' },
  'apologies.summary': { en: 'Send your apologies', cy: 'Anfon eich ymddiheuriadau', description: 'Opens the apologies form; also the form\'s accessible name.' },
  'apologies.send': { en: 'Send apologies', cy: 'Anfon ymddiheuriadau', description: 'Button of the apologies form.' },
  'apologies.failed': { en: 'We could not send your apologies. Try again later.', cy: "Nid oedd modd anfon eich ymddiheuriadau. Rhowch gynnig arall arni yn nes ymlaen.", description: 'When sending apologies failed.' },
  'apologies.sent': { en: 'Your apologies have been sent', cy: "Mae eich ymddiheuriadau wedi'u hanfon", description: 'Heading after sending apologies.' },
  'apologies.sentBody': {
    en: "Thank you for letting the organisers know. We've sent a mail to {email}: if that address has a place, the mail says how to give it back.",
    cy: "Diolch am roi gwybod i'r trefnwyr. Rydym wedi anfon neges at {email}: os oes lle gan y cyfeiriad hwnnw, mae'r neges yn dweud sut i'w roi yn ôl.",
    description: 'After sending apologies.',
  },

  'access.notMember': {
    en: 'Your account is not with a member council or organisation. If that is wrong, ask the organisers to correct it.',
    cy: "Nid yw eich cyfrif gyda chyngor neu sefydliad sy'n aelod. Os yw hynny'n anghywir, gofynnwch i'r trefnwyr ei gywiro.",
    description: 'On a members-only event, to a signed-in person who is not from a member.',
  },
  'access.signIn': { en: 'Sign in to see the programme', cy: 'Mewngofnodwch i weld y rhaglen', description: 'Link on a members-only event.' },
  'access.signInHint': {
    en: 'Use the email address your council or organisation knows you by.',
    cy: "Defnyddiwch y cyfeiriad e-bost y mae eich cyngor neu eich sefydliad yn eich adnabod wrtho.",
    description: 'Under "Sign in to see the programme".',
  },
  'access.chooseOrganisation': { en: 'Choose your council or organisation', cy: 'Dewiswch eich cyngor neu eich sefydliad', description: 'Error when no organisation was chosen.' },
  'access.failed': { en: 'We could not send your request. Try again later.', cy: "Nid oedd modd anfon eich cais. Rhowch gynnig arall arni yn nes ymlaen.", description: 'When asking for access failed.' },
  'access.noAccount': { en: 'No account yet?', cy: 'Dim cyfrif eto?', description: 'Heading of the section for asking for access.' },
  'access.ask': { en: 'Ask for access', cy: 'Gofyn am fynediad', description: 'Opens the access request form; its accessible name and button.' },
  'access.intro': {
    en: 'If you work for or represent a member council or organisation, an organiser will check and answer you by email.',
    cy: "Os ydych yn gweithio i gyngor neu sefydliad sy'n aelod, neu'n ei gynrychioli, bydd trefnydd yn gwirio ac yn eich ateb drwy e-bost.",
    description: 'At the top of the access request form.',
  },
  'access.loadingOrganisations': { en: 'Loading the member organisations…', cy: "Wrthi'n llwytho'r sefydliadau sy'n aelodau…", description: 'While the list of members loads.' },
  'access.organisationsFailed': {
    en: 'We could not load the member organisations. Try again in a moment.',
    cy: "Nid oedd modd llwytho'r sefydliadau sy'n aelodau. Rhowch gynnig arall arni mewn munud.",
    description: 'When the list of members could not be loaded.',
  },
  'access.emailHint': { en: 'Your work address, if you have one', cy: 'Eich cyfeiriad gwaith, os oes gennych un', description: 'Hint under the email field.' },
  'access.organisation': { en: 'Council or organisation', cy: 'Cyngor neu sefydliad', description: 'Label of the list of member organisations.' },
  'access.jobTitle': { en: 'Job title or role (optional)', cy: 'Teitl swydd neu rôl (dewisol)', description: 'Label of the job title field.' },
  'access.reason': { en: 'Why you would like access (optional)', cy: 'Pam yr hoffech gael mynediad (dewisol)', description: 'Label of the reason field.' },
  'access.sent': { en: 'Your request has been sent', cy: "Mae eich cais wedi'i anfon", description: 'Heading after asking for access.' },
  'access.sentBody': {
    en: "We've sent a mail to {email}. An organiser will check your request and answer you by email.",
    cy: 'Rydym wedi anfon neges at {email}. Bydd trefnydd yn gwirio eich cais ac yn eich ateb drwy e-bost.',
    description: 'After asking for access.',
  },
  'minutesLinks.heading': { en: 'Minutes', cy: 'Cofnodion', description: "Heading above the links to an event's minutes." },
} satisfies Catalogue;
