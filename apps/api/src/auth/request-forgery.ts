import { DomainError } from '@convene/core';
import { UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import { fromThisSite } from '../http/from-this-site';
import { readBearerToken, readSessionCookie } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses what a page on another site (or another port, or a sibling subdomain) can make a
 * signed-in browser send. Forms can only send form-encoded, multipart or text/plain bodies, so a
 * JSON-only API is out of their reach (415); and a fetch carrying the session cookie must come
 * from this site (403). Bearer tokens are never sent by a browser on its own: no check for them.
 */
export function refuseForgedRequest(request: Request, publicUrl: string, acceptsForm: boolean): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (hasBody(request) && !request.is('application/json') && !(acceptsForm && request.is('application/x-www-form-urlencoded'))) {
    throw new UnsupportedMediaTypeException({ message: 'Send the body as JSON (Content-Type: application/json)', code: 'json_only' });
  }
  if (readBearerToken(request) === undefined && readSessionCookie(request) !== undefined && !fromThisSite(request, publicUrl)) {
    throw new DomainError('forbidden', 'cross_site_request', 'Changes made with your session are only accepted from this site');
  }
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
