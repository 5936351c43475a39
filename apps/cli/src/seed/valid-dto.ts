import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

/** The demo's data checked as the API checks a request body (unknown fields refused), so it cannot hold what a user could not enter. */
export async function validDto<T extends object>(dto: new () => T, input: object): Promise<T> {
  const instance = plainToInstance(dto, input);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    const problems = errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join(', ')}`);
    throw new Error(`The demo's ${dto.name} is invalid (${problems.join('; ')}) in ${JSON.stringify(input)}`);
  }
  return instance;
}
