import type { Language, ServerMessageKey } from '@convene/i18n';
import { inLanguages } from '../export/minutes-document';
import type { AnsweredQuestion, FloorSpeaker, KeyMoment } from '../record/session-record.reader';
import { MatterArising, MinutesContent, MinutesItem, MinutesPerson, PresentGroup } from './minutes-content';

/** The order and headings of Present, as the network's minutes group people. */
export const PRESENT_GROUPS: Array<{ category: string; label: string }> = [
  { category: 'commissioner', label: 'Commissioners' },
  { category: 'delegate', label: 'Delegates' },
  { category: 'officer', label: 'Officers' },
  { category: 'speaker', label: 'Speakers' },
  { category: 'observer', label: 'Observers' },
  { category: 'press', label: 'Press' },
];

export interface AttendeeRecord {
  name: string;
  jobTitle: string | null;
  organisation: string | null;
  category: string;
}

export interface AgendaRecord {
  id: string;
  title: string;
  kind: string;
  speakers: Array<{ name: string; role: string; organisation: string | null }>;
}

export interface DraftSources {
  title: string;
  place: string | null;
  date: string;
  time: string;
  attendees: AttendeeRecord[];
  apologies: Array<{ name: string; organisation: string | null }>;
  sessions: AgendaRecord[];
  questions: AnsweredQuestion[];
  floor: FloorSpeaker[];
  keyMoments: KeyMoment[];
  mattersArising: MatterArising[];
  /**
   * What the draft's own words are written in, in order: the minutes' language, or Welsh then
   * English for a bilingual event ("Cadeirydd / Chair: ..."), as the exports head them. English when not said.
   */
  languages?: Language[];
}

/** The first draft of the minutes from what the system recorded; the minute-taker edits from here. */
export function draftContent(sources: DraftSources): MinutesContent {
  return {
    title: sources.title,
    place: sources.place,
    date: sources.date,
    time: sources.time,
    present: presentGroups(sources.attendees),
    apologies: sources.apologies.map((apology) => ({ name: apology.name, affiliation: apology.organisation })),
    mattersArising: sources.mattersArising,
    items: sources.sessions
      .filter((session) => session.kind !== 'break')
      .map((session, index) => item(session, index, sources)),
  };
}

/** Present, grouped by category in the network's order, each group by name. */
export function presentGroups(attendees: AttendeeRecord[]): PresentGroup[] {
  const byName = (a: MinutesPerson, b: MinutesPerson) => a.name.localeCompare(b.name, 'en-GB');
  const known = new Set(PRESENT_GROUPS.map((group) => group.category));
  const groups = [...PRESENT_GROUPS];
  for (const attendee of attendees) {
    if (!known.has(attendee.category)) {
      known.add(attendee.category);
      groups.push({ category: attendee.category, label: attendee.category });
    }
  }
  return groups
    .map(({ category, label }) => ({
      category,
      label,
      people: attendees
        .filter((attendee) => attendee.category === category)
        .map((attendee) => ({ name: attendee.name, affiliation: affiliation(attendee.jobTitle, attendee.organisation) }))
        .sort(byName),
    }))
    .filter((group) => group.people.length > 0);
}

function item(session: AgendaRecord, index: number, sources: DraftSources): MinutesItem {
  const chairs = session.speakers.filter((speaker) => speaker.role === 'chair');
  const speakers = session.speakers.filter((speaker) => speaker.role !== 'chair' && speaker.role !== 'note-taker');
  const questions = sources.questions.filter((question) => question.sessionId === session.id);
  const floor = sources.floor.filter((speaker) => speaker.sessionId === session.id);
  const moments = sources.keyMoments.filter((moment) => moment.sessionId === session.id);
  const languages = sources.languages ?? ['en'];
  const words = (key: ServerMessageKey) => inLanguages(languages, key);
  const blocks: string[] = [];
  const people: string[] = [];
  // A label and its names keep "Label: names" in every language ("Cadeirydd / Chair: ...").
  if (chairs.length) people.push(`${words('minutesDraft.chair')}: ${chairs.map(named).join('; ')}`);
  if (speakers.length) people.push(`${words('minutesDraft.speakers')}: ${speakers.map(named).join('; ')}`);
  if (people.length) blocks.push(people.join('  \n'));
  if (moments.length) blocks.push([`${words('minutesDraft.keyMoments')}:`, '', ...moments.map((moment) => bullet(moment.body))].join('\n'));
  if (questions.length || floor.length) {
    const lines = [`**${words('minutesDraft.questions')}**`];
    if (questions.length) lines.push('', ...questions.map((question) => bullet(`${asker(question, languages)}: ${question.body}`)));
    if (floor.length) {
      lines.push('', `${words('minutesDraft.floor')}:`, '', ...floor.map((speaker) => bullet(`${named(speaker)}${speaker.topic ? `: ${speaker.topic}` : ''}`)));
    }
    blocks.push(lines.join('\n'));
  }
  return { key: `s-${session.id}`, title: withoutItemNumber(session.title), sessionId: session.id, body: blocks.join('\n\n'), decisions: [] };
}

/**
 * "1. Welcome" or "2.1 Statements" on a hand-numbered agenda: the minutes number their items
 * themselves. A bilingual title is made of one title per language: take each one's number off.
 */
export function withoutItemNumber(title: string): string {
  return title.replace(/^(\d+\.\s+|\d+(\.\d+)+\.?\s+)/, '') || title;
}

/** "Name (Organisation)"; anonymous askers as "A participant" (in each of `languages`). */
export function asker(question: Pick<AnsweredQuestion, 'askerName' | 'askerOrganisation'>, languages: Language[] = ['en']): string {
  if (!question.askerName) return inLanguages(languages, 'minutesDraft.participant');
  return named({ name: question.askerName, organisation: question.askerOrganisation });
}

function named(person: { name: string; organisation: string | null }): string {
  return person.organisation ? `${person.name} (${person.organisation})` : person.name;
}

export function affiliation(jobTitle: string | null, organisation: string | null): string | null {
  return [jobTitle, organisation].filter(Boolean).join(', ') || null;
}

/** A list entry whose text may run over several lines (Markdown continuation indent). */
function bullet(text: string): string {
  return `- ${text.trim().replace(/\r?\n/g, '\n  ')}`;
}
