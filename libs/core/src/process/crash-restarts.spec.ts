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
      restarting: (key, how, restart) => said.push(`${key} ${how}: restart ${restart.attempt} in ${restart.delayMs} ms`),
      running: (key) => said.push(`${key} running`),
      gaveUp: async (key, how) => {
        said.push(`${key} ${how}: gave up`);
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
  it('starts a child that died again after the pause, and says when it runs', async () => {
    const { clock, said, started, first } = supervise();
    await first.die('SIGKILL');
    expect(said).toEqual(['api SIGKILL: restart 1 in 1000 ms']);

    await clock.advance(999);
    expect(started).toHaveLength(0);
    await clock.advance(1);
    expect(said).toEqual(['api SIGKILL: restart 1 in 1000 ms', 'start api']);

    await started[0].becomeReady();
    expect(said.at(-1)).toBe('api running');
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
      'api exit code 1: restart 1 in 1000 ms',
      'start api',
      'api running',
      'api exit code 1: restart 2 in 2000 ms',
      'start api',
      'api exit code 1: restart 3 in 4000 ms',
      'start api',
      'api exit code 1: gave up',
    ]);
  });

  it('restarts nothing once stopped, even a child whose pause is under way', async () => {
    const { clock, said, started, restarts, first } = supervise();
    await first.die();
    restarts.stop();
    await clock.advance(60_000);
    expect(started).toHaveLength(0);
    expect(said).toEqual(['api exit code 1: restart 1 in 1000 ms']);
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
    expect(said).toEqual(['api exit code 1: restart 1 in 1000 ms', 'worker exit code 1: restart 1 in 1000 ms']);
  });
});
