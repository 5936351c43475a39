import { Injectable, NestMiddleware } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { LiveParticipant } from '@convene/live';
import type { NextFunction, Response } from 'express';
import { AccessGuard } from '../auth/access.guard';
import { SignedInRequest } from '../auth/signed-in-request';
import { LeanRoute } from '../http/lean-route';
import { callerCredentials, LiveCallerPipe } from '../live/live-caller.decorator';
import { QuestionsController } from './questions.controller';

/** The vote takes no body. */
class NoBody {}

/**
 * POST /api/v1/questions/:id/vote as a lean route (http/lean-route.ts): a room of 2,000 votes at
 * 200 a second, and on a loaded machine each vote's walk through Nest's router was CPU the API
 * did not have (issue 17). It makes the checks the controller's route would make: the access
 * guard (JSON only, cross-site refusal, the id's form, which stands in for the route's
 * ParseUUIDPipe, @Public), the caller as @LiveCaller() reads it, then the controller's own method,
 * answered with its @HttpCode. The controller's route stays for the OpenAPI document.
 */
@Injectable()
export class VoteMiddleware implements NestMiddleware {
  static readonly route = (guard: AccessGuard) => new LeanRoute(QuestionsController, 'vote', NoBody, { guards: [guard], pipes: [] });

  private readonly lean: LeanRoute<QuestionsController>;
  private controller?: QuestionsController;

  constructor(
    guard: AccessGuard,
    private readonly caller: LiveCallerPipe,
    private readonly moduleRef: ModuleRef,
  ) {
    this.lean = VoteMiddleware.route(guard);
  }

  use(request: SignedInRequest, response: Response, next: NextFunction): Promise<void> {
    // Controllers are not injected into middleware; the module's one instance is looked up once.
    const controller = (this.controller ??= this.moduleRef.get(QuestionsController));
    return this.lean.run(request, response, next, () =>
      controller.vote(request.params.id as string, this.caller.transform(callerCredentials(request, true)) as LiveParticipant),
    );
  }
}
