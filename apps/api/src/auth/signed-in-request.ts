import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { NotSignedIn, SignedIn } from '@convene/identity';
import type { Request } from 'express';

export interface SignedInRequest extends Request {
  signedIn?: SignedIn | null;
}

/** The signed-in person of the request (the access guard has put it there). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SignedIn => {
  const signedIn = context.switchToHttp().getRequest<SignedInRequest>().signedIn;
  if (!signedIn) throw new NotSignedIn();
  return signedIn;
});

/** The address of the client, as seen through the proxies we trust. */
export function clientIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

/** The signed-in person when there is one: for public routes that show more to some. */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SignedIn | null => context.switchToHttp().getRequest<SignedInRequest>().signedIn ?? null,
);
