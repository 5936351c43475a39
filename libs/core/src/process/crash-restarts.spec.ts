import { CrashBudget } from './crash-budget';
import { CrashRestarts, RestartClock } from './crash-restarts';

/** A clock moved by hand: pauses end only when the test says time has passed. */
class HandClock implements RestartClock {
  private at = 0;
  private timers = new Set<{ due: number; run: () => void }>();

  now(): number {
    return this.at;
  }

  setTimeout(run: () => void, ms: number): unknown {
    const timer = { due: this.at + ms, run };
    this.timers.add(timer);
    return timer;
  }

  clearTimeout(timer: unknown): void {
    this.timers.delete(timer as { due: number; run: () => void });
  }

  async advance(ms: number): Promise<void> {
    this.at += ms;
    for (const timer of [...this.timers].filter((each) => each.due <= this.at)) {
      this.timers.delete(timer);
      timer.run();
    }
    await settled();
  }
}

/** Lets the promise callbacks already queued run (no time passes on the hand clock). */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

class FakeChild {
  private endWith!: (how: string) => void;
  private readyWith!: () => void;
  private failWith!: (error: Error) => void;
  readonly exited = new Promise<string>((resolve) => (this.endWith = resolve));
  readonly ready = new Promise<void>((resolve, reject) => {
    this.readyWith = resolve;
    this.failWith = reject;
  });

  constructor() {
    this.ready.catch(() => undefined); // only a restarted child's readiness is awaited
  }

  async die(how = 'exit code 1'): Promise<void> {
    this.endWith(how);
    this.failWith(new Error(`stopped during start-up (${how})`));
    await settled();
  }

  async becomeReady(): Promise<void> {
    this.readyWith();
    await settled();
  }
}

function supervise(budget = () => new CrashBudget(3, 60_000, 1_000, 8_000)) {
  const clock = new HandClock();
  const said: string[] = [];
  const started: FakeChild[] = [];
  const restarts: CrashRestarts<string, FakeChild> = new CrashRestarts<string, FakeChild>(
    {
      spawn: (key) => {
        said.push(`start ${key}`);
        const child = new FakeChild();
        started.push(child);
        return child;
      },
      readyOf: (child) => child.ready,
      name: (key) => `the ${key}`,
      stops: 'everything',
      say: (line, level) => said.push(`${level}: ${line}`),
      gaveUp: async (key) => {
        said.push(`gave up on ${key}`);
        restarts.stop();
      },
    },
    clock,
    budget,
  );
  const first = new FakeChild();
  restarts.watch('api', first);
  return { clock, said, started, restarts, first };
}

describe('CrashRestarts', () => {
  it('starts a child that died again after the pause, and says so in one line at each step', async () => {
    const { clock, said, started, first } = supervise();
    await first.die('SIGKILL');
    expect(said).toEqual(['warn: the api exited (SIGKILL); restarting in 1 s, attempt 1 of 3']);

    await clock.advance(999);
    expect(started).toHaveLength(0);
    await clock.advance(1);
    expect(said).toEqual(['warn: the api exited (SIGKILL); restarting in 1 s, attempt 1 of 3', 'start api']);

    await started[0].becomeReady();
    expect(said.at(-1)).toBe('info: the api is running again');
  });

  it('waits longer after each crash and gives up when the budget is spent', async () => {
    const { clock, said, started, first } = supervise();
    await first.die();
    await clock.advance(1_000);
    await started[0].becomeReady();
    await started[0].die();
    await clock.advance(2_000);
    await started[1].die(); // dies while starting: that counts too
    await clock.advance(4_000);
    await started[2].die();

    expect(said).toEqual([
      'warn: the api exited (exit code 1); restarting in 1 s, attempt 1 of 3',
      'start api',
      'info: the api is running again',
      'warn: the api exited (exit code 1); restarting in 2 s, attempt 2 of 3',
      'start api',
      'warn: the api exited (exit code 1); restarting in 4 s, attempt 3 of 3',
      'start api',
      'error: the api exited (exit code 1) 4 times within 60 s; stopping everything',
      'gave up on api',
    ]);
  });

  it('restarts nothing once stopped, even a child whose pause is under way', async () => {
    const { clock, said, started, restarts, first } = supervise();
    await first.die();
    restarts.stop();
    await clock.advance(60_000);
    expect(started).toHaveLength(0);
    expect(said).toEqual(['warn: the api exited (exit code 1); restarting in 1 s, attempt 1 of 3']);
  });

  it('does not count a child that ends after the supervisor stopped as a crash', async () => {
    const { said, restarts, first } = supervise();
    restarts.stop();
    await first.die('SIGTERM');
    expect(said).toEqual([]);
  });

  it('keeps a budget per child', async () => {
    const { said, restarts, first } = supervise(() => new CrashBudget(1, 60_000));
    const worker = new FakeChild();
    restarts.watch('worker', worker);
    await first.die();
    await worker.die();
    expect(said).toEqual(['warn: the api exited (exit code 1); restarting in 1 s, attempt 1 of 1', 'warn: the worker exited (exit code 1); restarting in 1 s, attempt 1 of 1']);
  });
});
