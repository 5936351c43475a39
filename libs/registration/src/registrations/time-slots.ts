/** A workshop as the slot rules see it: when it runs. */
export interface TimedSession {
  id: string;
  title: string;
  startsAt: Date | string;
  endsAt: Date | string;
}

const start = (session: TimedSession) => new Date(session.startsAt).getTime();
const end = (session: TimedSession) => new Date(session.endsAt).getTime();

/** Two sessions overlap when one starts before the other ends (back-to-back ones do not). */
export function overlap(a: TimedSession, b: TimedSession): boolean {
  return start(a) < end(b) && start(b) < end(a);
}

/** The first two chosen sessions that run at the same time, or null: parallel sessions are alternatives. */
export function firstClash<T extends TimedSession>(chosen: T[]): [T, T] | null {
  const ordered = [...chosen].sort((a, b) => start(a) - start(b));
  for (let i = 0; i < ordered.length; i += 1) {
    for (let j = i + 1; j < ordered.length && start(ordered[j]) < end(ordered[i]); j += 1) {
      if (overlap(ordered[i], ordered[j])) return [ordered[i], ordered[j]];
    }
  }
  return null;
}

/**
 * Groups sessions into time slots: sessions that overlap, directly or through another, share
 * a slot, so a form offering one choice per slot can never offer a clash. In time order.
 */
export function timeSlots<T extends TimedSession>(sessions: T[]): T[][] {
  const ordered = [...sessions].sort((a, b) => start(a) - start(b) || a.title.localeCompare(b.title));
  const slots: T[][] = [];
  let slotEnd = -Infinity;
  for (const session of ordered) {
    if (slots.length && start(session) < slotEnd) {
      slots[slots.length - 1].push(session);
      slotEnd = Math.max(slotEnd, end(session));
    } else {
      slots.push([session]);
      slotEnd = end(session);
    }
  }
  return slots;
}
