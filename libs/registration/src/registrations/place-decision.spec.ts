import { decidePlace, freePlaces, offerStillFits, PlaceCounts, placesToGive } from './place-decision';
import { RegistrationStatus } from './registration.entity';

const open = { requiresApproval: false, confirmAddressFirst: false };

/** Decides `arrivals` registrations one after another, as the counters' lock orders them. */
function decideInTurn(counts: PlaceCounts, arrivals: number) {
  const state = { ...counts };
  return Array.from({ length: arrivals }, () => {
    const decision = decidePlace(state, open);
    if (decision.status === RegistrationStatus.Confirmed) state.taken += 1;
    if (decision.status === RegistrationStatus.Waitlisted) state.waiting += 1;
    return decision;
  });
}

describe('The place decision', () => {
  it('confirms while a public place is free, then puts each newcomer at the back of the waiting list', () => {
    const decisions = decideInTurn({ places: 3, taken: 1, waiting: 0 }, 5);
    expect(decisions.map((decision) => decision.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted', 'waitlisted']);
    expect(decisions.map((decision) => decision.position)).toEqual([null, null, 1, 2, 3]);
  });

  it('never confirms more than the places, whatever the number of arrivals', () => {
    const decisions = decideInTurn({ places: 300, taken: 0, waiting: 0 }, 2000);
    expect(decisions.filter((decision) => decision.status === RegistrationStatus.Confirmed)).toHaveLength(300);
    expect(decisions.slice(300).map((decision) => decision.position)).toEqual(Array.from({ length: 1700 }, (_, index) => index + 1));
  });

  it('joins the waiting list behind those already in it when the event is full', () => {
    expect(decidePlace({ places: 2, taken: 2, waiting: 7 }, open)).toEqual({ status: RegistrationStatus.Waitlisted, position: 8 });
  });

  it('confirms everyone at an event without a limit', () => {
    expect(decidePlace({ places: null, taken: 5000, waiting: 0 }, open).status).toBe(RegistrationStatus.Confirmed);
  });

  it('holds nothing for an address still to be confirmed, and leaves approval to the organiser', () => {
    expect(decidePlace({ places: 10, taken: 0, waiting: 0 }, { requiresApproval: true, confirmAddressFirst: true })).toEqual({ status: RegistrationStatus.Unconfirmed, position: null });
    expect(decidePlace({ places: 10, taken: 0, waiting: 0 }, { requiresApproval: true, confirmAddressFirst: false })).toEqual({ status: RegistrationStatus.Pending, position: null });
  });

  it('counts a capacity lowered below the places taken as no free place', () => {
    expect(freePlaces({ places: 4, taken: 6, waiting: 0 })).toBe(0);
    expect(decidePlace({ places: 4, taken: 6, waiting: 0 }, open).status).toBe(RegistrationStatus.Waitlisted);
  });
});

describe('Places given from the waiting list, and offers', () => {
  it('gives one place per free place to the first in line, no more than are waiting', () => {
    expect(placesToGive({ places: 10, taken: 7, waiting: 5 }, false)).toBe(3);
    expect(placesToGive({ places: 10, taken: 7, waiting: 2 }, false)).toBe(2);
    expect(placesToGive({ places: 10, taken: 10, waiting: 2 }, false)).toBe(0);
  });

  it('counts an open offer as a place taken: a newcomer waits while it is open, and it is not offered twice', () => {
    // 10 places: 9 confirmed and 1 offered to the first in line.
    const withOffer = { places: 10, taken: 10, waiting: 3 };
    expect(decidePlace(withOffer, open)).toEqual({ status: RegistrationStatus.Waitlisted, position: 4 });
    expect(placesToGive(withOffer, false)).toBe(0);
  });

  it('moves everyone in line when the limit is lifted, unless each registration awaits approval', () => {
    expect(placesToGive({ places: null, taken: 10, waiting: 4 }, false)).toBe(4);
    expect(placesToGive({ places: null, taken: 10, waiting: 4 }, true)).toBe(0);
  });

  it('lets an offer be accepted unless the capacity was lowered below the places confirmed meanwhile', () => {
    expect(offerStillFits(10, 9)).toBe(true);
    expect(offerStillFits(8, 9)).toBe(false);
    expect(offerStillFits(null, 9)).toBe(true);
  });
});
