import type { Catalogue } from '../message';

// The people search (apps/web/src/organise/person-picker.tsx): finding someone to invite as a
// speaker, name as a liveblog editor, a voting member or a proxy, or an action's owner in the
// minutes. Its buttons' words ("Invite", "Name as editor") come from the page that uses it.
export const personPickerMessages = {
  'picker.find': { en: 'Find a person', cy: 'Dod o hyd i berson', description: 'People search: label of the search box.' },
  'picker.findHint': { en: 'Type part of their name or organisation.', cy: "Teipiwch ran o'u henw neu o'u sefydliad.", description: 'People search: hint under the search box.' },
  'picker.failed': { en: 'The search failed. Try again.', cy: 'Methodd y chwiliad. Rhowch gynnig arall arni.', description: 'People search: the search could not be made (no connection).' },
  'picker.nobody': { en: 'Nobody found for “{query}”.', cy: 'Ni chafwyd hyd i neb ar gyfer “{query}”.', description: 'People search: nothing found. {query} is what was typed.' },
  'picker.found': { en: 'People found', cy: 'Pobl a gafwyd', description: 'People search: accessible name of the list of people found.' },
  'picker.newHeading': { en: 'Someone not in the list', cy: "Rhywun nad yw ar y rhestr", description: 'People search: heading of the short form for someone not found.' },
  'picker.notListed': { en: 'Someone not in the list?', cy: "Rhywun nad yw ar y rhestr?", description: 'People search: opens that form.' },
  'picker.fullName': { en: 'Full name', cy: 'Enw llawn', description: 'People search, new person: label.' },
  'picker.nameMissing': { en: 'Enter their full name', cy: 'Rhowch eu henw llawn', description: 'People search, new person: the name is empty.' },
  'picker.email': { en: 'Email address', cy: 'Cyfeiriad e-bost', description: 'People search, new person: label.' },
  'picker.emailHint': { en: 'The mail goes here.', cy: "Mae'r neges yn mynd i'r fan hon.", description: 'People search, new person: hint under the address (the invitation is mailed there).' },
  'picker.emailInvalid': {
    en: 'Enter their email address, like name@example.org',
    cy: 'Rhowch eu cyfeiriad e-bost, fel enw@example.org',
    description: 'People search, new person: the address is missing or not an address. Keep example.org.',
  },
  'picker.organisation': { en: 'Organisation (optional)', cy: 'Sefydliad (dewisol)', description: 'People search, new person: label.' },
  'picker.back': { en: 'Back to the search', cy: "Yn ôl i'r chwiliad", description: 'People search, new person: closes the form.' },
} satisfies Catalogue;
