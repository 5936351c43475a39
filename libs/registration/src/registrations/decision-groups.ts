/** A group's outcome for one of its items: a result, or the error that item alone met. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Waiting<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Decides items of the same key (an event) in groups, in arrival order: while one group is being
 * decided, later arrivals wait and go together in the next. Under a burst each group is one
 * transaction holding the event's place counters for a few statements however many it decides
 * (commits group); when it is quiet a group is one item. If a whole group fails, each of its
 * items is tried alone, so one item's failure never fails its neighbours.
 */
export class DecisionGroups<T, R> {
  private readonly waiting = new Map<string, Array<Waiting<T, R>>>();

  constructor(
    private readonly decide: (key: string, items: T[]) => Promise<Array<Outcome<R>>>,
    private readonly largest: number,
  ) {}

  submit(key: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.waiting.get(key);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.waiting.set(key, [{ item, resolve, reject }]);
      void this.drain(key);
    });
  }

  private async drain(key: string): Promise<void> {
    const queue = this.waiting.get(key) as Array<Waiting<T, R>>;
    while (queue.length) {
      const group = queue.splice(0, this.largest);
      try {
        settle(group, await this.decide(key, group.map((entry) => entry.item)));
      } catch (error) {
        if (group.length === 1) group[0].reject(error);
        else for (const entry of group) await this.decide(key, [entry.item]).then((outcomes) => settle([entry], outcomes), entry.reject);
      }
    }
    this.waiting.delete(key);
  }
}

function settle<T, R>(group: Array<Waiting<T, R>>, outcomes: Array<Outcome<R>>): void {
  group.forEach((entry, index) => {
    const outcome = outcomes[index];
    if (outcome.ok) entry.resolve(outcome.value);
    else entry.reject(outcome.error);
  });
}
