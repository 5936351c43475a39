import type { Catalogue } from './message';

// Words both the server (mails, invites, minutes) and the web use.
export const commonMessages = {
  'common.network': {
    en: 'Co-operative Councils Innovation Network',
    cy: 'Rhwydwaith Arloesi Cynghorau Cydweithredol',
    description: "The network's name: page footers, mail headers and footers, titles.",
  },
  'common.zone.uk': {
    en: 'UK time',
    cy: 'amser y DU',
    description: 'Beside a time in brackets, for events in Europe/London: "10:00–16:00 (UK time)".',
  },
  'common.kind.network_forum': { en: 'Network forum', cy: 'Fforwm y rhwydwaith', description: 'Kind of event, on event cards and pages.' },
  'common.kind.policy_roundtable': { en: 'Policy roundtable', cy: 'Bwrdd crwn polisi', description: 'Kind of event, on event cards and pages.' },
  'common.kind.conference': { en: 'Conference', cy: 'Cynhadledd', description: 'Kind of event, on event cards and pages.' },
  'common.kind.plenary': { en: 'Plenary', cy: 'Sesiwn lawn', description: 'Kind of event (a plenary session of a conference), on event cards and pages.' },
  'common.kind.committee_meeting': { en: 'Committee meeting', cy: 'Cyfarfod pwyllgor', description: 'Kind of event, on event cards and pages.' },
  'common.kind.citizens_commission': { en: "Citizens' commission", cy: 'Comisiwn dinasyddion', description: 'Kind of event, on event cards and pages.' },
  'common.kind.workshop': { en: 'Workshop', cy: 'Gweithdy', description: 'Kind of event, on event cards and pages.' },
  'common.kind.other': { en: 'Other', cy: 'Arall', description: 'Kind of event when none of the others fits.' },
} satisfies Catalogue;
