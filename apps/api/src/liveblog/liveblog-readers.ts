import { Injectable } from '@nestjs/common';
import { NetworkEvent } from '@convene/events';
import { NotSignedIn, SignedIn } from '@convene/identity';
import { LiveParticipant, NotAllowedInSession, SessionAudience, personParticipant } from '@convene/live';

/** Reading needs no identity: every anonymous reader gets the same answer. */
const ANONYMOUS_READER: LiveParticipant = { key: 'anon:liveblog-reader', personId: null, anonymousId: null, signedIn: null };

/** Who may read a session's liveblog: its audience (SessionAudience), as for every live page. */
@Injectable()
export class LiveblogReaders {
  constructor(private readonly audience: SessionAudience) {}

  /** The session's event, when the caller may follow it; 401 for anonymous callers who should sign in. */
  async assertCanFollow(sessionId: string, signedIn: SignedIn | null): Promise<NetworkEvent> {
    const access = await this.audience.access(signedIn ? personParticipant(signedIn) : ANONYMOUS_READER, sessionId);
    if (!access.canFollow) {
      if (!signedIn) throw new NotSignedIn('Sign in to follow this liveblog: its event is not public');
      throw new NotAllowedInSession('This liveblog is for the members or invitees of its event');
    }
    return access.event;
  }
}
