import { Body, CallHandler, CanActivate, Controller, Get, Header, HttpCode, NestInterceptor, Post, UseGuards, UseInterceptors } from '@nestjs/common';
import { LeanRoute, routePath } from './lean-route';

class Thing {
  name!: string;
}

const pipeline = { guards: [], pipes: [] };
class LetEveryoneIn implements CanActivate {
  canActivate() {
    return true;
  }
}

class PassThrough implements NestInterceptor {
  intercept(_context: never, next: CallHandler) {
    return next.handle();
  }
}

@Controller('things/:id')
class ThingsController {
  @Post('parts')
  add(@Body() _body: Thing) {
    return { added: true };
  }

  @Get('parts')
  list() {
    return [];
  }

  @Post('guarded')
  @UseGuards(LetEveryoneIn)
  guarded() {
    return {};
  }

  @Post('accepted')
  @HttpCode(202)
  accepted() {
    return {};
  }

  @Post('labelled')
  @Header('X-Label', 'yes')
  labelled() {
    return {};
  }
}

@Controller('watched')
@UseInterceptors(PassThrough)
class WatchedController {
  @Post()
  add() {
    return {};
  }
}

describe('a route answered without Nest’s router', () => {
  it('finds the path Nest registers the route under', () => {
    expect(routePath(ThingsController, 'add')).toBe('things/:id/parts');
  });

  it('takes a plain POST route', () => {
    expect(() => new LeanRoute(ThingsController, 'add', Thing, pipeline)).not.toThrow();
  });

  it('takes a POST route with its own status (@HttpCode), which it answers with', () => {
    expect(() => new LeanRoute(ThingsController, 'accepted', Thing, pipeline)).not.toThrow();
  });

  it.each([
    ['a GET route', ThingsController, 'list', /not a POST route/],
    ['a route with a guard of its own', ThingsController, 'guarded', /__guards__/],
    ['a route with its own headers', ThingsController, 'labelled', /__headers__/],
    ['a route whose controller has an interceptor', WatchedController, 'add', /__interceptors__/],
  ])('refuses at start-up %s, which only Nest’s router runs in full', (_what, controller, method, message) => {
    expect(() => new LeanRoute(controller as never, method as never, Thing, pipeline)).toThrow(message);
  });
});
