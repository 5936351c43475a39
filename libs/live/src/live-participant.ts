import { SignedIn } from '@convene/identity';

/** Who acts in a live session: a signed-in person, or a browser's signed anonymous identity. */
export interface LiveParticipant {
  /** 'person:<uuid>' or 'anon:<id>': the one key for votes, rate limits and "my questions". */
  key: string;
  personId: string | null;
  anonymousId: string | null;
  signedIn: SignedIn | null;
}

export function personParticipant(signedIn: SignedIn): LiveParticipant {
  return { key: `person:${signedIn.person.id}`, personId: signedIn.person.id, anonymousId: null, signedIn };
}

export function anonymousParticipant(anonymousId: string): LiveParticipant {
  return { key: `anon:${anonymousId}`, personId: null, anonymousId, signedIn: null };
}
