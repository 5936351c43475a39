import { Injectable, NestMiddleware, ValidationPipe } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CreateRegistrationDto } from '@convene/registration';
import type { NextFunction, Response } from 'express';
import { AccessGuard } from '../auth/access.guard';
import { SignedInRequest } from '../auth/signed-in-request';
import { BodyCheckPipe } from '../http/body-check';
import { LeanRoute } from '../http/lean-route';
import { EventsController } from './events.controller';

/**
 * POST /api/v1/events/:id/registrations as a lean route (http/lean-route.ts): the busiest write
 * of the API, a burst when registration opens. It answers every request to that route with the
 * checks the controller's route would make (the access guard: JSON only, cross-site refusal, the
 * id's form, who is calling, @Public; the validation pipe on CreateRegistrationDto, answered for a
 * plainly valid body by a check compiled from the DTO's decorators, http/body-check.ts) and then the controller's
 * own method, so the route's rules stay written once. The controller's route stays for the OpenAPI
 * document and is never reached.
 */
@Injectable()
export class RegisterMiddleware implements NestMiddleware {
  static readonly route = (guard: AccessGuard, validation: ValidationPipe) =>
    new LeanRoute(EventsController, 'register', CreateRegistrationDto, { guards: [guard], pipes: [new BodyCheckPipe(CreateRegistrationDto, validation)] });

  private readonly lean: LeanRoute<EventsController>;
  private controller?: EventsController;

  constructor(guard: AccessGuard, validation: ValidationPipe, private readonly moduleRef: ModuleRef) {
    this.lean = RegisterMiddleware.route(guard, validation);
  }

  use(request: SignedInRequest, response: Response, next: NextFunction): Promise<void> {
    // Controllers are not injected into middleware; the module's one instance is looked up once.
    const controller = (this.controller ??= this.moduleRef.get(EventsController));
    return this.lean.run(request, response, next, (body) =>
      controller.register(request.params.id as string, body as CreateRegistrationDto, request.signedIn ?? null, request, response),
    );
  }
}
