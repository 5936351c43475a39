import { AppConfig, runPendingMigrations } from '@convene/core';
import { Person, apiTokensFor, normaliseEmail } from '@convene/identity';
import { DataSource, IsNull } from 'typeorm';

export class CommandError extends Error {}

export interface TokenCreateArgs {
  email: string;
  name: string;
}

/** Reads `--email a@b --name x` (or `--email=a@b`); throws CommandError naming what is missing. */
export function parseTokenCreateArgs(argv: string[]): TokenCreateArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(email|name)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new CommandError(`token:create does not know "${argv[i]}"`);
    values[match[1]] = match[2] ?? argv[++i] ?? '';
  }
  const email = values.email?.trim();
  const name = values.name?.trim();
  if (!email) throw new CommandError('token:create needs --email <address of the person>');
  if (!name || name.length > 100 || /[\p{Cc}]/u.test(name)) throw new CommandError('token:create needs --name <1 to 100 characters, one line>');
  return { email, name };
}

/** Creates an API token for a person; returns the secret, which is shown this once. */
export async function createApiToken(dataSource: DataSource, config: AppConfig, args: TokenCreateArgs): Promise<string> {
  await runPendingMigrations(dataSource);
  const person = await dataSource.getRepository(Person).findOneBy({ email: normaliseEmail(args.email), erasedAt: IsNull() });
  if (!person) throw new CommandError(`No person has the address ${args.email}`);
  const created = await apiTokensFor(dataSource, config).create(person.id, args.name);
  return created.token;
}
