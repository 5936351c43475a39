import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { ApiTokensService, MissingRole, NetworkRole, NotSignedIn, ResourceRoles, SessionsService, SignedIn } from '@convene/identity';
import { ACCEPTS_FORM, PUBLIC_ROUTE, REQUIRED_RESOURCE_ROLE, REQUIRED_ROLES, RequiredResourceRole } from './access.decorators';
import { refuseMalformedIds } from '../http/route-ids';
import { refuseForgedRequest } from './request-forgery';
import { readBearerToken, readSessionCookie } from './session-cookie';
import { SignedInRequest } from './signed-in-request';

/**
 * Global guard: finds who is calling (API token, else session cookie), then enforces
 * @Public, @RequireRoles and @RequireResourceRole. Routes need a signed-in person by default.
 * Before any of that, it refuses bodies that are not JSON, cookie changes from other sites and
 * ids in the path that are not UUIDs.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly apiTokens: ApiTokensService,
    private readonly resourceRoles: ResourceRoles,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Socket connections authenticate in their own handshake.
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<SignedInRequest>();
    const targets = [context.getHandler(), context.getClass()];
    refuseForgedRequest(request, this.config.publicUrl, this.reflector.getAllAndOverride<boolean>(ACCEPTS_FORM, targets) ?? false);
    refuseMalformedIds(request.params);
    const bearer = readBearerToken(request);
    request.signedIn = await this.identify(request, bearer);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const signedIn = request.signedIn;
    if (!signedIn) {
      throw new NotSignedIn(bearer ? 'That API token is not valid or has been revoked' : 'Sign in to do this');
    }
    const isAdmin = signedIn.person.roles.includes(NetworkRole.Admin);
    const roles = this.reflector.getAllAndOverride<NetworkRole[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length && !isAdmin && !roles.some((role) => signedIn.person.roles.includes(role))) throw new MissingRole();

    const resourceRole = this.reflector.getAllAndOverride<RequiredResourceRole | undefined>(REQUIRED_RESOURCE_ROLE, targets);
    if (resourceRole && !isAdmin) {
      const resourceId = request.params?.[resourceRole.param];
      const allowed =
        typeof resourceId === 'string' &&
        (await this.resourceRoles.has(signedIn.person.id, resourceRole.type, resourceId, resourceRole.role));
      if (!allowed) throw new MissingRole();
    }
    return true;
  }

  private async identify(request: SignedInRequest, bearer: string | undefined): Promise<SignedIn | null> {
    // A bearer token, when sent, is the only credential looked at: no fallback to the cookie.
    if (bearer) return this.apiTokens.authenticate(bearer);
    const session = readSessionCookie(request);
    return session ? this.sessions.authenticate(session) : null;
  }
}
