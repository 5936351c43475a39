import type { AgendaSessionView } from '../dto/agenda.views';

/**
 * What changed between two publications of an agenda, as short lines for the event page and
 * for the notices to delegates: sessions added, dropped, moved in time, moved room, and
 * speakers changed. Times are shown in the event's zone.
 */
export function describeAgendaChanges(before: AgendaSessionView[], after: AgendaSessionView[], timeZone: string): string[] {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const when = (session: AgendaSessionView) => time.format(new Date(session.startsAt));
  const previous = new Map(before.map((session) => [session.id, session]));
  const changes: string[] = [];
  for (const session of after) {
    const old = previous.get(session.id);
    if (!old) {
      changes.push(`Added "${session.title}" (${when(session)}${session.room ? `, ${session.room}` : ''})`);
      continue;
    }
    if (new Date(old.startsAt).getTime() !== new Date(session.startsAt).getTime() || new Date(old.endsAt).getTime() !== new Date(session.endsAt).getTime()) {
      changes.push(`Moved "${session.title}" from ${when(old)} to ${when(session)}`);
    }
    if ((old.room ?? null) !== (session.room ?? null)) {
      changes.push(`Moved "${session.title}" from ${old.room ?? 'no room'} to ${session.room ?? 'no room'}`);
    }
    const speakers = (list: AgendaSessionView['speakers']) => list.map((speaker) => `${speaker.name} (${speaker.role})`).sort().join(', ');
    if (speakers(old.speakers) !== speakers(session.speakers)) {
      changes.push(`Speakers of "${session.title}" are now: ${speakers(session.speakers) || 'none'}`);
    }
    if (old.title !== session.title) changes.push(`Renamed "${old.title}" to "${session.title}"`);
    if (old.kind !== session.kind) changes.push(`"${session.title}" is now a ${session.kind}`);
    if ((old.description ?? null) !== (session.description ?? null)) changes.push(`Changed the description of "${session.title}"`);
    const welsh = (version: AgendaSessionView) => [version.titleCy, version.descriptionCy, version.roomCy].map((text) => text ?? null).join('\u0000');
    if (welsh(old) !== welsh(session)) changes.push(`Changed the Welsh text of "${session.title}"`);
    if ((old.capacity ?? null) !== (session.capacity ?? null)) {
      changes.push(`"${session.title}" now has ${session.capacity === null ? 'no limit of places' : placesText(session.capacity)}`);
    }
    if (Boolean(old.liveQa) !== Boolean(session.liveQa)) changes.push(`Live Q&A ${session.liveQa ? 'added to' : 'removed from'} "${session.title}"`);
    if (Boolean(old.liveblog) !== Boolean(session.liveblog)) changes.push(`Liveblog ${session.liveblog ? 'added to' : 'removed from'} "${session.title}"`);
  }
  const current = new Set(after.map((session) => session.id));
  for (const session of before) if (!current.has(session.id)) changes.push(`Dropped "${session.title}"`);
  return changes;
}

/** "1 place", "30 places". */
export function placesText(count: number): string {
  return `${count} ${count === 1 ? 'place' : 'places'}`;
}
