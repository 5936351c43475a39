// Demo seed data for Convene. Organisations are drawn from the Co-operative Councils Innovation
// Network's own documents (constitution and work plan, 2017 review, meeting minutes and notes).
// People are fictional and every address uses the reserved example.org domain.

import { Membership, NetworkRole, OrganisationKind } from '@convene/identity';

export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  membership: Membership;
  region: string | null;
  website: string | null;
}

export interface DemoPerson {
  name: string;
  email: string;
  jobTitle: string | null;
  /** Must equal the `name` of an entry in DEMO_ORGANISATIONS. */
  organisation: string | null;
  roles: NetworkRole[];
  pronouns?: string | null;
}

/** Name of the organisation that runs the network; the admin account belongs to it. */
export const DEMO_SECRETARIAT = 'CCIN Secretariat';

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  // The network's own secretariat (hosted by Oldham Council, per the constitution).
  { name: DEMO_SECRETARIAT, kind: OrganisationKind.Other, membership: Membership.Affiliate, region: null, website: 'https://www.councils.coop' },

  // Full member councils.
  // Founding co-operative councils (Lambeth and Oldham, 2010-11) and the network's host council.
  { name: 'Oldham Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'North West', website: 'https://www.oldham.gov.uk' },
  { name: 'Lambeth Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'London', website: 'https://www.lambeth.gov.uk' },
  // Hosts of the 2013-14 network meetings.
  { name: 'Sunderland City Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'North East', website: 'https://www.sunderland.gov.uk' },
  { name: 'Plymouth City Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'South West', website: 'https://www.plymouth.gov.uk' },
  // Host of the November 2016 conference at City Hall, Cardiff.
  { name: 'Cardiff Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'Wales', website: 'https://www.cardiff.gov.uk' },
  { name: 'Newcastle City Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'North East', website: 'https://www.newcastle.gov.uk' },
  { name: 'Glasgow City Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'Scotland', website: 'https://www.glasgow.gov.uk' },
  { name: 'Stevenage Borough Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'East of England', website: 'https://www.stevenage.gov.uk' },
  { name: 'The City of Edinburgh Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'Scotland', website: 'https://www.edinburgh.gov.uk' },
  { name: 'Liverpool City Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'North West', website: 'https://liverpool.gov.uk' },
  { name: 'Birmingham City Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'West Midlands', website: 'https://www.birmingham.gov.uk' },
  { name: 'Bristol City Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'South West', website: 'https://www.bristol.gov.uk' },
  // Named in the 2014/15 work plan as a London recruitment target; later a member.
  { name: 'Croydon Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'London', website: 'https://www.croydon.gov.uk' },
  // Other long-standing network members.
  { name: 'Rochdale Borough Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'North West', website: 'https://www.rochdale.gov.uk' },
  { name: 'Kirklees Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'Yorkshire and the Humber', website: 'https://www.kirklees.gov.uk' },
  { name: 'Preston City Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'North West', website: 'https://www.preston.gov.uk' },
  { name: 'Sandwell Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'West Midlands', website: 'https://www.sandwell.gov.uk' },
  { name: 'Bassetlaw District Council', kind: OrganisationKind.Council, membership: Membership.Full, region: 'East Midlands', website: 'https://www.bassetlaw.gov.uk' },

  // Affiliates.
  { name: 'The Foster Care Co-operative', kind: OrganisationKind.Other, membership: Membership.Affiliate, region: null, website: null },
  { name: 'Collaborate CIC', kind: OrganisationKind.Other, membership: Membership.Affiliate, region: null, website: 'https://www.collaboratecic.com' },
  { name: 'LGIU', kind: OrganisationKind.Other, membership: Membership.Affiliate, region: null, website: 'https://lgiu.org' },
  { name: 'Co-operatives UK', kind: OrganisationKind.Other, membership: Membership.Affiliate, region: null, website: 'https://www.uk.coop' },
  { name: 'Co-operative College', kind: OrganisationKind.Other, membership: Membership.Affiliate, region: null, website: 'https://www.co-op.ac.uk' },
  { name: 'Change AGEnts Network UK', kind: OrganisationKind.Other, membership: Membership.Affiliate, region: null, website: null },
  { name: 'Centre for Local Economic Strategies', kind: OrganisationKind.Other, membership: Membership.Affiliate, region: null, website: 'https://cles.org.uk' },

  // Organisations that appear in the network's documents but are not members.
  // Welsh councils named as recruitment targets in the 2014/15 work plan.
  { name: 'Newport City Council', kind: OrganisationKind.Council, membership: Membership.None, region: 'Wales', website: 'https://www.newport.gov.uk' },
  { name: 'Swansea Council', kind: OrganisationKind.Council, membership: Membership.None, region: 'Wales', website: 'https://www.swansea.gov.uk' },
  { name: 'Cabinet Office', kind: OrganisationKind.Other, membership: Membership.None, region: null, website: 'https://www.gov.uk/government/organisations/cabinet-office' },
  { name: 'Local Government Association', kind: OrganisationKind.Other, membership: Membership.None, region: null, website: 'https://www.local.gov.uk' },
  { name: 'RSA', kind: OrganisationKind.Other, membership: Membership.None, region: null, website: 'https://www.thersa.org' },
  { name: 'Joseph Rowntree Foundation', kind: OrganisationKind.Other, membership: Membership.None, region: null, website: 'https://www.jrf.org.uk' },
  { name: 'Plymouth Energy Community', kind: OrganisationKind.Other, membership: Membership.None, region: 'South West', website: 'https://plymouthenergycommunity.com' },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  // Accounts for signing in to the demo.
  {
    name: 'Network Administrator',
    email: 'admin@example.org',
    jobTitle: 'Network Secretariat',
    organisation: DEMO_SECRETARIAT,
    roles: [NetworkRole.Admin, NetworkRole.Organiser],
  },
  {
    name: 'Network Organiser',
    email: 'organiser@example.org',
    jobTitle: 'Events and Membership Coordinator',
    organisation: DEMO_SECRETARIAT,
    roles: [NetworkRole.Organiser],
  },
  {
    name: 'Council Delegate',
    email: 'delegate@example.org',
    jobTitle: 'Co-operative Policy Lead',
    organisation: 'Oldham Council',
    roles: [],
  },

  // Fictional delegates, officers and councillors.
  {
    name: 'Tunde Okonjo',
    email: 'tunde.okonjo@example.org',
    jobTitle: 'Head of Co-operative Commissioning',
    organisation: 'Lambeth Council',
    roles: [],
    pronouns: 'he/him',
  },
  {
    name: 'Gareth Lowther',
    email: 'gareth.lowther@example.org',
    jobTitle: 'Community Leadership Programme Manager',
    organisation: 'Sunderland City Council',
    roles: [],
  },
  {
    name: 'Kerenza Polglase',
    email: 'kerenza.polglase@example.org',
    jobTitle: 'Policy Officer',
    organisation: 'Plymouth City Council',
    roles: [],
    pronouns: 'she/her',
  },
  {
    name: 'Aled Pritchard',
    email: 'aled.pritchard@example.org',
    jobTitle: 'Cabinet Member for Communities and Housing',
    organisation: 'Cardiff Council',
    roles: [],
    pronouns: 'he/him',
  },
  {
    name: 'Imran Siddiqui',
    email: 'imran.siddiqui@example.org',
    jobTitle: 'Cabinet Member for Communities',
    organisation: 'Newcastle City Council',
    roles: [],
  },
  {
    name: 'Fiona McBride',
    email: 'fiona.mcbride@example.org',
    jobTitle: 'Co-operative Development Manager',
    organisation: 'Glasgow City Council',
    roles: [],
    pronouns: 'she/her',
  },
  {
    name: 'Beth Carrow',
    email: 'beth.carrow@example.org',
    jobTitle: 'Strategic Policy Officer',
    organisation: 'Stevenage Borough Council',
    roles: [],
  },
  {
    name: 'Callum Drysdale',
    email: 'callum.drysdale@example.org',
    jobTitle: 'Community Planning Officer',
    organisation: 'The City of Edinburgh Council',
    roles: [],
    pronouns: null,
  },
  {
    name: 'Helen Ashworth',
    email: 'helen.ashworth@example.org',
    jobTitle: 'Cabinet Member for Neighbourhoods',
    organisation: 'Rochdale Borough Council',
    roles: [],
  },
  {
    name: 'Marcus Ibbotson',
    email: 'marcus.ibbotson@example.org',
    jobTitle: 'Head of Co-operative Development',
    organisation: 'Kirklees Council',
    roles: [],
  },
  {
    name: 'Nadia Haworth',
    email: 'nadia.haworth@example.org',
    jobTitle: 'Community Wealth Building Officer',
    organisation: 'Preston City Council',
    roles: [],
    pronouns: 'they/them',
  },
  {
    name: 'Deepa Mistry',
    email: 'deepa.mistry@example.org',
    jobTitle: 'Policy Officer',
    organisation: 'Sandwell Council',
    roles: [],
  },
  {
    name: 'Joanna Pell',
    email: 'joanna.pell@example.org',
    jobTitle: 'Associate Director',
    organisation: 'Collaborate CIC',
    roles: [],
  },
  {
    name: 'Owen Hartridge',
    email: 'owen.hartridge@example.org',
    jobTitle: 'Membership Development Lead',
    organisation: 'The Foster Care Co-operative',
    roles: [],
  },
  {
    name: 'Lydia Okafor',
    email: 'lydia.okafor@example.org',
    jobTitle: 'Senior Policy Researcher',
    organisation: 'LGIU',
    roles: [],
    pronouns: 'she/her',
  },
];
