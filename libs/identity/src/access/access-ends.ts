import { Injectable, Logger } from '@nestjs/common';

/**
 * A right that has ended, told after commit to whoever holds open connections on it (the live
 * gateway): they must not outlive it.
 * - `credential`: one sign-in session or API token ended (sign-out, revocation);
 * - `person`: everything of the person ended (erasure);
 * - `event`: a place at an event ended (cancelled), or a chair was withdrawn; the person's rooms are checked again;
 * - `standing`: an admin changed the person's roles, organisation or address; their rooms are checked again.
 */
export type AccessEnd =
  | { kind: 'credential'; personId: string; credential: string }
  | { kind: 'person'; personId: string }
  | { kind: 'event'; eventId: string; personId: string | null; email: string | null }
  | { kind: 'standing'; personId: string };

/** The credential id a SignedIn carries: `session:<id>` or `token:<id>`. */
export const sessionCredential = (sessionId: string) => `session:${sessionId}`;
export const tokenCredential = (tokenId: string) => `token:${tokenId}`;

/** Where libs tell that a right ended, and where the live gateway listens. In process; the gateway reaches other instances. */
@Injectable()
export class AccessEnds {
  private readonly logger = new Logger(AccessEnds.name);
  private readonly listeners: Array<(end: AccessEnd) => Promise<void> | void> = [];

  listen(listener: (end: AccessEnd) => Promise<void> | void): void {
    this.listeners.push(listener);
  }

  /** Call after commit. Never throws: the right has ended in the database whatever a listener does. */
  async ended(end: AccessEnd): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(end);
      } catch (error) {
        this.logger.warn({ kind: end.kind, err: error }, 'A listener failed to act on an ended right');
      }
    }
  }
}
