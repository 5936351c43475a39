/**
 * Lookups asked for in the same turn of the event loop are answered by one query: a mail batch
 * builds its hundred mails at once, and each asks for its own row. Nothing is cached past the
 * query, so each answer is as fresh as a lookup of its own would be.
 */
export class BatchedLookup<K, V> {
  private waiting = new Map<K, Array<{ resolve: (value: V | undefined) => void; reject: (error: unknown) => void }>>();
  private scheduled = false;

  constructor(private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>) {}

  get(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const callers = this.waiting.get(key);
      if (callers) callers.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = new Map();
    this.scheduled = false;
    try {
      const found = await this.loadMany([...batch.keys()]);
      for (const [key, callers] of batch) for (const caller of callers) caller.resolve(found.get(key));
    } catch (error) {
      for (const callers of batch.values()) for (const caller of callers) caller.reject(error);
    }
  }
}

/** Concurrent asks for the same key share one promise while it is in flight (and only then). */
export class SharedInFlight<K, V> {
  private readonly inFlight = new Map<K, Promise<V>>();

  /** The running load for `key`, or `load()` started now (its result is not kept once settled). */
  run(key: K, load: () => Promise<V>): Promise<V> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const promise = load().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  /** Later asks start a load of their own, rather than share those now running. */
  forgetAll(): void {
    this.inFlight.clear();
  }
}
