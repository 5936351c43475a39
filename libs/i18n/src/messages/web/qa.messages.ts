import type { Catalogue } from '../message';

// The Q&A pages (apps/web/src/qa): the chair's console and the projector.
export const qaMessages = {
  'qa.console.title': { en: 'Q&A console', cy: 'Consol holi ac ateb', description: "Heading and browser title of the chair's Q&A console." },
  'qa.console.column.incoming': { en: 'Incoming', cy: 'Yn cyrraedd', description: 'Console column heading: questions waiting for the chair. Followed by a count in brackets.' },
  'qa.console.column.shown': { en: 'Shown', cy: "Yn cael eu dangos", description: 'Console column heading: questions the room sees (approved, and the one being answered).' },
  'qa.console.column.answered': { en: 'Answered', cy: "Wedi'u hateb", description: 'Console column heading: questions already answered.' },
  'qa.console.column.hidden': { en: 'Hidden', cy: "Wedi'u cuddio", description: 'Console column heading: questions the chair hid.' },
  'qa.console.columnCount': {
    en: '{title} ({count, number})',
    cy: '{title} ({count, number})',
    description: 'A console column heading with how many questions it holds, e.g. "Incoming (3)". {title} is one of the column names.',
  },
  'qa.console.moderation.legend': {
    en: 'Before questions come in: how should they be moderated?',
    cy: "Cyn i gwestiynau gyrraedd: sut y dylid eu cymedroli?",
    description: 'Console, first visit to a session whose Q&A settings were never chosen: the question above two choices.',
  },
  'qa.console.moderation.pre': {
    en: 'Approve each question before it is shown',
    cy: "Cymeradwyo pob cwestiwn cyn ei ddangos",
    description: 'Choice: pre-moderation. Nothing reaches the room or the projector until the chair approves it.',
  },
  'qa.console.moderation.post': {
    en: 'Show questions at once, and hide any that should not be shown',
    cy: "Dangos cwestiynau ar unwaith, a chuddio unrhyw rai na ddylid eu dangos",
    description: 'Choice: post-moderation. Questions appear at once; the chair can hide them.',
  },
  'qa.console.moderation.suggested': {
    en: 'Suggested: this event is public, so anyone can ask, and a question shows on the projector only once you approve it.',
    cy: "Awgrymir: mae'r digwyddiad hwn yn gyhoeddus, felly gall unrhyw un ofyn, a bydd cwestiwn yn ymddangos ar y taflunydd dim ond ar ôl i chi ei gymeradwyo.",
    description: 'Hint under the pre-moderation choice when the event is public. Welsh to be reviewed by a translator.',
  },
  'qa.console.moderation.start': { en: 'Use this', cy: "Defnyddio hwn", description: 'Button that saves the chosen moderation mode.' },
  'qa.console.moderation.saved': {
    en: 'Moderation chosen. You can change it under Settings.',
    cy: "Mae'r cymedroli wedi'i ddewis. Gallwch ei newid o dan Gosodiadau.",
    description: 'Shown once the chair chose a moderation mode.',
  },
  'qa.console.settings.rolledBack': {
    en: 'That change did not save, so the setting is back as it was: {reason}',
    cy: "Ni chadwyd y newid hwnnw, felly mae'r gosodiad fel yr oedd: {reason}",
    description: 'Alert under the console settings when a switch could not be saved. {reason} is the server\'s message (or "the connection failed").',
  },
  'qa.console.settings.offline': { en: 'the connection failed', cy: "methodd y cysylltiad", description: 'The {reason} in the rolled-back message when the server did not answer.' },
  'qa.projector.joinAt': {
    en: 'Ask, vote and answer polls at <b>{address}</b>',
    cy: "Gofynnwch, pleidleisiwch ac atebwch bolau yn <b>{address}</b>",
    description: "Projector, when the chair shows how to join: {address} is the audience page's web address, in bold.",
  },
  'qa.projector.joinLabel': { en: 'Join from your phone', cy: "Ymunwch o'ch ffôn", description: "Accessible name of the projector's joining panel (QR code and address)." },
  'qa.projector.qrAlt': {
    en: 'QR code of {address}',
    cy: 'Cod QR {address}',
    description: "Text alternative of the projector's QR code; {address} is the audience page's web address.",
  },
} satisfies Catalogue;
