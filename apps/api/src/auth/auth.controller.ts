import { Body, Controller, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse, ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiSeeOtherResponse, ApiTags,
  ApiTooManyRequestsResponse, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, DomainError, HTTP_STATUS_OF_KIND } from '@convene/core';
import { RequestSignInDto, SIGN_IN_REQUESTED, SessionsService, SignInRefused, SignInRequestedView, SignInService, SignedInView, VerifySignInDto, returnPath } from '@convene/identity';
import type { Request, Response } from 'express';
import { AcceptsForm, Public } from './access.decorators';
import { SESSION_COOKIE, readSessionCookie, sessionCookieOptions } from './session-cookie';
import { requestLanguage } from '../http/request-language';
import { SIGN_IN_PAGE_HEADERS, renderSignInPage } from './sign-in-page';
import { fromThisSite } from '../http/from-this-site';
import { clientIp } from './signed-in-request';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signIn: SignInService,
    private readonly sessions: SessionsService,
  ) {}

  /** Mails a sign-in link and code. The answer is the same whether or not the address is known. */
  @Public()
  @Post('email')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: SignInRequestedView })
  @ApiBadRequestResponse({ description: 'Not an email address' })
  @ApiTooManyRequestsResponse({ description: 'Too many sign-in mails asked for this address or from this client' })
  async requestSignIn(@Body() body: RequestSignInDto, @Req() request: Request): Promise<SignInRequestedView> {
    await this.signIn.request(body.email, clientIp(request), requestLanguage(request), body.next);
    return { message: SIGN_IN_REQUESTED };
  }

  /**
   * Spends a sign-in link token or an email and code, and sets the session cookie. A browser
   * form post (from the /sign-in page) is answered with a redirect to where the person asked from
   * (`next`, a path of this site) or home, or the page again.
   */
  @Public()
  @AcceptsForm()
  @Post('verify')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SignedInView, description: 'Signed in; the convene_session cookie is set' })
  @ApiSeeOtherResponse({ description: 'For a form post: signed in, go home' })
  @ApiBadRequestResponse({ description: 'Neither a token nor an email and code' })
  @ApiUnauthorizedResponse({ description: 'Wrong, expired or used code or link' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes' })
  async verify(@Body() body: VerifySignInDto, @Req() request: Request, @Res() response: Response): Promise<void> {
    const fromForm = Boolean(request.is('application/x-www-form-urlencoded'));
    if (fromForm && !fromThisSite(request, this.config.publicUrl)) {
      throw new DomainError('forbidden', 'cross_site_sign_in', 'Sign-in forms are only accepted from this site');
    }
    try {
      const proof = body.token !== undefined ? { token: body.token } : body.email && body.code ? { email: body.email, code: body.code } : null;
      if (!proof) throw SignInRefused.incomplete();
      const result = await this.signIn.verify(proof, clientIp(request));
      response.cookie(SESSION_COOKIE, result.sessionSecret, sessionCookieOptions(this.config, result.sessionExpiresAt));
      if (fromForm) return response.redirect(HttpStatus.SEE_OTHER, returnPath(body.next) ?? '/');
      const view: SignedInView = { person: result.person, sessionExpiresAt: result.sessionExpiresAt };
      response.status(HttpStatus.OK).json(view);
    } catch (error) {
      if (!fromForm || !(error instanceof DomainError)) throw error;
      response.status(HTTP_STATUS_OF_KIND[error.kind]).set(SIGN_IN_PAGE_HEADERS).type('html').send(renderSignInPage({ email: body.email, next: returnPath(body.next), refused: error.code }, requestLanguage(request)));
    }
  }

  /** Ends this browser's session and clears its cookie. */
  @Public()
  @Post('sign-out')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Signed out (also when there was no session)' })
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const secret = readSessionCookie(request);
    if (secret) await this.sessions.end(secret);
    const { expires: _expires, ...options } = sessionCookieOptions(this.config);
    response.clearCookie(SESSION_COOKIE, options);
  }
}
