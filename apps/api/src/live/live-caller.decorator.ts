import { createParamDecorator, ExecutionContext, Injectable, PipeTransform } from '@nestjs/common';
import { AnonymousIdentities, anonymousParticipant, LiveParticipant, personParticipant } from '@convene/live';
import { NotSignedIn, SignedIn } from '@convene/identity';
import { SignedInRequest } from '../auth/signed-in-request';

/** The header a browser without an account sends its anonymous identity in. */
export const LIVE_IDENTITY_HEADER = 'x-live-identity';
/** The session code shown in the room, when the chair asks for it to vote and ask. */
export const ROOM_CODE_HEADER = 'x-room-code';

export interface CallerCredentials {
  signedIn: SignedIn | null;
  identity: string | undefined;
  roomCode: string | undefined;
  required: boolean;
}

/** What a request brings to say who acts: its sign-in, anonymous identity and room code. */
export function callerCredentials(request: SignedInRequest, required: boolean): CallerCredentials {
  const header = request.headers[LIVE_IDENTITY_HEADER];
  const code = request.headers[ROOM_CODE_HEADER];
  return { signedIn: request.signedIn ?? null, identity: typeof header === 'string' ? header : undefined, roomCode: typeof code === 'string' ? code.slice(0, 20) : undefined, required };
}

const credentials = createParamDecorator((required: boolean, context: ExecutionContext): CallerCredentials => callerCredentials(context.switchToHttp().getRequest<SignedInRequest>(), required));

/** Turns the credentials into a participant: signed in wins; a forged identity is refused. */
@Injectable()
export class LiveCallerPipe implements PipeTransform<CallerCredentials, LiveParticipant | null> {
  constructor(private readonly identities: AnonymousIdentities) {}

  transform({ signedIn, identity, roomCode, required }: CallerCredentials): LiveParticipant | null {
    const code = roomCode === undefined ? {} : { roomCode };
    if (signedIn) return { ...personParticipant(signedIn), ...code };
    if (identity !== undefined) {
      const id = this.identities.verify(identity);
      if (!id) throw new NotSignedIn(`That ${LIVE_IDENTITY_HEADER} is not valid: ask for a new one (POST /api/v1/live/identity)`);
      return { ...anonymousParticipant(id), ...code };
    }
    if (!required) return null;
    throw new NotSignedIn(`Sign in, or send an anonymous identity (POST /api/v1/live/identity) in the ${LIVE_IDENTITY_HEADER} header`);
  }
}

/**
 * Who acts in a live session, on @Public routes: the signed-in person, else the browser's
 * anonymous identity from the X-Live-Identity header; neither is a 401.
 */
export const LiveCaller = () => credentials(true, LiveCallerPipe);

/** The same for reads: null when the caller has neither. */
export const OptionalLiveCaller = () => credentials(false, LiveCallerPipe);
