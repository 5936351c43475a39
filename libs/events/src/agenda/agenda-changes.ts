import { LOCALE_OF, t, type Language } from '@convene/i18n';
import type { AgendaSessionView } from '../dto/agenda.views';

/**
 * What changed between two publications of an agenda, as short lines for the organisers'
 * banner and the agenda's history, in the reader's language: sessions added, dropped, moved in
 * time, moved room, and speakers changed. Times are shown in the event's zone.
 */
export function describeAgendaChanges(before: AgendaSessionView[], after: AgendaSessionView[], timeZone: string, language: Language = 'en'): string[] {
  const time = new Intl.DateTimeFormat(LOCALE_OF[language], { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const when = (session: AgendaSessionView) => time.format(new Date(session.startsAt));
  const say = (key: Parameters<typeof t>[1], values: Record<string, string | number>) => t(language, key, values);
  const previous = new Map(before.map((session) => [session.id, session]));
  const changes: string[] = [];
  for (const session of after) {
    const old = previous.get(session.id);
    const named = { session: session.title };
    if (!old) {
      changes.push(session.room ? say('agendaChange.addedInRoom', { ...named, when: when(session), room: session.room }) : say('agendaChange.added', { ...named, when: when(session) }));
      continue;
    }
    if (new Date(old.startsAt).getTime() !== new Date(session.startsAt).getTime() || new Date(old.endsAt).getTime() !== new Date(session.endsAt).getTime()) {
      changes.push(say('agendaChange.movedTime', { ...named, from: when(old), to: when(session) }));
    }
    if ((old.room ?? null) !== (session.room ?? null)) {
      const noRoom = say('agendaChange.noRoom', {});
      changes.push(say('agendaChange.movedRoom', { ...named, from: old.room ?? noRoom, to: session.room ?? noRoom }));
    }
    const speakers = (list: AgendaSessionView['speakers']) =>
      list
        .map((speaker) => say('agendaChange.speaker', { name: speaker.name, role: speaker.role.replace('-', '_') }))
        .sort()
        .join(', ');
    if (speakers(old.speakers) !== speakers(session.speakers)) {
      changes.push(say('agendaChange.speakers', { ...named, speakers: speakers(session.speakers) || say('agendaChange.noSpeakers', {}) }));
    }
    if (old.title !== session.title) changes.push(say('agendaChange.renamed', { from: old.title, to: session.title }));
    if (old.kind !== session.kind) changes.push(say('agendaChange.kind', { ...named, kind: session.kind }));
    if ((old.description ?? null) !== (session.description ?? null)) changes.push(say('agendaChange.description', named));
    const welsh = (version: AgendaSessionView) => [version.titleCy, version.descriptionCy, version.roomCy].map((text) => text ?? null).join('\u0000');
    if (welsh(old) !== welsh(session)) changes.push(say('agendaChange.welsh', named));
    if ((old.capacity ?? null) !== (session.capacity ?? null)) {
      changes.push(session.capacity === null ? say('agendaChange.noLimit', named) : say('agendaChange.places', { ...named, count: session.capacity }));
    }
    if (Boolean(old.liveQa) !== Boolean(session.liveQa)) changes.push(say(session.liveQa ? 'agendaChange.qaAdded' : 'agendaChange.qaRemoved', named));
    if (Boolean(old.liveblog) !== Boolean(session.liveblog)) changes.push(say(session.liveblog ? 'agendaChange.liveblogAdded' : 'agendaChange.liveblogRemoved', named));
  }
  const current = new Set(after.map((session) => session.id));
  for (const session of before) if (!current.has(session.id)) changes.push(say('agendaChange.dropped', { session: session.title }));
  return changes;
}

/** The lines of one publication: what it changed since the one before, or that it was the first. */
export function publicationChanges(previous: AgendaSessionView[] | null, sessions: AgendaSessionView[], timeZone: string, language: Language = 'en'): string[] {
  return previous ? describeAgendaChanges(previous, sessions, timeZone, language) : [t(language, 'agendaChange.first')];
}
