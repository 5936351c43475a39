import type { Catalogue } from '../message';

// The page a speaker opens from their invitation mail (apps/web/src/pages/speaker-invitation-page.tsx).
export const speakerInvitationMessages = {
  'invitation.heading': { en: 'Invitation to speak', cy: 'Gwahoddiad i siarad', description: "Speaker's invitation page: heading and the tab's title while it loads." },
  'invitation.titleOf': { en: 'Invitation to speak: {session}', cy: 'Gwahoddiad i siarad: {session}', description: "Speaker's invitation page: the tab's title. {session} is the session's title." },
  'invitation.invalid': { en: 'This invitation link is not valid', cy: "Nid yw'r ddolen wahoddiad hon yn ddilys", description: "Speaker's invitation page: heading when the link is unknown or already answered." },
  'invitation.invalidBody': {
    en: 'It may have been answered already, or copied only in part. The organisers can send a new one.',
    cy: "Efallai ei bod wedi cael ei hateb eisoes, neu mai dim ond rhan ohoni a gopïwyd. Gall y trefnwyr anfon un newydd.",
    description: "Speaker's invitation page: under that heading (\"hi\": the link, dolen, is feminine).",
  },
  'invitation.upcoming': { en: 'See upcoming events', cy: 'Gweld y digwyddiadau i ddod', description: "Speaker's invitation page: link to the home page, under a link that is not valid." },
  'invitation.loading': { en: 'Loading the invitation…', cy: "Wrthi'n llwytho'r gwahoddiad…", description: "Speaker's invitation page: while it loads." },
  'invitation.lead': {
    en: '{name}, you are invited to take part in <b>{session}</b> as {role, select, chair {chair} panellist {panellist} facilitator {facilitator} note_taker {note-taker} other {speaker}}, at <link>{event}</link>.',
    cy: "{name}, rydych yn cael eich gwahodd i gymryd rhan yn y sesiwn <b>{session}</b> fel {role, select, chair {cadeirydd} panellist {panelydd} facilitator {hwylusydd} note_taker {cofnodwr} other {siaradwr}}, yn y digwyddiad <link>{event}</link>.",
    description: "Speaker's invitation page: what the invitation is for. {name} is the speaker, {session} the session's title, {event} the event's title (a link to its page). Welsh: \"yn y sesiwn\", \"yn y digwyddiad\" spare the titles a mutation.",
  },
  'invitation.accept': { en: 'Accept', cy: 'Derbyn', description: "Speaker's invitation page: button." },
  'invitation.decline': { en: 'Decline', cy: 'Gwrthod', description: "Speaker's invitation page: button." },
  'invitation.failed': {
    en: 'We could not record your answer. Try again in a moment.',
    cy: "Nid oedd modd cofnodi eich ateb. Rhowch gynnig arall arni mewn munud.",
    description: "Speaker's invitation page: the answer could not be sent (no connection).",
  },
  'invitation.accepted': { en: 'Thank you: you are on the agenda', cy: "Diolch: rydych ar yr agenda", description: "Speaker's invitation page: after Accept." },
  'invitation.declined': {
    en: 'Thank you: we have told the organisers you cannot take part',
    cy: "Diolch: rydym wedi dweud wrth y trefnwyr na allwch gymryd rhan",
    description: "Speaker's invitation page: after Decline.",
  },
} satisfies Catalogue;
