import { SignedIn } from '@convene/identity';

/** Who acts in a live session: a signed-in person, or a browser's signed anonymous identity. */
export interface LiveParticipant {
  /** 'person:<uuid>' or 'anon:<id>': the one key for votes, rate limits and "my questions". */
  key: string;
  personId: string | null;
  anonymousId: string | null;
  signedIn: SignedIn | null;
  /** The session code shown in the room, when the caller gave one (X-Room-Code, or the socket's). */
  roomCode?: string;
}

/**
 * A socket that connected with no identity at all: it may follow public sessions (no identity is
 * issued for it, so following costs nothing), but never take part.
 */
export const FOLLOWER_ONLY: LiveParticipant = { key: 'anon:follower', personId: null, anonymousId: null, signedIn: null };

/** Whether the participant can be told apart from others: a person or an issued identity. */
export const isIdentified = (participant: LiveParticipant) => Boolean(participant.personId || participant.anonymousId);

export function personParticipant(signedIn: SignedIn): LiveParticipant {
  return { key: `person:${signedIn.person.id}`, personId: signedIn.person.id, anonymousId: null, signedIn };
}

export function anonymousParticipant(anonymousId: string): LiveParticipant {
  return { key: `anon:${anonymousId}`, personId: null, anonymousId, signedIn: null };
}
