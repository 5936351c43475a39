import type { Catalogue } from '../message';

// /my-registrations (apps/web/src/pages/my-registrations-page.tsx): a signed-in delegate's
// registrations across events, each opening its registration page.
export const myRegistrationsMessages = {
  'myRegistrations.title': { en: 'My registrations', cy: 'Fy nghofrestriadau', description: 'Heading and browser title of the page listing the signed-in person’s registrations.' },
  'myRegistrations.signIn': { en: '<a>Sign in</a> to see the events you have registered for.', cy: "<a>Mewngofnodwch</a> i weld y digwyddiadau rydych wedi cofrestru ar eu cyfer.", description: 'When not signed in. <a> is the sign-in link.' },
  'myRegistrations.checking': { en: 'Checking who is signed in…', cy: "Wrthi'n gwirio pwy sydd wedi mewngofnodi…", description: 'While it checks.' },
  'myRegistrations.loading': { en: 'Loading your registrations…', cy: "Wrthi'n llwytho eich cofrestriadau…", description: 'While the list loads.' },
  'myRegistrations.loadFailed': { en: 'We could not load your registrations ({problem}).', cy: 'Nid oedd modd llwytho eich cofrestriadau ({problem}).', description: 'When loading failed. {problem} is the reason.' },
  'myRegistrations.upcoming': { en: 'Upcoming', cy: "I ddod", description: 'Heading over registrations for events not yet over.' },
  'myRegistrations.past': { en: 'Past', cy: 'Wedi bod', description: 'Heading over registrations for events that have ended.' },
  'myRegistrations.none': {
    en: 'You have not registered for any events with this email address yet. <a>See upcoming events</a> to find one.',
    cy: "Nid ydych wedi cofrestru ar gyfer unrhyw ddigwyddiadau gyda'r cyfeiriad e-bost hwn eto. <a>Gweld digwyddiadau sydd i ddod</a> i ddod o hyd i un.",
    description: 'When the person has no registrations. <a> links to the list of upcoming events.',
  },
  'myRegistrations.status': {
    en: '{status, select, confirmed {Place confirmed} offered {Place offered to you} waitlisted {On the waiting list} pending {Awaiting approval} declined {Not offered a place} cancelled {Cancelled} other {Email address not yet confirmed}}',
    cy: "{status, select, confirmed {Lle wedi'i gadarnhau} offered {Lle yn cael ei gynnig i chi} waitlisted {Ar y rhestr aros} pending {Yn aros am gymeradwyaeth} declined {Dim lle wedi'i gynnig} cancelled {Wedi'i ganslo} other {Cyfeiriad e-bost heb ei gadarnhau eto}}",
    description: 'A registration’s state in the list (the last: its address is not yet confirmed).',
  },
  'myRegistrations.position': { en: 'On the waiting list, position {position, number}', cy: 'Ar y rhestr aros, safle {position, number}', description: 'A registration on the waiting list, with its place in line.' },
  'myRegistrations.eventCancelled': { en: 'Event cancelled', cy: "Digwyddiad wedi'i ganslo", description: 'Tag beside a registration whose event the organisers cancelled.' },
} satisfies Catalogue;
