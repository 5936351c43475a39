import { RegistrationStatus } from './registration.entity';

/**
 * An event's places as its event_places row counts them (kept by triggers on every change of a
 * registration's status): public places (null: no limit), places taken (confirmed or held by an
 * open offer, reserved places apart) and the length of the waiting list.
 */
export interface PlaceCounts {
  places: number | null;
  taken: number;
  waiting: number;
}

/** What a new registration (or a newly confirmed address) gets. */
export interface PlaceDecision {
  status: RegistrationStatus;
  /** Its place in the waiting list (1 is next), when it joins it. */
  position: number | null;
}

/** Free public places now (Infinity when the event has no limit; never negative). */
export function freePlaces(counts: PlaceCounts): number {
  return counts.places === null ? Infinity : Math.max(0, counts.places - counts.taken);
}

/**
 * The one place decision, for every way of registering. Decided with the event's counters
 * locked, so the counts are those every earlier decision left: a place while one is free, else
 * the back of the waiting list. An address still to be confirmed holds nothing yet; an event
 * that needs approval holds its decision for the organiser.
 */
export function decidePlace(counts: PlaceCounts, rules: { requiresApproval: boolean; confirmAddressFirst: boolean }): PlaceDecision {
  if (rules.confirmAddressFirst) return { status: RegistrationStatus.Unconfirmed, position: null };
  if (rules.requiresApproval) return { status: RegistrationStatus.Pending, position: null };
  if (freePlaces(counts) > 0) return { status: RegistrationStatus.Confirmed, position: null };
  return { status: RegistrationStatus.Waitlisted, position: counts.waiting + 1 };
}

/**
 * How many of the first in line get a place now (promoted, or offered it in offer mode): one
 * per free place; an open offer already holds its place. Events that approve each registration
 * and have no limit move nobody (approval decides).
 */
export function placesToGive(counts: PlaceCounts, requiresApproval: boolean): number {
  if (counts.places === null) return requiresApproval ? 0 : counts.waiting;
  return Math.min(freePlaces(counts), counts.waiting);
}

/**
 * Whether an offered place can still be accepted: it was held for the offer, so it fits unless
 * the capacity was lowered below the places confirmed meanwhile (open offers aside).
 */
export function offerStillFits(places: number | null, confirmedOnly: number): boolean {
  return places === null || confirmedOnly < places;
}
