/**
 * Where a person goes back to after signing in: a path of this site only (never another origin,
 * `//evil.example`, a scheme or a backslash), and never the sign-in pages themselves.
 */
export const RETURN_PATH = /^\/(?![/\\])[^\s\\]{0,499}$/;

export function returnPath(next: string | undefined | null): string | undefined {
  if (!next || !RETURN_PATH.test(next) || next.startsWith('/sign-in')) return undefined;
  return next;
}
