import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityModule } from '@convene/identity';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { MeController } from './me.controller';
import { SignInPageController } from './sign-in-page.controller';

/** Sign-in, sessions, API tokens, and the guard that every route passes through (exported: the lean routes run it too). */
@Module({
  imports: [IdentityModule],
  controllers: [AuthController, MeController, SignInPageController],
  providers: [AccessGuard, { provide: APP_GUARD, useExisting: AccessGuard }],
  exports: [AccessGuard],
})
export class AuthApiModule {}
