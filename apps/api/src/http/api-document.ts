import { INestApplication, RequestMethod } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * Every route under /api/v1, but the document's own and GET /sign-in (where mailed links land: a
 * page, not part of the versioned API). Set before the document is made: its paths carry it.
 */
export function prefixRoutes(app: INestApplication): void {
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'api/docs', method: RequestMethod.ALL },
      { path: 'sign-in', method: RequestMethod.GET },
    ],
  });
}

/** The OpenAPI document of the API: served at /api/docs-json, and the source of the web app's types (npm run api:types). */
export function apiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Convene API')
      .setDescription('Meetings of the Co-operative Councils Innovation Network: events, registration, Q&A, liveblogs, minutes.')
      .setVersion('1')
      .build(),
  );
}
