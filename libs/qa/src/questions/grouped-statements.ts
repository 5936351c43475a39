/** Runs a group of items in one statement; one outcome an item, in the order given. */
export type RunGroup<Item, Outcome> = (items: Item[]) => Promise<Outcome[]>;

interface Waiting<Item, Outcome> {
  item: Item;
  resolve: (outcome: Outcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Items (votes) sent as groups, one group in flight at a time: an item arriving while a group's
 * statement is in flight waits and goes with the others that arrived meanwhile in the next one,
 * so a busy room costs a statement a round trip, not one a vote (issue 17), and an item on its own
 * goes at once. Groups go in arrival order. A group whose statement fails is run again one item
 * at a time, so an item's failure is its own and never fails its neighbours.
 */
export class GroupedStatements<Item, Outcome> {
  private readonly waiting: Array<Waiting<Item, Outcome>> = [];
  private sending = false;

  constructor(
    private readonly run: RunGroup<Item, Outcome>,
    private readonly largest = 200,
  ) {}

  /** The item's outcome, once the group it went in has run. */
  submit(item: Item): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.sending) void this.send();
    });
  }

  private async send(): Promise<void> {
    this.sending = true;
    while (this.waiting.length) {
      const group = this.waiting.splice(0, this.largest);
      try {
        settle(group, await this.outcomes(group));
      } catch (error) {
        if (group.length === 1) group[0].reject(error);
        else for (const one of group) await this.alone(one);
      }
    }
    this.sending = false;
  }

  private async alone(one: Waiting<Item, Outcome>): Promise<void> {
    try {
      settle([one], await this.outcomes([one]));
    } catch (error) {
      one.reject(error);
    }
  }

  private async outcomes(group: Array<Waiting<Item, Outcome>>): Promise<Outcome[]> {
    const outcomes = await this.run(group.map((waiting) => waiting.item));
    // A statement that answered for other items than it was given must not answer anyone.
    if (outcomes.length !== group.length) throw new Error(`A group of ${group.length} got ${outcomes.length} outcomes`);
    return outcomes;
  }
}

function settle<Item, Outcome>(group: Array<Waiting<Item, Outcome>>, outcomes: Outcome[]): void {
  group.forEach((waiting, index) => waiting.resolve(outcomes[index]));
}
