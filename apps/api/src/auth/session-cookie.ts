import { AppConfig } from '@convene/core';
import type { CookieOptions, Request } from 'express';

export const SESSION_COOKIE = 'convene_session';

export function sessionCookieOptions(config: AppConfig, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.nodeEnv === 'production', path: '/', ...(expires ? { expires } : {}) };
}

/** The session secret from the Cookie header, if any (no cookie-parser: we read one cookie). */
export function readSessionCookie(request: Request): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(index + 1).trim();
    return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
  }
  return undefined;
}

/** The bearer token of the Authorization header, if any. */
export function readBearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}
