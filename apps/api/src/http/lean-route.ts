import { ArgumentMetadata, ContextType, ExecutionContext, ForbiddenException, PipeTransform, RequestMethod, Type } from '@nestjs/common';
import type { HttpArgumentsHost } from '@nestjs/common/interfaces/index.js';
import {
  EXCEPTION_FILTERS_METADATA, GUARDS_METADATA, HEADERS_METADATA, HTTP_CODE_METADATA, INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA, PIPES_METADATA,
  REDIRECT_METADATA, RENDER_METADATA, SSE_METADATA,
} from '@nestjs/common/constants.js';
import type { NextFunction, Request, Response } from 'express';

/** A guard as the lean route runs it: ours answer with a boolean or a promise of one. */
export interface LeanGuard {
  canActivate(context: ExecutionContext): boolean | Promise<boolean>;
}

/** What a lean route runs that Nest's router would run too: the app's global guards and pipes. */
export interface AppPipeline {
  guards: LeanGuard[];
  pipes: PipeTransform[];
}

/** Route or controller settings Nest's router would apply and a lean route does not: a route with any of them cannot be lean. */
const UNSUPPORTED = [GUARDS_METADATA, INTERCEPTORS_METADATA, PIPES_METADATA, EXCEPTION_FILTERS_METADATA, HEADERS_METADATA, REDIRECT_METADATA, RENDER_METADATA, SSE_METADATA];

/**
 * One POST route of a controller, answered without Nest's router: Express finds it among a few
 * middleware layers instead of walking every route before it (70 for registration), and it skips
 * the router's per-request glue (guard, interceptor and pipe consumers, param factories). What
 * that glue would run, it runs itself, with the same instances: the app's global guards with the
 * route's own metadata (so @Public and the role decorators on the controller method still
 * decide), then the app's global pipes on the body, then the controller method. It is mounted as
 * Nest middleware, after the request logger, so the request id, the log line and the logging
 * context are the app's; what it throws goes to the app's exception filters like a route's.
 * A route with guards, pipes, interceptors, filters or headers of its own is refused at start-up;
 * its own status (@HttpCode) it answers with, as Nest would.
 */
export class LeanRoute<Controller> {
  private readonly handler: (...args: never[]) => unknown;
  /** The route's @HttpCode, else Nest's 201 for a POST. */
  private readonly status: number;

  constructor(
    private readonly controller: Type<Controller>,
    method: keyof Controller & string,
    private readonly body: Type,
    private readonly pipeline: AppPipeline,
  ) {
    this.handler = controller.prototype[method] as (...args: never[]) => unknown;
    if (Reflect.getMetadata(METHOD_METADATA, this.handler) !== RequestMethod.POST) throw new Error(`${controller.name}.${method} is not a POST route`);
    for (const key of UNSUPPORTED) {
      if (Reflect.getMetadata(key, this.handler) !== undefined || Reflect.getMetadata(key, controller) !== undefined) {
        throw new Error(`${controller.name}.${method} has ${key} of its own: Nest's router must run it, not a lean route`);
      }
    }
    this.status = (Reflect.getMetadata(HTTP_CODE_METADATA, this.handler) as number | undefined) ?? 201;
  }

  /**
   * Runs the guards, the pipes on the body, then `answer` with the validated body, and sends what
   * it returns as JSON (the route's @HttpCode, else 201 as Nest does for a POST, unless `answer`
   * set another status).
   */
  async run(request: Request, response: Response, next: NextFunction, answer: (body: unknown) => Promise<unknown>): Promise<void> {
    const context = new HttpContext([request, response, next], this.controller, this.handler);
    for (const guard of this.pipeline.guards) {
      // Nest's answer to a guard that says no without throwing.
      if (!(await guard.canActivate(context))) throw new ForbiddenException();
    }
    response.status(this.status);
    const metadata: ArgumentMetadata = { type: 'body', metatype: this.body, data: undefined };
    let body: unknown = request.body;
    for (const pipe of this.pipeline.pipes) body = await pipe.transform(body, metadata);
    response.json(await answer(body));
  }
}

/** A controller method's path below the global prefix, as Nest's router registers it (`events/:id/registrations`). */
export function routePath<Controller>(controller: Type<Controller>, method: keyof Controller & string): string {
  const trimmed = (part: unknown) => String(part ?? '').replace(/^\/+|\/+$/g, '');
  return [trimmed(Reflect.getMetadata(PATH_METADATA, controller)), trimmed(Reflect.getMetadata(PATH_METADATA, controller.prototype[method]))].filter(Boolean).join('/');
}

/** An HTTP request as Nest's guards see it, for a route its router does not run. */
class HttpContext implements ExecutionContext {
  constructor(
    private readonly args: [Request, Response, NextFunction],
    private readonly controller: Type,
    private readonly handler: (...args: never[]) => unknown,
  ) {}

  getClass<T>(): Type<T> {
    return this.controller as Type<T>;
  }

  getHandler(): (...args: never[]) => unknown {
    return this.handler;
  }

  getArgs<T extends unknown[]>(): T {
    return this.args as unknown as T;
  }

  getArgByIndex<T>(index: number): T {
    return this.args[index] as T;
  }

  getType<TContext extends string = ContextType>(): TContext {
    return 'http' as TContext;
  }

  switchToHttp(): HttpArgumentsHost {
    const [request, response, next] = this.args;
    return { getRequest: <T>() => request as T, getResponse: <T>() => response as T, getNext: <T>() => next as T };
  }

  switchToRpc(): never {
    throw new Error('An HTTP request has no RPC context');
  }

  switchToWs(): never {
    throw new Error('An HTTP request has no websocket context');
  }
}
