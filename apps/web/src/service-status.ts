import { useEffect, useState } from 'react';
import type { Messages } from './i18n/i18n';

const READY_URL = '/api/v1/ready';
const TIMEOUT_MS = 5_000;

export type ServiceStatus =
  | { kind: 'checking' }
  | { kind: 'ready' }
  | { kind: 'degraded' }
  | { kind: 'unreachable' };

/** GET /api/v1/ready answers 200 `ready` when ready, 503 `unavailable` when something is down. */
function interpret(body: { status?: unknown }): ServiceStatus {
  if (body.status === 'ready') return { kind: 'ready' };
  return body.status === 'unavailable' ? { kind: 'degraded' } : { kind: 'unreachable' };
}

/** What a person reads when something is wrong: what it means for them, not which part is down (admins have the status link for that). */
export function describeProblem(status: ServiceStatus, t: Messages['t']): string {
  return status.kind === 'unreachable' ? t('shell.status.unreachable') : t('shell.status.degraded');
}

export function useServiceStatus(): ServiceStatus {
  const [status, setStatus] = useState<ServiceStatus>({ kind: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS);
    let cancelled = false;

    void fetch(READY_URL, { headers: { Accept: 'application/json' }, signal: controller.signal })
      .then((response) => response.json() as Promise<{ status?: unknown }>)
      .then((body) => interpret(body))
      .catch((): ServiceStatus => ({ kind: 'unreachable' }))
      .then((next) => {
        if (!cancelled) setStatus(next);
      })
      .finally(() => window.clearTimeout(timer));

    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      controller.abort();
    };
  }, []);

  return status;
}
