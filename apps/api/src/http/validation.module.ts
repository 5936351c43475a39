import { Global, Module, ValidationPipe } from '@nestjs/common';
import { createValidationPipe } from './validation.pipe';

/** The API's one validation pipe: applied to every route (api-app.ts) and run by the lean routes, the same instance. */
@Global()
@Module({
  providers: [{ provide: ValidationPipe, useFactory: createValidationPipe }],
  exports: [ValidationPipe],
})
export class ValidationModule {}
