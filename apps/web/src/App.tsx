import { useEffect, useState } from 'react';

const NETWORK = 'Co-operative Councils Innovation Network';
const READY_URL = '/api/v1/ready';
const TIMEOUT_MS = 5_000;

type ServiceStatus =
  | { kind: 'checking' }
  | { kind: 'ready'; queueBackend: string }
  | { kind: 'degraded'; down: string[] }
  | { kind: 'unreachable' };

/** The body of GET /api/v1/ready (200 when ready, 503 when something is down). */
interface ReadyBody {
  status?: unknown;
  down?: unknown;
  checks?: unknown;
  queueBackend?: unknown;
}

function interpret(body: ReadyBody): ServiceStatus {
  if (body.status === 'ready') {
    return { kind: 'ready', queueBackend: typeof body.queueBackend === 'string' ? body.queueBackend : 'unknown' };
  }
  if (body.status === 'unavailable') {
    const fromChecks =
      body.checks && typeof body.checks === 'object'
        ? Object.entries(body.checks).filter(([, state]) => state === 'down').map(([name]) => name)
        : [];
    const fromList = Array.isArray(body.down) ? body.down.filter((name): name is string => typeof name === 'string') : [];
    return { kind: 'degraded', down: fromChecks.length ? fromChecks : fromList };
  }
  return { kind: 'unreachable' };
}

function describe(status: ServiceStatus): string {
  switch (status.kind) {
    case 'checking':
      return 'Checking services…';
    case 'ready':
      return `All systems ready · queues on ${status.queueBackend}`;
    case 'degraded':
      return `Some services are unavailable: ${status.down.length ? status.down.join(', ') : 'unknown'}`;
    case 'unreachable':
      return 'Cannot reach the API';
  }
}

function useServiceStatus(): ServiceStatus {
  const [status, setStatus] = useState<ServiceStatus>({ kind: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS);
    let cancelled = false;

    fetch(READY_URL, { headers: { Accept: 'application/json' }, signal: controller.signal })
      .then((response) => response.json() as Promise<ReadyBody>)
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

export function App() {
  const status = useServiceStatus();

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>

      <header className="site-header">
        <div className="container header-inner">
          <p className="brand">
            <span className="brand-product">Convene</span>
            <span className="brand-network">{NETWORK}</span>
          </p>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <a href="/api/docs">API documentation</a>
              </li>
              <li>
                <a href="/api/v1/ready">Service status</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>

      <main id="main" tabIndex={-1} className="container">
        <h1>Convene</h1>
        <p className="lead">
          Convene runs the meetings of the {NETWORK}: network forums hosted by member councils, policy roundtables,
          conference plenaries and committees.
        </p>
        <p>Register for a meeting, ask questions, follow liveblogs and read the minutes, all in one place.</p>

        <section aria-labelledby="meetings-heading" className="panel">
          <h2 id="meetings-heading">Meetings</h2>
          <p>No meetings are listed yet.</p>
        </section>
      </main>

      <footer className="site-footer">
        <div className="container">
          <p role="status" aria-live="polite" className={`status status-${status.kind}`}>
            {describe(status)}
          </p>
          <p className="footer-note">Convene · {NETWORK}</p>
        </div>
      </footer>
    </>
  );
}
