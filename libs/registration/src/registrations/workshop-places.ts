import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RegistrationRepository } from './registration.repository';
import { WorkshopChoiceStatus } from './workshop-choice.entity';

/** A seat in a workshop given to someone from its line: they are mailed, with the workshop's invite. */
export interface SeatGiven {
  registrationId: string;
  sessionId: string;
}

/**
 * Seats in workshops, for registrations that hold a place at the event. Each workshop has its
 * own line, in the order its choices were made: a freed seat goes to the first in that line,
 * and someone confirmed later (promoted, approved) joins each line where their choice puts
 * them, not at its back. Called with the event's place counters locked (every registration
 * takes that lock), so seats are decided one at a time.
 */
@Injectable()
export class WorkshopPlaces {
  constructor(private readonly registrations: RegistrationRepository) {}

  /** Gives a newly confirmed registration a seat in each workshop it chose where nobody before it waits; queues it elsewhere. */
  async allocate(tx: EntityManager, registrationId: string): Promise<void> {
    for (const choice of await this.registrations.choicesOf(tx, registrationId)) {
      if (choice.status !== WorkshopChoiceStatus.Requested) continue;
      const capacity = await this.registrations.workshopCapacity(tx, choice.sessionId);
      const seated = capacity === null ? 0 : await this.registrations.confirmedInWorkshop(tx, choice.sessionId);
      const ahead = capacity === null ? 0 : await this.registrations.waitingAhead(tx, choice.sessionId, choice.queueSeq);
      const seat = capacity === null || seated + ahead < capacity;
      await this.registrations.setChoiceStatus(tx, registrationId, choice.sessionId, seat ? WorkshopChoiceStatus.Confirmed : WorkshopChoiceStatus.Waitlisted);
    }
  }

  /** Gives up the registration's seats and places in lines (kept as requested, for registering again); returns the workshops that freed a seat. */
  async release(tx: EntityManager, registrationId: string): Promise<string[]> {
    const freed: string[] = [];
    for (const choice of await this.registrations.choicesOf(tx, registrationId)) {
      if (choice.status === WorkshopChoiceStatus.Confirmed) freed.push(choice.sessionId);
      await this.registrations.setChoiceStatus(tx, registrationId, choice.sessionId, WorkshopChoiceStatus.Requested);
    }
    return freed;
  }

  /** Fills the workshop's free seats from its own line, first come first served; returns who got one. */
  async fill(tx: EntityManager, sessionId: string): Promise<SeatGiven[]> {
    const capacity = await this.registrations.workshopCapacity(tx, sessionId);
    if (capacity === null) return [];
    const free = capacity - (await this.registrations.confirmedInWorkshop(tx, sessionId));
    if (free <= 0) return [];
    const given: SeatGiven[] = [];
    for (const next of await this.registrations.nextInWorkshop(tx, sessionId, free)) {
      await this.registrations.setChoiceStatus(tx, next.registrationId, sessionId, WorkshopChoiceStatus.Confirmed);
      given.push({ registrationId: next.registrationId, sessionId });
    }
    return given;
  }

  /**
   * Changes the workshops chosen to `wanted`: choices kept keep their place; new ones join the
   * back of their lines (seated at once if the registration is confirmed and a seat is free);
   * dropped seats go to the first in line. Returns the seats given and the workshops dropped.
   */
  async change(tx: EntityManager, registrationId: string, wanted: string[], confirmed: boolean): Promise<{ given: SeatGiven[]; dropped: string[]; added: string[] }> {
    const current = await this.registrations.choicesOf(tx, registrationId);
    const dropped = current.filter((choice) => !wanted.includes(choice.sessionId));
    const added = wanted.filter((sessionId) => !current.some((choice) => choice.sessionId === sessionId));
    await this.registrations.dropChoices(tx, registrationId, dropped.map((choice) => choice.sessionId));
    await this.registrations.addChoices(tx, registrationId, added);
    if (confirmed) await this.allocate(tx, registrationId);
    const given: SeatGiven[] = [];
    for (const choice of dropped) {
      if (choice.status === WorkshopChoiceStatus.Confirmed) given.push(...(await this.fill(tx, choice.sessionId)));
    }
    return { given, dropped: dropped.filter((choice) => choice.status === WorkshopChoiceStatus.Confirmed).map((choice) => choice.sessionId), added };
  }
}
