// Demo events for Convene. The past events follow the Co-operative Councils Innovation Network's own
// records (the Cardiff conference plenary of 16 November 2016 and the Lambeth Co-operative Council
// Citizens' Commission of 11 October 2010); the upcoming events follow the pattern the network's
// constitution sets out (network forums hosted by member councils, invitation-only policy roundtables
// and a quarterly Executive Oversight Committee).
//
// Every person is fictional and every address uses the reserved example.org domain. Organisation
// names match DEMO_ORGANISATIONS in demo-data.ts exactly; a person's organisation is null where their
// organisation is not one of those, in which case it is named in their job title instead.
// Speaker emails belong to DEMO_PEOPLE in demo-data.ts or to DEMO_EVENT_PEOPLE below.
// All times are local wall-clock times in Europe/London.

import { EventKind, EventStatus, EventVisibility, SessionKind, SpeakerRole } from '@convene/events';

export interface DemoSpeaker {
  /** Email of a person in DEMO_PEOPLE (demo-data.ts) or in DEMO_EVENT_PEOPLE. */
  email: string;
  role: SpeakerRole;
}

export interface DemoSession {
  title: string;
  kind: SessionKind;
  /** Local wall time 'YYYY-MM-DDTHH:mm' in the event's time zone. */
  start: string;
  end: string;
  room: string | null;
  description: string | null;
  capacity: number | null;
  liveQa: boolean;
  liveblog: boolean;
  speakers: DemoSpeaker[];
}

export interface DemoEvent {
  slug: string;
  title: string;
  kind: EventKind;
  theme: string | null;
  description: string;
  /** Exact organisation name from DEMO_ORGANISATIONS. */
  host: string | null;
  venueName: string;
  venueAddress: string;
  rooms: string[];
  timeZone: 'Europe/London';
  /** Local wall time 'YYYY-MM-DDTHH:mm'. */
  start: string;
  end: string;
  status: EventStatus.Published | EventStatus.Draft;
  visibility: EventVisibility;
  capacity: number | null;
  reservedPlaces: number;
  perOrganisationLimit: number | null;
  requiresApproval: boolean;
  sessions: DemoSession[];
}

export interface DemoEventPerson {
  name: string;
  email: string;
  jobTitle: string | null;
  /** Exact organisation name from DEMO_ORGANISATIONS, or null. */
  organisation: string | null;
}

/** Speakers, commissioners, delegates and officers who are not already in DEMO_PEOPLE. */
export const DEMO_EVENT_PEOPLE: DemoEventPerson[] = [
  // Network officers and speakers at the upcoming events.
  {
    name: 'Ruth Greenhalgh',
    email: 'ruth.greenhalgh@example.org',
    jobTitle: 'Deputy Leader of the Council and Chair of the CCIN',
    organisation: 'Oldham Council',
  },
  {
    name: 'Paul Hedley',
    email: 'paul.hedley@example.org',
    jobTitle: 'Cabinet Member for Communities and Culture',
    organisation: 'Sunderland City Council',
  },
  {
    name: 'Carys Llewellyn',
    email: 'carys.llewellyn@example.org',
    jobTitle: 'Head of Partnerships and Policy',
    organisation: 'Newport City Council',
  },
  {
    name: 'Dylan Rees',
    email: 'dylan.rees@example.org',
    jobTitle: 'Community Development Manager',
    organisation: 'Swansea Council',
  },
  {
    name: 'Priya Raman',
    email: 'priya.raman@example.org',
    jobTitle: 'Policy Manager',
    organisation: 'Co-operatives UK',
  },
  {
    name: 'Hannah Lees',
    email: 'hannah.lees@example.org',
    jobTitle: 'Senior Researcher',
    organisation: 'Centre for Local Economic Strategies',
  },

  // Cardiff conference plenary, 16 November 2016: chair, panel and host councillor.
  {
    name: 'Jago Treloar',
    email: 'jago.treloar@example.org',
    jobTitle: 'Councillor and Vice-Chair of the CCIN',
    organisation: 'Plymouth City Council',
  },
  {
    name: 'Desmond Ferris',
    email: 'desmond.ferris@example.org',
    jobTitle: 'Member of Parliament',
    organisation: null,
  },
  {
    name: 'Graham Whitlock',
    email: 'graham.whitlock@example.org',
    jobTitle: 'Executive Director',
    organisation: 'The Foster Care Co-operative',
  },
  {
    name: 'Ruth Albany',
    email: 'ruth.albany@example.org',
    jobTitle: 'Co-Director and Co-Founder',
    organisation: 'Change AGEnts Network UK',
  },
  {
    name: 'Alan Charlton',
    email: 'alan.charlton@example.org',
    jobTitle: 'Councillor',
    organisation: 'Newcastle City Council',
  },
  {
    name: 'Rhodri Bevan',
    email: 'rhodri.bevan@example.org',
    jobTitle: 'Cabinet Member for Co-operatives and Social Enterprise',
    organisation: 'Cardiff Council',
  },

  // Lambeth Co-operative Council Citizens' Commission, 11 October 2010: commissioners.
  {
    name: 'Patrick Adeyemi',
    email: 'patrick.adeyemi@example.org',
    jobTitle: "Councillor and Chair of the Co-operative Council Citizens' Commission",
    organisation: 'Lambeth Council',
  },
  {
    name: 'Maureen Kelleher',
    email: 'maureen.kelleher@example.org',
    jobTitle: "Councillor and Citizens' Commissioner",
    organisation: 'Lambeth Council',
  },
  {
    name: 'Harriet Oduya',
    email: 'harriet.oduya@example.org',
    jobTitle: "Citizens' Commissioner (Social Enterprise London)",
    organisation: null,
  },
  {
    name: 'Leonard Fairweather',
    email: 'leonard.fairweather@example.org',
    jobTitle: "Citizens' Commissioner (Waterloo Community Coalition)",
    organisation: null,
  },
  // Delegates from the council's departments.
  {
    name: 'Abena Mensah',
    email: 'abena.mensah@example.org',
    jobTitle: 'Human Resources Manager',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Hugh Tennant',
    email: 'hugh.tennant@example.org',
    jobTitle: 'Democratic Services and Scrutiny Manager',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Grace Whitfield',
    email: 'grace.whitfield@example.org',
    jobTitle: "Community Children's Services Manager",
    organisation: 'Lambeth Council',
  },
  {
    name: 'Michael Osei',
    email: 'michael.osei@example.org',
    jobTitle: 'Senior Lawyer, Legal Services',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Catherine Doyle',
    email: 'catherine.doyle@example.org',
    jobTitle: 'Public Realm Manager',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Jamie Hollis',
    email: 'jamie.hollis@example.org',
    jobTitle: 'Head of Campaigns and Communications',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Sunita Rao',
    email: 'sunita.rao@example.org',
    jobTitle: 'Corporate Procurement Manager',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Neil Fenwick',
    email: 'neil.fenwick@example.org',
    jobTitle: 'Adult Social Care Manager',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Yvonne Baptiste',
    email: 'yvonne.baptiste@example.org',
    jobTitle: 'Change Management and Team Around the Child Lead',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Tomasz Nowak',
    email: 'tomasz.nowak@example.org',
    jobTitle: 'Lawyer, Legal Services',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Bernadette Quinn',
    email: 'bernadette.quinn@example.org',
    jobTitle: 'Community Learning Manager',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Lorna McKenzie',
    email: 'lorna.mckenzie@example.org',
    jobTitle: 'Housing Services Manager',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Oliver Brandt',
    email: 'oliver.brandt@example.org',
    jobTitle: 'Corporate Finance Manager',
    organisation: 'Lambeth Council',
  },
  // Council officers supporting the Commission.
  {
    name: 'Raymond Sealy',
    email: 'raymond.sealy@example.org',
    jobTitle: 'Chief Executive',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Farah Qureshi',
    email: 'farah.qureshi@example.org',
    jobTitle: 'Head of Policy, Equalities and Performance',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Kwame Asante',
    email: 'kwame.asante@example.org',
    jobTitle: 'Senior Policy Officer, Policy, Equalities and Performance',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Eleanor Pryce',
    email: 'eleanor.pryce@example.org',
    jobTitle: 'Policy Officer, Policy, Equalities and Performance',
    organisation: 'Lambeth Council',
  },
  {
    name: 'Philippa Dunn',
    email: 'philippa.dunn@example.org',
    jobTitle: 'Democratic Services Officer',
    organisation: 'Lambeth Council',
  },
];

export const DEMO_EVENTS: DemoEvent[] = [
  // 1. Upcoming network forum hosted by a member council.
  {
    slug: 'winter-network-forum-2027-sunderland',
    title: 'Winter Network Forum: Co-operative Places',
    kind: EventKind.NetworkForum,
    theme: 'From co-operative councils to co-operative places',
    description:
      'A full-day network forum hosted by Sunderland City Council. Members and partners will look at how ' +
      'co-operative councils move from individual projects to whole-system, whole-place reform: working with ' +
      'residents, partners and anchor institutions on inclusive growth, place-based health, demand management ' +
      'and social capital. The day includes a panel, three parallel workshops and a closing plenary, with ' +
      'plenty of time for sharing practice and networking. Lunch and refreshments are provided.',
    host: 'Sunderland City Council',
    venueName: 'Sunderland City Hall',
    venueAddress: 'Plater Way, Sunderland SR1 3AA',
    rooms: ['Main Hall', 'Workshop Room 1', 'Workshop Room 2', 'Workshop Room 3', 'Atrium'],
    timeZone: 'Europe/London',
    start: '2027-02-11T10:00',
    end: '2027-02-11T16:00',
    status: EventStatus.Published,
    visibility: EventVisibility.Public,
    capacity: 120,
    reservedPlaces: 10,
    perOrganisationLimit: 6,
    requiresApproval: false,
    sessions: [
      {
        title: 'Welcome: from co-operative councils to co-operative places',
        kind: SessionKind.Plenary,
        start: '2027-02-11T10:00',
        end: '2027-02-11T10:45',
        room: 'Main Hall',
        description:
          'A welcome from the host council and the Chair of the Network, followed by an opening address on ' +
          'what the next five years should mean for co-operative places.',
        capacity: null,
        liveQa: true,
        liveblog: true,
        speakers: [
          { email: 'ruth.greenhalgh@example.org', role: SpeakerRole.Chair },
          { email: 'paul.hedley@example.org', role: SpeakerRole.Speaker },
          { email: 'joanna.pell@example.org', role: SpeakerRole.Speaker },
        ],
      },
      {
        title: 'Panel: five foundations for co-operative places',
        kind: SessionKind.Panel,
        start: '2027-02-11T10:45',
        end: '2027-02-11T12:00',
        room: 'Main Hall',
        description:
          'Member councils on inclusive growth, human capital, place-based health, demand management and ' +
          'social capital: what is working on the ground, and where the evidence is still thin.',
        capacity: null,
        liveQa: true,
        liveblog: false,
        speakers: [
          { email: 'lydia.okafor@example.org', role: SpeakerRole.Chair },
          { email: 'nadia.haworth@example.org', role: SpeakerRole.Panellist },
          { email: 'imran.siddiqui@example.org', role: SpeakerRole.Panellist },
          { email: 'gareth.lowther@example.org', role: SpeakerRole.Panellist },
          { email: 'fiona.mcbride@example.org', role: SpeakerRole.Panellist },
        ],
      },
      {
        title: 'Lunch and networking',
        kind: SessionKind.Break,
        start: '2027-02-11T12:00',
        end: '2027-02-11T12:45',
        room: 'Atrium',
        description: null,
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [],
      },
      {
        title: 'Workshop A: co-production with communities through area decentralisation',
        kind: SessionKind.Workshop,
        start: '2027-02-11T12:45',
        end: '2027-02-11T14:15',
        room: 'Workshop Room 1',
        description:
          'Responsive services and a framework for co-production with communities: lessons from area ' +
          'decentralisation, community leadership and community planning partnerships.',
        capacity: 30,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'gareth.lowther@example.org', role: SpeakerRole.Facilitator },
          { email: 'callum.drysdale@example.org', role: SpeakerRole.Speaker },
          { email: 'organiser@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: 'Workshop B: co-operative energy and community wealth building',
        kind: SessionKind.Workshop,
        start: '2027-02-11T12:45',
        end: '2027-02-11T14:15',
        room: 'Workshop Room 2',
        description:
          'From council initiative to community benefit society: community-owned energy, fuel poverty and ' +
          'keeping wealth in the local economy through procurement and anchor institutions.',
        capacity: 25,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'kerenza.polglase@example.org', role: SpeakerRole.Facilitator },
          { email: 'nadia.haworth@example.org', role: SpeakerRole.Speaker },
          { email: 'deepa.mistry@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: 'Workshop C: effective internal co-production between members and officers',
        kind: SessionKind.Workshop,
        start: '2027-02-11T12:45',
        end: '2027-02-11T14:15',
        room: 'Workshop Room 3',
        description:
          'Practical member–officer partnerships: how ward councillors and frontline staff can play a ' +
          'community-connecting role, and what gets in the way.',
        capacity: 28,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'helen.ashworth@example.org', role: SpeakerRole.Facilitator },
          { email: 'beth.carrow@example.org', role: SpeakerRole.Speaker },
          { email: 'marcus.ibbotson@example.org', role: SpeakerRole.Speaker },
        ],
      },
      {
        title: 'Refreshment break',
        kind: SessionKind.Break,
        start: '2027-02-11T14:15',
        end: '2027-02-11T14:30',
        room: 'Atrium',
        description: null,
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [],
      },
      {
        title: 'Closing plenary: Question & Comments',
        kind: SessionKind.Plenary,
        start: '2027-02-11T14:30',
        end: '2027-02-11T16:00',
        room: 'Main Hall',
        description:
          'Feedback from the three workshops, an open Question & Comments round with the facilitators, and ' +
          'closing remarks from the host council.',
        capacity: null,
        liveQa: true,
        liveblog: true,
        speakers: [
          { email: 'ruth.greenhalgh@example.org', role: SpeakerRole.Chair },
          { email: 'gareth.lowther@example.org', role: SpeakerRole.Panellist },
          { email: 'kerenza.polglase@example.org', role: SpeakerRole.Panellist },
          { email: 'helen.ashworth@example.org', role: SpeakerRole.Panellist },
          { email: 'paul.hedley@example.org', role: SpeakerRole.Speaker },
        ],
      },
    ],
  },

  // 2. Invitation-only policy roundtable in London.
  {
    slug: 'policy-roundtable-social-value-commissioning-2027',
    title: 'Policy Roundtable: Social Value and Co-operative Commissioning',
    kind: EventKind.PolicyRoundtable,
    theme: 'Co-operative commissioning and social value',
    description:
      'An invitation-only roundtable for member councils and partners on commissioning for social value. ' +
      'How can local people be genuinely involved from the very beginning of the commissioning cycle, how ' +
      'do we measure social value and social productivity rather than contract outputs, and what should ' +
      'the Network say to national policy makers? Discussion is held under the Chatham House Rule; a short ' +
      'note of themes will be shared with members afterwards.',
    host: 'Lambeth Council',
    venueName: 'Lambeth Town Hall',
    venueAddress: 'Brixton Hill, London SW2 1RW',
    rooms: ['Committee Room'],
    timeZone: 'Europe/London',
    start: '2027-01-20T14:00',
    end: '2027-01-20T17:00',
    status: EventStatus.Published,
    visibility: EventVisibility.Invitation,
    capacity: 20,
    reservedPlaces: 2,
    perOrganisationLimit: 2,
    requiresApproval: true,
    sessions: [
      {
        title: 'Welcome and purpose of the roundtable',
        kind: SessionKind.Other,
        start: '2027-01-20T14:00',
        end: '2027-01-20T14:15',
        room: 'Committee Room',
        description: null,
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [{ email: 'tunde.okonjo@example.org', role: SpeakerRole.Chair }],
      },
      {
        title: 'Measuring what matters: social value beyond the contract',
        kind: SessionKind.Roundtable,
        start: '2027-01-20T14:15',
        end: '2027-01-20T15:15',
        room: 'Committee Room',
        description:
          'Two short provocations on measuring social value and social productivity, then open discussion.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'tunde.okonjo@example.org', role: SpeakerRole.Chair },
          { email: 'joanna.pell@example.org', role: SpeakerRole.Speaker },
          { email: 'lydia.okafor@example.org', role: SpeakerRole.Speaker },
          { email: 'organiser@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: 'Refreshment break',
        kind: SessionKind.Break,
        start: '2027-01-20T15:15',
        end: '2027-01-20T15:30',
        room: 'Committee Room',
        description: null,
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [],
      },
      {
        title: 'Community-led commissioning: involving residents from the start',
        kind: SessionKind.Roundtable,
        start: '2027-01-20T15:30',
        end: '2027-01-20T16:30',
        room: 'Committee Room',
        description:
          'How commissioning and contract detail drive cost, and what changes when residents, providers and ' +
          'co-operatives help define outcomes from the outset.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'tunde.okonjo@example.org', role: SpeakerRole.Chair },
          { email: 'nadia.haworth@example.org', role: SpeakerRole.Speaker },
          { email: 'owen.hartridge@example.org', role: SpeakerRole.Speaker },
          { email: 'organiser@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: 'Summary and next steps for the Network',
        kind: SessionKind.Other,
        start: '2027-01-20T16:30',
        end: '2027-01-20T17:00',
        room: 'Committee Room',
        description:
          "Agreeing the main messages for a members' briefing and a possible policy lab submission.",
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'tunde.okonjo@example.org', role: SpeakerRole.Chair },
          { email: 'organiser@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
    ],
  },

  // 3. Members-only quarterly Executive Oversight Committee.
  {
    slug: 'executive-oversight-committee-2027-03',
    title: 'Executive Oversight Committee: March 2027',
    kind: EventKind.CommitteeMeeting,
    theme: null,
    description:
      'The quarterly meeting of the Executive Oversight Committee, to which the Forum delegates the ' +
      "management of the Network's affairs. Representatives of full member councils may attend as " +
      'observers. Papers will be circulated to members one week before the meeting.',
    host: 'Oldham Council',
    venueName: 'Oldham Civic Centre',
    venueAddress: 'West Street, Oldham OL1 1UT',
    rooms: ['Committee Room'],
    timeZone: 'Europe/London',
    start: '2027-03-17T10:30',
    end: '2027-03-17T12:30',
    status: EventStatus.Published,
    visibility: EventVisibility.Members,
    capacity: 30,
    reservedPlaces: 0,
    perOrganisationLimit: 2,
    requiresApproval: false,
    sessions: [
      {
        title: '1. Welcome, apologies and minutes of the last meeting',
        kind: SessionKind.Other,
        start: '2027-03-17T10:30',
        end: '2027-03-17T10:45',
        room: 'Committee Room',
        description: 'To note apologies and agree the minutes of the meeting held in December 2026.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'ruth.greenhalgh@example.org', role: SpeakerRole.Chair },
          { email: 'organiser@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: '2. Matters arising',
        kind: SessionKind.Other,
        start: '2027-03-17T10:45',
        end: '2027-03-17T11:00',
        room: 'Committee Room',
        description: 'Progress on actions from the last meeting not covered elsewhere on the agenda.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'ruth.greenhalgh@example.org', role: SpeakerRole.Chair },
          { email: 'organiser@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: '3. Finance: budget monitoring 2026/27 and subscriptions for 2027/28',
        kind: SessionKind.Other,
        start: '2027-03-17T11:00',
        end: '2027-03-17T11:30',
        room: 'Committee Room',
        description:
          'Forecast outturn for the year, including any underspend the Committee may agree to carry over, ' +
          'and the proposed annual fees for members and associate members.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'ruth.greenhalgh@example.org', role: SpeakerRole.Chair },
          { email: 'admin@example.org', role: SpeakerRole.Speaker },
          { email: 'organiser@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: '4. Work plan 2027/28',
        kind: SessionKind.Other,
        start: '2027-03-17T11:30',
        end: '2027-03-17T12:10',
        room: 'Committee Room',
        description:
          'Draft programme of network forums, policy roundtables and policy inquiries for the coming year, ' +
          'including hosts for the four forums and the autumn forum in Cardiff.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'ruth.greenhalgh@example.org', role: SpeakerRole.Chair },
          { email: 'helen.ashworth@example.org', role: SpeakerRole.Speaker },
          { email: 'organiser@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: '5. Any other business and date of next meeting',
        kind: SessionKind.Other,
        start: '2027-03-17T12:10',
        end: '2027-03-17T12:30',
        room: 'Committee Room',
        description: null,
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'ruth.greenhalgh@example.org', role: SpeakerRole.Chair },
          { email: 'organiser@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
    ],
  },

  // 4. Second upcoming forum, in Cardiff (a draft the organisers are still working on).
  {
    slug: 'autumn-network-forum-2027-cardiff',
    title: 'Autumn Network Forum: Together Stronger',
    kind: EventKind.NetworkForum,
    theme: 'Co-operation across Wales and England',
    description:
      'The Network returns to City Hall, Cardiff, to look at co-operative approaches to social care, ' +
      'community hubs and neighbourhood working, and at how councils in Wales and England can learn from ' +
      'each other. Councils that are not yet members are very welcome.',
    host: 'Cardiff Council',
    venueName: 'City Hall, Cardiff',
    venueAddress: 'Cathays Park, Cardiff CF10 3ND',
    rooms: ['Assembly Room', 'Room C', 'Room D', 'Ferrier Hall'],
    timeZone: 'Europe/London',
    start: '2027-10-28T10:00',
    end: '2027-10-28T15:30',
    status: EventStatus.Draft,
    visibility: EventVisibility.Public,
    capacity: 100,
    reservedPlaces: 8,
    perOrganisationLimit: 5,
    requiresApproval: false,
    sessions: [
      {
        title: 'Welcome and opening address',
        kind: SessionKind.Plenary,
        start: '2027-10-28T10:00',
        end: '2027-10-28T10:40',
        room: 'Assembly Room',
        description: null,
        capacity: null,
        liveQa: true,
        liveblog: true,
        speakers: [
          { email: 'aled.pritchard@example.org', role: SpeakerRole.Chair },
          { email: 'ruth.greenhalgh@example.org', role: SpeakerRole.Speaker },
          { email: 'rhodri.bevan@example.org', role: SpeakerRole.Speaker },
        ],
      },
      {
        title: 'Panel: co-operative Wales – social care, housing and the everyday economy',
        kind: SessionKind.Panel,
        start: '2027-10-28T10:40',
        end: '2027-10-28T11:50',
        room: 'Assembly Room',
        description:
          'Welsh councils and national partners on where co-operative models are growing, and where confusion ' +
          'about what a co-operative actually is still holds them back.',
        capacity: null,
        liveQa: true,
        liveblog: false,
        speakers: [
          { email: 'lydia.okafor@example.org', role: SpeakerRole.Chair },
          { email: 'carys.llewellyn@example.org', role: SpeakerRole.Panellist },
          { email: 'dylan.rees@example.org', role: SpeakerRole.Panellist },
          { email: 'ruth.albany@example.org', role: SpeakerRole.Panellist },
          { email: 'priya.raman@example.org', role: SpeakerRole.Panellist },
        ],
      },
      {
        title: 'Lunch',
        kind: SessionKind.Break,
        start: '2027-10-28T11:50',
        end: '2027-10-28T12:45',
        room: 'Ferrier Hall',
        description: null,
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [],
      },
      {
        title: 'Workshop A: social care co-operatives and the commissioning process',
        kind: SessionKind.Workshop,
        start: '2027-10-28T12:45',
        end: '2027-10-28T14:05',
        room: 'Room C',
        description:
          'Putting people who use services in charge of governance and control, and commissioning that does ' +
          'not add unnecessary cost.',
        capacity: 30,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'graham.whitlock@example.org', role: SpeakerRole.Facilitator },
          { email: 'ruth.albany@example.org', role: SpeakerRole.Speaker },
          { email: 'organiser@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: 'Workshop B: community hubs and neighbourhood working',
        kind: SessionKind.Workshop,
        start: '2027-10-28T12:45',
        end: '2027-10-28T14:05',
        room: 'Room D',
        description:
          'Local hubs, community asset transfer and participatory budgeting: what it takes to share power ' +
          'at neighbourhood level.',
        capacity: 25,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'callum.drysdale@example.org', role: SpeakerRole.Facilitator },
          { email: 'rhodri.bevan@example.org', role: SpeakerRole.Speaker },
          { email: 'hannah.lees@example.org', role: SpeakerRole.Speaker },
        ],
      },
      {
        title: 'Refreshment break',
        kind: SessionKind.Break,
        start: '2027-10-28T14:05',
        end: '2027-10-28T14:20',
        room: 'Ferrier Hall',
        description: null,
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [],
      },
      {
        title: 'Closing plenary: Question & Comments',
        kind: SessionKind.Plenary,
        start: '2027-10-28T14:20',
        end: '2027-10-28T15:30',
        room: 'Assembly Room',
        description: 'Feedback from the workshops, questions from the floor and closing remarks.',
        capacity: null,
        liveQa: true,
        liveblog: true,
        speakers: [
          { email: 'aled.pritchard@example.org', role: SpeakerRole.Chair },
          { email: 'carys.llewellyn@example.org', role: SpeakerRole.Panellist },
          { email: 'graham.whitlock@example.org', role: SpeakerRole.Panellist },
          { email: 'callum.drysdale@example.org', role: SpeakerRole.Panellist },
          { email: 'ruth.greenhalgh@example.org', role: SpeakerRole.Speaker },
        ],
      },
    ],
  },

  // 5. Past: the conference plenary at City Hall, Cardiff, 16 November 2016.
  {
    slug: 'cardiff-conference-plenary-2016',
    title: "Conference Plenary: Driving global municipal co-operative policy – what's next for our Network?",
    kind: EventKind.Plenary,
    theme: 'Driving global municipal co-operative policy',
    description:
      "The closing plenary of the Network's two-day conference in Cardiff. A panel of a Member of Parliament, " +
      'The Foster Care Co-operative, Change AGEnts Network UK and Newcastle City Council discussed reconnecting ' +
      'politics with people, the role of co-operatives in social care, and how the Network can shape national ' +
      'policy and learn from co-operative cities abroad. The session ended with questions and comments from ' +
      'the floor and closing remarks from the host council.',
    host: 'Cardiff Council',
    venueName: 'City Hall, Cardiff',
    venueAddress: 'Cathays Park, Cardiff CF10 3ND',
    rooms: ['Room D'],
    timeZone: 'Europe/London',
    start: '2016-11-16T15:00',
    end: '2016-11-16T16:15',
    status: EventStatus.Published,
    visibility: EventVisibility.Public,
    capacity: null,
    reservedPlaces: 0,
    perOrganisationLimit: null,
    requiresApproval: false,
    sessions: [
      {
        title: 'Introduction of the panel',
        kind: SessionKind.Plenary,
        start: '2016-11-16T15:00',
        end: '2016-11-16T15:05',
        room: 'Room D',
        description: 'The Vice-Chair of the Network introduces the panel and the plenary question.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [{ email: 'jago.treloar@example.org', role: SpeakerRole.Chair }],
      },
      {
        title: "Panel: driving global municipal co-operative policy – what's next for our Network?",
        kind: SessionKind.Panel,
        start: '2016-11-16T15:05',
        end: '2016-11-16T15:40',
        room: 'Room D',
        description:
          'Renewing politics by reconnecting with people; the confusion about what a co-operative actually is; ' +
          "social care at a tipping point and putting people who use services in control; and the Network's " +
          'role in shaping national policy and working internationally.',
        capacity: null,
        liveQa: false,
        liveblog: true,
        speakers: [
          { email: 'jago.treloar@example.org', role: SpeakerRole.Chair },
          { email: 'desmond.ferris@example.org', role: SpeakerRole.Panellist },
          { email: 'graham.whitlock@example.org', role: SpeakerRole.Panellist },
          { email: 'ruth.albany@example.org', role: SpeakerRole.Panellist },
          { email: 'alan.charlton@example.org', role: SpeakerRole.Panellist },
        ],
      },
      {
        title: 'Question & Comments',
        kind: SessionKind.Plenary,
        start: '2016-11-16T15:40',
        end: '2016-11-16T16:05',
        room: 'Room D',
        description:
          'Contributions from the floor, including The Foster Care Co-operative, Birmingham City Council, the ' +
          'Co-operative College and Bristol City Council, on separate arrangements in Wales and England, a ' +
          'trans-Atlantic network, the International Co-operative Alliance, democratic mandates and the cost ' +
          'of commissioning.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'jago.treloar@example.org', role: SpeakerRole.Chair },
          { email: 'desmond.ferris@example.org', role: SpeakerRole.Panellist },
          { email: 'graham.whitlock@example.org', role: SpeakerRole.Panellist },
          { email: 'ruth.albany@example.org', role: SpeakerRole.Panellist },
          { email: 'alan.charlton@example.org', role: SpeakerRole.Panellist },
        ],
      },
      {
        title: 'Closing remarks',
        kind: SessionKind.Plenary,
        start: '2016-11-16T16:05',
        end: '2016-11-16T16:15',
        room: 'Room D',
        description:
          'Thanks from the Vice-Chair and from the host council, with a call for the Network to adopt ' +
          "'Together Stronger' as its motto.",
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'jago.treloar@example.org', role: SpeakerRole.Chair },
          { email: 'rhodri.bevan@example.org', role: SpeakerRole.Speaker },
        ],
      },
    ],
  },

  // 6. Past: the Lambeth Co-operative Council Citizens' Commission, 11 October 2010.
  {
    slug: 'lambeth-citizens-commission-2010-10-11',
    title: "Co-operative Council Citizens' Commission",
    kind: EventKind.CitizensCommission,
    theme: 'The Co-operative Council',
    description:
      "A meeting of Lambeth's Co-operative Council Citizens' Commission. Delegates from each council " +
      'department gave their initial view of the Co-operative Council model – pilots, community-led ' +
      'commissioning, the culture change needed and the risks – and answered questions from the commissioners, ' +
      'followed by a round-table discussion.',
    host: 'Lambeth Council',
    venueName: 'Lambeth Town Hall',
    venueAddress: 'Brixton Hill, London SW2 1RW',
    rooms: [],
    timeZone: 'Europe/London',
    start: '2010-10-11T10:00',
    end: '2010-10-11T13:00',
    status: EventStatus.Published,
    visibility: EventVisibility.Invitation,
    capacity: null,
    reservedPlaces: 0,
    perOrganisationLimit: null,
    requiresApproval: true,
    sessions: [
      {
        title: '1. Welcome and introductions',
        kind: SessionKind.Other,
        start: '2010-10-11T10:00',
        end: '2010-10-11T10:15',
        room: null,
        description:
          'The Chair of the Commission welcomes everyone and sets out the aims and objectives of the meeting.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'patrick.adeyemi@example.org', role: SpeakerRole.Chair },
          { email: 'philippa.dunn@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: "2.1 Delegate initial statements: Children and Young People's Service",
        kind: SessionKind.Other,
        start: '2010-10-11T10:15',
        end: '2010-10-11T10:35',
        room: null,
        description:
          'Prevention, existing community engagement, Adventure Playgrounds and Living Space as pilots, and ' +
          'making sure community-led commissioning reaches the most vulnerable.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'patrick.adeyemi@example.org', role: SpeakerRole.Chair },
          { email: 'grace.whitfield@example.org', role: SpeakerRole.Speaker },
          { email: 'yvonne.baptiste@example.org', role: SpeakerRole.Speaker },
          { email: 'philippa.dunn@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: "2.2 Delegate initial statements: Adults' and Community Services",
        kind: SessionKind.Other,
        start: '2010-10-11T10:35',
        end: '2010-10-11T10:55',
        room: null,
        description:
          'Personalisation, employment as a route to residents taking control of their lives, day care and ' +
          'sheltered housing, and engagement with the trade unions.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'patrick.adeyemi@example.org', role: SpeakerRole.Chair },
          { email: 'neil.fenwick@example.org', role: SpeakerRole.Speaker },
          { email: 'bernadette.quinn@example.org', role: SpeakerRole.Speaker },
          { email: 'philippa.dunn@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: '2.3 Delegate initial statements: Housing, Regeneration and Enterprise',
        kind: SessionKind.Other,
        start: '2010-10-11T10:55',
        end: '2010-10-11T11:15',
        room: null,
        description:
          'Community management of council assets, Tenant Management Organisations and housing ownership models.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'patrick.adeyemi@example.org', role: SpeakerRole.Chair },
          { email: 'lorna.mckenzie@example.org', role: SpeakerRole.Speaker },
          { email: 'catherine.doyle@example.org', role: SpeakerRole.Speaker },
          { email: 'philippa.dunn@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: '2.4 Question and answer session',
        kind: SessionKind.Other,
        start: '2010-10-11T11:15',
        end: '2010-10-11T11:35',
        room: null,
        description:
          'Commissioners ask about regulatory services and engagement so far; delegates from the three ' +
          'departments respond.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'patrick.adeyemi@example.org', role: SpeakerRole.Chair },
          { email: 'maureen.kelleher@example.org', role: SpeakerRole.Panellist },
          { email: 'harriet.oduya@example.org', role: SpeakerRole.Panellist },
          { email: 'leonard.fairweather@example.org', role: SpeakerRole.Panellist },
          { email: 'grace.whitfield@example.org', role: SpeakerRole.Speaker },
          { email: 'neil.fenwick@example.org', role: SpeakerRole.Speaker },
          { email: 'lorna.mckenzie@example.org', role: SpeakerRole.Speaker },
          { email: 'philippa.dunn@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: '2.5 Delegate initial statements: Office of the Chief Executive',
        kind: SessionKind.Other,
        start: '2010-10-11T11:35',
        end: '2010-10-11T11:55',
        room: null,
        description:
          'The Co-operative Council as an outcome rather than a tactic, a vision for the whole borough, and ' +
          'the cultural change needed within the organisation.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'patrick.adeyemi@example.org', role: SpeakerRole.Chair },
          { email: 'raymond.sealy@example.org', role: SpeakerRole.Speaker },
          { email: 'jamie.hollis@example.org', role: SpeakerRole.Speaker },
          { email: 'hugh.tennant@example.org', role: SpeakerRole.Speaker },
          { email: 'abena.mensah@example.org', role: SpeakerRole.Speaker },
          { email: 'philippa.dunn@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: '2.6 Delegate initial statements: Finance and Resources',
        kind: SessionKind.Other,
        start: '2010-10-11T11:55',
        end: '2010-10-11T12:15',
        room: null,
        description:
          'Governance fit for purpose, the Localism Bill and existing statute, procurement flexibility and ' +
          'work with small and medium enterprises, and balancing savings with investment.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'patrick.adeyemi@example.org', role: SpeakerRole.Chair },
          { email: 'oliver.brandt@example.org', role: SpeakerRole.Speaker },
          { email: 'sunita.rao@example.org', role: SpeakerRole.Speaker },
          { email: 'michael.osei@example.org', role: SpeakerRole.Speaker },
          { email: 'tomasz.nowak@example.org', role: SpeakerRole.Speaker },
          { email: 'philippa.dunn@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
      {
        title: '3. Round-table discussion',
        kind: SessionKind.Roundtable,
        start: '2010-10-11T12:15',
        end: '2010-10-11T13:00',
        room: null,
        description:
          'Trust and better commissioning, contracts with the Third Sector and safeguarding, and involving ' +
          'residents and staff in developing the Co-operative Council.',
        capacity: null,
        liveQa: false,
        liveblog: false,
        speakers: [
          { email: 'patrick.adeyemi@example.org', role: SpeakerRole.Chair },
          { email: 'maureen.kelleher@example.org', role: SpeakerRole.Panellist },
          { email: 'harriet.oduya@example.org', role: SpeakerRole.Panellist },
          { email: 'leonard.fairweather@example.org', role: SpeakerRole.Panellist },
          { email: 'farah.qureshi@example.org', role: SpeakerRole.Facilitator },
          { email: 'kwame.asante@example.org', role: SpeakerRole.Facilitator },
          { email: 'eleanor.pryce@example.org', role: SpeakerRole.Facilitator },
          { email: 'abena.mensah@example.org', role: SpeakerRole.Speaker },
          { email: 'hugh.tennant@example.org', role: SpeakerRole.Speaker },
          { email: 'grace.whitfield@example.org', role: SpeakerRole.Speaker },
          { email: 'michael.osei@example.org', role: SpeakerRole.Speaker },
          { email: 'catherine.doyle@example.org', role: SpeakerRole.Speaker },
          { email: 'jamie.hollis@example.org', role: SpeakerRole.Speaker },
          { email: 'sunita.rao@example.org', role: SpeakerRole.Speaker },
          { email: 'neil.fenwick@example.org', role: SpeakerRole.Speaker },
          { email: 'yvonne.baptiste@example.org', role: SpeakerRole.Speaker },
          { email: 'tomasz.nowak@example.org', role: SpeakerRole.Speaker },
          { email: 'bernadette.quinn@example.org', role: SpeakerRole.Speaker },
          { email: 'lorna.mckenzie@example.org', role: SpeakerRole.Speaker },
          { email: 'oliver.brandt@example.org', role: SpeakerRole.Speaker },
          { email: 'philippa.dunn@example.org', role: SpeakerRole.NoteTaker },
        ],
      },
    ],
  },
];
