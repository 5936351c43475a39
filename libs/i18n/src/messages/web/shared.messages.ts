import type { Catalogue } from '../message';

// Words several pages share: form parts (apps/web/src/events/form-fields.tsx), the usual
// failures, who people attend as, and what state minutes are in. Pages that use them load them in
// a chunk of their own; the liveblog reader does not.
export const sharedMessages = {
  'form.error': { en: 'Error:', cy: 'Gwall:', description: 'Read by screen readers before a field\'s error message (hidden on screen).' },
  'form.date.day': { en: 'Day', cy: 'Diwrnod', description: "Label of a date's first box (the day of the month, 1 to 31), in the order day, month, year." },
  'form.date.month': { en: 'Month', cy: 'Mis', description: "Label of a date's second box (the month as a number, 1 to 12)." },
  'form.date.year': { en: 'Year', cy: 'Blwyddyn', description: "Label of a date's third box (the year, four digits)." },
  'form.date.hint': {
    en: 'For example, 27 3 2027',
    cy: 'Er enghraifft, 27 3 2027',
    description: 'Hint above the day, month and year boxes of a date: an example typed as the boxes take it (day, month, year as numbers).',
  },
  'form.date.problem': {
    en: '{problem, select, missing {Enter the date} notReal {The date must be a real date} day {The day must be a number from 1 to 31} month {The month must be a number from 1 to 12} other {The year must include 4 numbers, like 2027}}',
    cy: "{problem, select, missing {Rhowch y dyddiad} notReal {Rhaid i'r dyddiad fod yn ddyddiad go iawn} day {Rhaid i'r diwrnod fod yn rhif rhwng 1 a 31} month {Rhaid i'r mis fod yn rhif rhwng 1 a 12} other {Rhaid i'r flwyddyn gynnwys 4 rhif, fel 2027}}",
    description: 'Error on the day, month and year boxes of a date: all empty; no such day (31 2 2027); or the box named is not a number it can be (year: 4 digits). Needs review.',
  },
  'form.date.incomplete': {
    en: '{boxes, select, day {The date must include a day} month {The date must include a month} year {The date must include a year} dayMonth {The date must include a day and a month} dayYear {The date must include a day and a year} other {The date must include a month and a year}}',
    cy: "{boxes, select, day {Rhaid i'r dyddiad gynnwys diwrnod} month {Rhaid i'r dyddiad gynnwys mis} year {Rhaid i'r dyddiad gynnwys blwyddyn} dayMonth {Rhaid i'r dyddiad gynnwys diwrnod a mis} dayYear {Rhaid i'r dyddiad gynnwys diwrnod a blwyddyn} other {Rhaid i'r dyddiad gynnwys mis a blwyddyn}}",
    description: 'Error on a date when some of its day, month and year boxes are empty: {boxes} names the empty ones. Needs review.',
  },
  'form.problem': { en: 'There is a problem', cy: 'Mae problem', description: 'Heading of the box at the top of a form listing what to correct.' },
  'form.enterName': { en: 'Enter your full name', cy: 'Rhowch eich enw llawn', description: 'Error when the name field is empty.' },
  'form.enterEmail': { en: 'Enter your email address', cy: 'Rhowch eich cyfeiriad e-bost', description: 'Error when the email field is empty.' },
  'form.emailFormat': {
    en: 'Enter an email address in the correct format, like name@example.org',
    cy: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.org',
    description: 'Error when the email address is not an address. Keep the example address (example.org); the part before @ may be translated.',
  },
  'form.tooLong': {
    en: '{max, plural, one {Use at most # character} other {Use at most # characters}}',
    cy: "{max, plural, zero {Defnyddiwch # nod ar y mwyaf} one {Defnyddiwch # nod ar y mwyaf} two {Defnyddiwch # nod ar y mwyaf} few {Defnyddiwch # nod ar y mwyaf} many {Defnyddiwch # nod ar y mwyaf} other {Defnyddiwch # nod ar y mwyaf}}",
    description: 'Error under a field the service refused as too long; {max} is the most characters it takes. Needs review (nod = character).',
  },
  'form.required': { en: 'Fill in this field', cy: "Llenwch y maes hwn", description: 'Error under a field the service refused because it was left empty.' },
  'form.notAccepted': {
    en: 'This answer was not accepted: check it and try again',
    cy: "Ni chafodd yr ateb hwn ei dderbyn: gwiriwch ef a rhowch gynnig arall arni",
    description: 'Error under a field the service refused for a reason of its own (a format, a choice it does not offer).',
  },
  'form.fullName': { en: 'Full name', cy: 'Enw llawn', description: 'Label of a name field.' },
  'form.email': { en: 'Email address', cy: 'Cyfeiriad e-bost', description: 'Label of an email address field.' },
  'form.organisationOptional': { en: 'Organisation (optional)', cy: 'Sefydliad (dewisol)', description: 'Label of the organisation field on registration and apologies forms.' },
  'form.choose': { en: 'Choose…', cy: 'Dewiswch…', description: 'First option of a drop-down list, before anything is chosen.' },
  'form.sending': { en: 'Sending…', cy: "Wrthi'n anfon…", description: 'A send button while it works.' },
  'link.upcomingEvents': { en: 'See upcoming events', cy: 'Gweld y digwyddiadau i ddod', description: 'Link to the home page, under a page that could not be shown.' },
  'problem.generic': { en: 'Something went wrong. Try again.', cy: "Aeth rhywbeth o'i le. Rhowch gynnig arall arni.", description: 'When an action failed for a reason we cannot explain.' },
  'problem.tooMany': {
    en: 'Too many attempts. Wait a few minutes, then try again.',
    cy: 'Gormod o ymdrechion. Arhoswch ychydig funudau, yna rhowch gynnig arall arni.',
    description: 'When the service refused because of too many attempts (rate limit).',
  },
  'problem.service': {
    en: 'Sorry, there is a problem with the service. Try again later.',
    cy: "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen.",
    description: 'When the server failed (5xx).',
  },
  'problem.couldNot': {
    en: 'Something went wrong: we could not {what}. Try again.',
    cy: "Aeth rhywbeth o'i le: nid oedd modd {what}. Rhowch gynnig arall arni.",
    description: 'When an action failed for a reason we cannot explain. {what} is the action, like "send your correction" (its own message, a verb-noun phrase in Welsh).',
  },
  'problem.signedOut': {
    en: 'You have been signed out. Sign in again, then try again.',
    cy: 'Rydych wedi cael eich allgofnodi. Mewngofnodwch eto, yna rhowch gynnig arall arni.',
    description: 'When an action failed because the person is no longer signed in.',
  },
  'problem.onlyOrganisers': {
    en: "Only this event's organisers can {what}.",
    cy: 'Dim ond trefnwyr y digwyddiad hwn all {what}.',
    description: 'When an action was refused to someone who is not an organiser. {what} is the action. Welsh: "all" softly mutates the verb-noun that follows, which a placeholder cannot do: needs review.',
  },
  'problem.serviceCouldNot': {
    en: 'Sorry, there is a problem with the service: we could not {what}. Try again later.',
    cy: "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth: nid oedd modd {what}. Rhowch gynnig arall arni yn nes ymlaen.",
    description: 'When an action failed on the server (5xx). {what} is the action.',
  },
  'problem.heading': { en: 'Sorry, there is a problem', cy: "Mae'n ddrwg gennym, mae problem", description: 'Heading of a page that could not be loaded for a reason other than "not found".' },
  'people.category': {
    en: '{category, select, speaker {Speaker} officer {Council officer} commissioner {Commissioner} press {Press} observer {Observer} other {Delegate}}',
    cy: '{category, select, speaker {Siaradwr} officer {Swyddog cyngor} commissioner {Comisiynydd} press {Y wasg} observer {Sylwedydd} other {Cynrychiolydd}}',
    description: 'What a person attends as (a delegate, a speaker...): registration form, registration page, organisers\' tables. "Cynrychiolydd" for delegate: needs review (some councils say "cynadleddwr").',
  },
  'minutes.statusInline': {
    en: '{status, select, approved {approved} published {published} other {draft}}',
    cy: "{status, select, approved {wedi'u cymeradwyo} published {wedi'u cyhoeddi} other {drafft}}",
    description: 'The state of a set of minutes, in brackets after their title in a sentence-like list ("Minutes of the forum (draft)").',
  },
} satisfies Catalogue;
