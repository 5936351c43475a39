import type { MessageValues } from '@convene/i18n';
import type { LiveblogChange, LiveblogEntry } from './liveblog-api';

export interface LiveblogState {
  /** Shown, newest first. */
  entries: LiveblogEntry[];
  /** Arrived while the reader was scrolled down: shown when they ask ("3 new entries"). */
  waiting: LiveblogEntry[];
  keyMoments: LiveblogEntry[];
  pinned: LiveblogEntry | null;
}

const newestFirst = (a: LiveblogEntry, b: LiveblogEntry) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '');
const without = (list: LiveblogEntry[], id: string) => list.filter((entry) => entry.id !== id);
const replace = (list: LiveblogEntry[], entry: LiveblogEntry) => list.map((current) => (current.id === entry.id ? entry : current));

/** Applies one live change. `hold` keeps new entries waiting instead of inserting them above the reader. */
export function applyChange(state: LiveblogState, change: LiveblogChange, hold: boolean): LiveblogState {
  const id = change.entry.id;
  if (change.type === 'deleted') {
    return {
      entries: without(state.entries, id),
      waiting: without(state.waiting, id),
      keyMoments: without(state.keyMoments, id),
      pinned: state.pinned?.id === id ? null : state.pinned,
    };
  }
  const entry = change.entry as LiveblogEntry;
  const known = state.entries.some((e) => e.id === id) || state.waiting.some((e) => e.id === id);
  let { entries, waiting } = state;
  if (known) {
    entries = replace(entries, entry);
    waiting = replace(waiting, entry);
  } else if (change.type === 'posted') {
    if (hold) waiting = [entry, ...waiting].sort(newestFirst);
    else entries = [entry, ...entries].sort(newestFirst);
  }
  let keyMoments = state.keyMoments;
  if (entry.kind === 'key_moment') {
    keyMoments = keyMoments.some((e) => e.id === id) ? replace(keyMoments, entry) : [...keyMoments, entry].sort((a, b) => -newestFirst(a, b));
  }
  let pinned = state.pinned;
  if (entry.pinned) pinned = entry;
  else if (pinned?.id === id) pinned = null;
  return { entries, waiting, keyMoments, pinned };
}

/** Shows the waiting entries. */
export function showWaiting(state: LiveblogState): LiveblogState {
  return { ...state, entries: [...state.waiting, ...state.entries].sort(newestFirst), waiting: [] };
}

/** A line for screen readers about a change. */
export function announcement(change: LiveblogChange, t: (key: 'liveblog.announce' | 'liveblog.aSpeaker', values?: MessageValues) => string): string | null {
  if (change.type !== 'posted') return null;
  const entry = change.entry as LiveblogEntry;
  const text = (entry.kind === 'image' ? entry.image?.alt ?? '' : entry.body).replace(/[*_`>[\]()#]+/g, ' ').replace(/\s+/g, ' ').trim();
  const short = text.length > 120 ? `${text.slice(0, 119)}…` : text;
  return t('liveblog.announce', { kind: entry.kind, name: entry.quote?.name ?? t('liveblog.aSpeaker'), text: short });
}
