import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { requestLanguage } from '../http/request-language';
import { returnPath } from '@convene/identity';
import { Public } from './access.decorators';
import { SIGN_IN_PAGE_HEADERS, renderSignInPage } from './sign-in-page';

/** GET /sign-in, outside /api/v1: where mailed links land. Opening it spends nothing. */
@ApiExcludeController()
@Controller('sign-in')
export class SignInPageController {
  @Public()
  @Get()
  page(@Query('token') token: unknown, @Query('email') email: unknown, @Query('next') next: unknown, @Req() request: Request, @Res() response: Response): void {
    response
      .status(200)
      .set(SIGN_IN_PAGE_HEADERS)
      .type('html')
      .send(
        renderSignInPage(
          { token: typeof token === 'string' ? token.slice(0, 200) : undefined, email: typeof email === 'string' ? email.slice(0, 254) : undefined,
            next: typeof next === 'string' ? returnPath(next) : undefined,
          },
          requestLanguage(request),
        ),
      );
  }
}
