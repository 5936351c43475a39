/** No request body of ours nests deeper than this; a deeper one is an attack on the parser. */
export const MAX_JSON_DEPTH = 32;

/** Thrown from body-parser's `verify`, before parsing: body-parser answers with its status (400). */
export class TooDeeplyNested extends Error {
  readonly status = 400;
  readonly expose = true;
  readonly type = 'entity.too.deep';

  constructor() {
    super(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

/**
 * The deepest nesting of arrays and objects in raw JSON text, counted in one pass over the
 * bytes (strings skipped) and stopping as soon as it passes `limit`. A 250 kB body nesting
 * 120,000 arrays made class-transformer recurse until it threw, stalling the event loop;
 * this refuses it before JSON.parse builds a single object.
 */
export function nestsDeeperThan(body: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c) i++; // backslash: skip the escaped character
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > limit) return true;
    } else if (byte === 0x5d || byte === 0x7d) {
      depth--;
    }
  }
  return false;
}

/** body-parser's `verify` hook for JSON bodies. */
export function refuseDeepNesting(_request: unknown, _response: unknown, body: Buffer): void {
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) throw new TooDeeplyNested();
}
