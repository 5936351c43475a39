import type { Catalogue } from './message';

// What changed between two publications of an agenda (libs/events/src/agenda/agenda-changes.ts):
// the organisers' "unpublished changes" banner, the publish answer and the agenda's history.
// {session} is a session's title in quotes as the organisers wrote it; {when} a short day and
// time ("Thu 11 Feb, 10:00" / "Iau 11 Chwef, 10:00"). The Welsh is our own: a translator should review it.
export const agendaMessages = {
  'agendaChange.first': { en: 'First publication of the agenda', cy: "Cyhoeddi'r agenda am y tro cyntaf", description: 'Agenda history: the first publication.' },
  'agendaChange.added': { en: 'Added "{session}" ({when})', cy: 'Ychwanegwyd "{session}" ({when})', description: 'A session was added, with its day and time.' },
  'agendaChange.addedInRoom': { en: 'Added "{session}" ({when}, {room})', cy: 'Ychwanegwyd "{session}" ({when}, {room})', description: 'A session was added, with its day, time and room.' },
  'agendaChange.movedTime': { en: 'Moved "{session}" from {from} to {to}', cy: 'Symudwyd "{session}" o {from} i {to}', description: 'A session moved in time: {from} and {to} are days and times.' },
  'agendaChange.movedRoom': {
    en: 'Moved "{session}" from {from} to {to}',
    cy: 'Symudwyd "{session}" o "{from}" i "{to}"',
    description: 'A session moved room: {from} and {to} are room names (or agendaChange.noRoom). Welsh quotes the rooms so "o" and "i" need not mutate them: needs review.',
  },
  'agendaChange.noRoom': { en: 'no room', cy: 'dim ystafell', description: 'In agendaChange.movedRoom: the session had (or now has) no room.' },
  'agendaChange.speakers': { en: 'Speakers of "{session}" are now: {speakers}', cy: 'Siaradwyr "{session}" bellach: {speakers}', description: 'The confirmed speakers of a session changed. {speakers} is a list of agendaChange.speaker.' },
  'agendaChange.noSpeakers': { en: 'none', cy: 'dim', description: 'In agendaChange.speakers: the session has no speakers now.' },
  'agendaChange.speaker': {
    en: '{name} ({role, select, chair {chair} speaker {speaker} panellist {panellist} facilitator {facilitator} note_taker {note-taker} other {{role}}})',
    cy: '{name} ({role, select, chair {cadeirydd} speaker {siaradwr} panellist {panelydd} facilitator {hwylusydd} note_taker {cofnodwr} other {{role}}})',
    description: 'One speaker in agendaChange.speakers: name and role on the session.',
  },
  'agendaChange.renamed': { en: 'Renamed "{from}" to "{to}"', cy: 'Ailenwyd "{from}" yn "{to}"', description: 'A session has a new title.' },
  'agendaChange.kind': {
    en: '"{session}" is now a {kind, select, plenary {plenary} panel {panel} workshop {workshop} roundtable {roundtable} break {break} other {session}}',
    cy: '"{session}" bellach yn {kind, select, plenary {sesiwn lawn} panel {banel} workshop {weithdy} roundtable {fwrdd crwn} break {egwyl} other {sesiwn}}',
    description: 'A session changed kind. Welsh: "yn" mutates the noun after it (gweithdy → weithdy): needs review.',
  },
  'agendaChange.description': { en: 'Changed the description of "{session}"', cy: 'Newidiwyd disgrifiad "{session}"', description: "A session's description changed." },
  'agendaChange.welsh': { en: 'Changed the Welsh text of "{session}"', cy: 'Newidiwyd testun Cymraeg "{session}"', description: "A session's Welsh title, description or room changed." },
  'agendaChange.places': {
    en: '"{session}" now has {count, plural, one {# place} other {# places}}',
    cy: '"{session}" bellach â {count, plural, zero {# lle} one {# lle} two {# le} few {# lle} many {# lle} other {# lle}}',
    description: 'A session has a new limit of places (a number).',
  },
  'agendaChange.noLimit': { en: '"{session}" now has no limit of places', cy: '"{session}" bellach heb gyfyngiad ar leoedd', description: 'A session no longer has its own limit of places.' },
  'agendaChange.qaAdded': { en: 'Live Q&A added to "{session}"', cy: 'Ychwanegwyd Holi ac Ateb byw at "{session}"', description: 'The session now has live questions.' },
  'agendaChange.qaRemoved': { en: 'Live Q&A removed from "{session}"', cy: 'Tynnwyd Holi ac Ateb byw o "{session}"', description: 'The session no longer has live questions.' },
  'agendaChange.liveblogAdded': { en: 'Liveblog added to "{session}"', cy: 'Ychwanegwyd blog byw at "{session}"', description: 'The session now has a liveblog.' },
  'agendaChange.liveblogRemoved': { en: 'Liveblog removed from "{session}"', cy: 'Tynnwyd blog byw o "{session}"', description: 'The session no longer has a liveblog.' },
  'agendaChange.dropped': { en: 'Dropped "{session}"', cy: 'Tynnwyd "{session}"', description: 'A session was taken off the agenda.' },
} satisfies Catalogue;
