import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, pinoHttpFor, projectRoot } from '@convene/core';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { NotificationsModule } from '@convene/notifications';
import { LoggerModule } from 'nestjs-pino';
import { AuthApiModule } from './auth/auth-api.module';
import { CalendarApiModule } from './calendar/calendar-api.module';
import { EventsApiModule } from './events/events-api.module';
import { HealthController } from './health/health.controller';
import { AdminMailController } from './mail/admin-mail.controller';
import { EventMailController } from './mail/event-mail.controller';
import { IdentityApiModule } from './identity/identity-api.module';
import { LiveApiModule } from './live/live-api.module';
import { LiveblogApiModule } from './liveblog/liveblog-api.module';
import { MinutesApiModule } from './minutes/minutes-api.module';
import { PollsApiModule } from './polls/polls-api.module';
import { VotesApiModule } from './votes/votes-api.module';
import { setWebAppHeaders } from './http/page-headers';
import { QaApiModule } from './qa/qa-api.module';
import { ValidationModule } from './http/validation.module';
import { AccessibilityController } from './site/accessibility.controller';

/** Where the web build lands (see scripts/build.mjs). */
export const webBuildDir = () => path.join(projectRoot(), 'dist', 'web');

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    const webDir = webBuildDir();
    const serveWeb = fs.existsSync(path.join(webDir, 'index.html'))
      ? [
          ServeStaticModule.forRoot({
            rootPath: webDir,
            // A missing asset (an old release's script) is a 404, not index.html cached as a script.
            exclude: ['/api/{*path}', '/socket.io/{*path}', '/assets/{*path}'],
            serveStaticOptions: { setHeaders: setWebAppHeaders },
          }),
        ]
      : [];
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: pinoHttpFor(config, {
            genReqId: (request, response) => {
              const incoming = request.headers['x-request-id'];
              const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
              response.setHeader('x-request-id', id);
              return id;
            },
            // Never log personal data: no bodies, no cookies, no auth headers.
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          }),
        }),
        ValidationModule,
        DatabaseModule,
        QueueModule,
        NotificationsModule,
        AuthApiModule,
        IdentityApiModule,
        EventsApiModule,
        LiveApiModule,
        LiveblogApiModule,
        MinutesApiModule,
        CalendarApiModule,
        QaApiModule,
        PollsApiModule,
        VotesApiModule,
        ...serveWeb,
      ],
      controllers: [HealthController, AdminMailController, EventMailController, AccessibilityController],
    };
  }
}
