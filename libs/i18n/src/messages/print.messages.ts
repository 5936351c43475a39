import type { Catalogue } from './message';

// What organisers print for the door: name badges and workshop lists (PDFs).
// The Welsh is our own translation: a translator should review it.
export const printMessages = {
  'print.badges.title': { en: '{event}: name badges', cy: '{event}: bathodynnau enw', description: "Name badges PDF: the document's title (shown by PDF readers). {event} is the event's title." },
  'print.badges.none': {
    en: 'No one has a confirmed place yet, so there are no badges to print.',
    cy: "Nid oes gan neb le wedi'i gadarnhau eto, felly nid oes bathodynnau i'w hargraffu.",
    description: 'Name badges PDF, when the event has no confirmed registrations.',
  },
  'category.delegate': { en: 'Delegate', cy: 'Cynrychiolydd', description: 'On name badges and in the registrations spreadsheet: attending as a delegate.' },
  'category.speaker': { en: 'Speaker', cy: 'Siaradwr', description: 'On name badges and in the registrations spreadsheet: attending as a speaker.' },
  'category.officer': { en: 'Council officer', cy: 'Swyddog cyngor', description: 'On name badges and in the registrations spreadsheet: attending as a council officer.' },
  'category.commissioner': { en: 'Commissioner', cy: 'Comisiynydd', description: "On name badges and in the registrations spreadsheet: attending as a commissioner (citizens' commissions)." },
  'category.press': { en: 'Press', cy: 'Y wasg', description: 'On name badges and in the registrations spreadsheet: attending as press.' },
  'category.observer': { en: 'Observer', cy: 'Sylwedydd', description: 'On name badges and in the registrations spreadsheet: attending as an observer.' },
  'print.workshops.title': { en: '{event}: workshop lists', cy: '{event}: rhestrau gweithdai', description: "Workshop lists PDF: its title and first heading. {event} is the event's title." },
  'print.workshops.none': { en: 'This event has no workshops.', cy: 'Nid oes gweithdai yn y digwyddiad hwn.', description: 'Workshop lists PDF, when the event has no workshop sessions.' },
  'print.workshops.room': { en: 'Room: {room}', cy: 'Ystafell: {room}', description: "Workshop lists PDF, under a workshop's title: where it meets." },
  'print.workshops.noRoom': { en: 'Room: not set yet', cy: "Ystafell: heb ei phennu eto", description: 'Workshop lists PDF, for a workshop with no room given.' },
  'print.workshops.people': {
    en: '{count, plural, =0 {Nobody has a place yet} one {# person has a place} other {# people have a place}}{capacity, select, none {} other { (of {capacity})}}',
    cy: '{count, plural, =0 {Does gan neb le eto} zero {Does gan neb le eto} one {Mae gan # person le} two {Mae gan # berson le} few {Mae gan # pherson le} many {Mae gan # pherson le} other {Mae gan # person le}}{capacity, select, none {} other { (o {capacity})}}',
    description: 'Workshop lists PDF, under a workshop: how many have a place, and of how many places ({capacity} is a number, or "none" when the workshop has no limit).',
  },
  'print.workshops.waiting': { en: 'On the waiting list: {count}', cy: 'Ar y rhestr aros: {count}', description: 'Workshop lists PDF, under a workshop: how many wait for a place in it.' },
  'print.page': { en: '{title} · Page {page} of {pages}', cy: '{title} · Tudalen {page} o {pages}', description: 'Footer of each page of a printed PDF.' },

  'spreadsheet.name': { en: 'Name', cy: 'Enw', description: "Registrations spreadsheet (CSV the organisers download): column heading." },
  'spreadsheet.email': { en: 'Email', cy: 'E-bost', description: 'Registrations spreadsheet: column heading.' },
  'spreadsheet.organisation': { en: 'Organisation', cy: 'Sefydliad', description: 'Registrations spreadsheet: column heading.' },
  'spreadsheet.jobTitle': { en: 'Job title', cy: 'Teitl swydd', description: 'Registrations spreadsheet: column heading.' },
  'spreadsheet.category': { en: 'Category', cy: 'Categori', description: 'Registrations spreadsheet: column heading (delegate, speaker, officer...).' },
  'spreadsheet.status': { en: 'Status', cy: 'Statws', description: 'Registrations spreadsheet: column heading (confirmed, waiting list...).' },
  'spreadsheet.workshops': { en: 'Workshops', cy: 'Gweithdai', description: 'Registrations spreadsheet: column heading.' },
  'spreadsheet.dietaryNeeds': { en: 'Dietary needs', cy: 'Anghenion deietegol', description: 'Registrations spreadsheet: column heading.' },
  'spreadsheet.accessNeeds': { en: 'Access needs', cy: 'Anghenion mynediad', description: 'Registrations spreadsheet: column heading.' },
  'spreadsheet.checkedIn': { en: 'Checked in ({zone})', cy: 'Wedi cyrraedd ({zone})', description: 'Registrations spreadsheet: column heading; {zone} is the event\'s time zone, e.g. Europe/London.' },
  'spreadsheet.registered': { en: 'Registered ({zone})', cy: 'Wedi cofrestru ({zone})', description: 'Registrations spreadsheet: column heading; {zone} as above.' },
  'spreadsheet.statusOf': {
    en: '{status, select, confirmed {Confirmed} waitlisted {Waiting list} pending {Awaiting approval} offered {Offered a place} declined {Declined} cancelled {Cancelled} unconfirmed {Address not confirmed} other {{status}}}',
    cy: "{status, select, confirmed {Wedi'i gadarnhau} waitlisted {Rhestr aros} pending {Yn aros am gymeradwyaeth} offered {Wedi cynnig lle} declined {Wedi'i wrthod} cancelled {Wedi'i ganslo} unconfirmed {Cyfeiriad heb ei gadarnhau} other {{status}}}",
    description: "Registrations spreadsheet: a registration's status.",
  },
  'spreadsheet.workshop.inRoom': { en: '{title} ({room})', cy: '{title} ({room})', description: 'Registrations spreadsheet, workshops cell: a workshop with a seat, and its room.' },
  'spreadsheet.workshop.notSeated': {
    en: '{title}: {status, select, waitlisted {waiting list} other {requested}}',
    cy: '{title}: {status, select, waitlisted {rhestr aros} other {wedi gofyn}}',
    description: 'Registrations spreadsheet, workshops cell: a workshop without a seat yet (waiting for one, or chosen before the place was confirmed).',
  },
} satisfies Catalogue;
