// A message for the next page to show once (after creating an event, on the event's own page).
let pending: { key: string; message: string } | null = null;

export function setFlash(key: string, message: string): void {
  pending = { key, message };
}

/** Reads without clearing (React may run a state initialiser twice); clearFlash once shown. */
export function peekFlash(key: string): string | null {
  return pending?.key === key ? pending.message : null;
}

export function clearFlash(key: string): void {
  if (pending?.key === key) pending = null;
}
