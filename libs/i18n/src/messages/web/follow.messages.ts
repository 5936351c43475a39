import type { Catalogue } from '../message';

// "Can't be there?": following a session by mail (apps/web/src/live/follow-session.tsx, under a
// liveblog or Q&A page) and the page behind the link in its mails (follow-page.tsx).
export const followMessages = {
  'follow.heading': { en: "Can't be there?", cy: 'Methu bod yno?', description: 'Heading of the box offering a mail when a session starts.' },
  'follow.failed': { en: 'We could not set up the reminder. Try again later.', cy: "Nid oedd modd trefnu'r nodyn atgoffa. Rhowch gynnig arall arni yn nes ymlaen.", description: 'When following failed.' },
  'follow.sent': {
    en: "Check your inbox: we sent a link to <b>{email}</b>. Once you confirm, we email you this page's link a few minutes before the session starts.",
    cy: "Edrychwch yn eich mewnflwch: rydym wedi anfon dolen at <b>{email}</b>. Ar ôl i chi gadarnhau, byddwn yn anfon dolen y dudalen hon atoch ychydig funudau cyn i'r sesiwn ddechrau.",
    description: 'After giving an address to follow a session. <b> shows the address in bold.',
  },
  'follow.following': {
    en: "We will email you this page's link a few minutes before the session starts.",
    cy: "Byddwn yn anfon dolen y dudalen hon atoch drwy e-bost ychydig funudau cyn i'r sesiwn ddechrau.",
    description: 'When the signed-in person follows the session.',
  },
  'follow.stop': { en: 'Stop the reminder', cy: "Atal y nodyn atgoffa", description: 'Button: stop following the session.' },
  'follow.emailMe': { en: 'Email me when it starts', cy: "Anfon e-bost ataf pan fydd yn dechrau", description: 'Button (and the form\'s name): follow the session by mail.' },
  'follow.intro': {
    en: 'Follow it from wherever you are: we email you the link a few minutes before it starts.',
    cy: "Dilynwch o ble bynnag yr ydych: byddwn yn anfon y ddolen atoch ychydig funudau cyn iddi ddechrau.",
    description: 'Above the address field. "iddi" refers to the session (sesiwn, feminine).',
  },

  'followPage.title': { en: 'Reminder: {session}', cy: 'Nodyn atgoffa: {session}', description: 'Tab title of the page behind a follow mail\'s link.' },
  'followPage.titleBare': { en: 'Reminder', cy: 'Nodyn atgoffa', description: 'Tab title of that page before the session is known.' },
  'followPage.failed': { en: 'We could not do that. Try again in a moment.', cy: "Nid oedd modd gwneud hynny. Rhowch gynnig arall arni mewn munud.", description: 'When confirming or stopping failed.' },
  'followPage.stopped': { en: 'Reminders stopped', cy: "Nodiadau atgoffa wedi'u hatal", description: 'Heading after stopping.' },
  'followPage.stoppedBody': {
    en: 'We will not email you about this session. The link in our mails no longer works.',
    cy: "Ni fyddwn yn anfon e-bost atoch am y sesiwn hon. Nid yw'r ddolen yn ein negeseuon yn gweithio mwyach.",
    description: 'After stopping.',
  },
  'followPage.invalid': { en: 'This reminder link is not valid', cy: "Nid yw'r ddolen atgoffa hon yn ddilys", description: 'Heading when the link is unknown.' },
  'followPage.invalidBody': {
    en: 'The reminders may have been stopped already, the session removed from the programme, or the link copied only in part.',
    cy: "Efallai fod y nodiadau atgoffa wedi'u hatal eisoes, fod y sesiwn wedi'i thynnu o'r rhaglen, neu mai dim ond rhan o'r ddolen a gopïwyd.",
    description: 'Under "This reminder link is not valid".',
  },
  'followPage.liveblog': { en: 'The liveblog', cy: 'Y blog byw', description: 'Link to the session\'s liveblog.' },
  'followPage.qa': { en: 'Questions (live Q&A)', cy: 'Cwestiynau (Holi ac Ateb byw)', description: "Link to the session's live questions." },
  'followPage.heading': {
    en: '{confirmed, select, yes {You follow this session} other {Confirm your reminder}}',
    cy: "{confirmed, select, yes {Rydych yn dilyn y sesiwn hon} other {Cadarnhewch eich nodyn atgoffa}}",
    description: 'Heading: whether the reminder is confirmed yet.',
  },
  'followPage.at': {
    en: '<b>{session}</b>, at <a>{event}</a>',
    cy: '<b>{session}</b>, yn <a>{event}</a>',
    description: 'The session (bold) and the event it is part of (a link).',
  },
  'followPage.when': { en: 'We will email you the links at about {time} ({zone}) that day.', cy: "Byddwn yn anfon y dolenni atoch tua {time} ({zone}) y diwrnod hwnnw.", description: 'When the reminder mail goes. {zone} is like "UK time".' },
  'followPage.noMore': {
    en: 'No more mail will come: the session has started, left the programme, or its event was cancelled.',
    cy: "Ni ddaw rhagor o negeseuon: mae'r sesiwn wedi dechrau, wedi gadael y rhaglen, neu mae ei digwyddiad wedi'i ganslo.",
    description: 'When no reminder will be sent any more.',
  },
  'followPage.press': {
    en: 'Press the button to get a mail with the live links a few minutes before the session starts.',
    cy: "Pwyswch y botwm i gael neges gyda'r dolenni byw ychydig funudau cyn i'r sesiwn ddechrau.",
    description: 'Above "Confirm the reminder".',
  },
  'followPage.confirm': { en: 'Confirm the reminder', cy: "Cadarnhau'r nodyn atgoffa", description: 'Button.' },
  'followPage.stop': {
    en: '{confirmed, select, yes {Stop reminders} other {No thanks}}',
    cy: '{confirmed, select, yes {Atal nodiadau atgoffa} other {Dim diolch}}',
    description: 'Button: stop (once confirmed) or decline (before).',
  },
} satisfies Catalogue;
