import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig, hashLinkSecret, newLinkSecret } from '@convene/core';
import { EventNotFound, EventRepository, EventStatus } from '@convene/events';
import { DataSource, EntityManager } from 'typeorm';
import { CheckInCodeView, CheckInResultView, WalkInDto } from '../dto/check-in.dto';
import { RegistrationView } from '../dto/registration.dto';
import { CheckInCodeOfAnotherEvent, EventFull, RegistrationClosed, UnknownCheckInCode } from '../registration.errors';
import { DelegateCategory, Registration, RegistrationStatus } from '../registrations/registration.entity';
import { RegistrationRepository } from '../registrations/registration.repository';
import { RegistrationAccess, RegistrationService } from '../registrations/registration.service';
import { checkInCodeFor, hashCheckInCode, normaliseCheckInCode } from './check-in-code';

/** The door: checking people in by the code in their mail, and adding walk-ins. */
@Injectable()
export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationRepository,
    private readonly registrationService: RegistrationService,
    private readonly events: EventRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Which of these people are in the room: checked in on a confirmed registration of theirs,
   * by person or by address (a walk-in typed at the door is found by their address). For the
   * quorum and ballots of a meeting; `tx` reads inside the caller's transaction.
   */
  checkedInAmong(eventId: string, people: Array<{ personId: string; email: string | null }>, tx?: EntityManager): Promise<Set<string>> {
    return this.registrations.checkedInAmong(eventId, people, tx);
  }

  /**
   * The code of a confirmed place, for its holder's private page (shown with its QR code), the
   * same as in the mail; none while no place is confirmed, as the door would refuse it then.
   */
  async codeOf(id: string, access: RegistrationAccess): Promise<CheckInCodeView> {
    const registration = await this.registrationService.get(id, access);
    return { code: registration.status === RegistrationStatus.Confirmed ? checkInCodeFor(this.config.sessionSecret, registration.id) : null };
  }

  /** Checks in the confirmed registration the code belongs to; doing it twice changes nothing. */
  async checkInByCode(eventId: string, typed: string): Promise<CheckInResultView> {
    const code = normaliseCheckInCode(typed);
    if (!code) throw new UnknownCheckInCode();
    const registration = await this.registrations.findByCheckInCode(hashCheckInCode(code));
    if (!registration) throw new UnknownCheckInCode();
    if (registration.eventId !== eventId) throw new CheckInCodeOfAnotherEvent();
    if (registration.status !== RegistrationStatus.Confirmed) {
      throw new RegistrationClosed(`${registration.name} has no confirmed place (their registration is ${registration.status}), so they cannot be checked in: add them as a walk-in to let them in`);
    }
    // One conditional update: two scans at once check in once, and the first time is kept.
    const first = await this.registrations.markCheckedIn(registration.id);
    return { alreadyCheckedIn: !first, registration: await this.registrationService.view((await this.registrations.findById(registration.id)) as Registration) };
  }

  /**
   * Someone at the door who did not register: confirmed and checked in at once. They take a
   * public place; when the event is full they are refused unless the organiser says
   * `overCapacity` (the only way the room holds more than its capacity). An address already
   * registered for the event is that registration, checked in (and confirmed if it was not).
   */
  async addWalkIn(eventId: string, input: WalkInDto): Promise<RegistrationView> {
    const id = await this.dataSource.transaction(async (tx) => {
      const event = await this.events.lockById(tx, eventId);
      if (!event) throw new EventNotFound();
      // The place counters' lock, as every place decision takes it: the count below stays true until commit.
      await this.registrations.lockPlaces(tx, eventId);
      if (event.status !== EventStatus.Published) throw new RegistrationClosed('Walk-ins can be added once the event is published: publish it first');
      const existing = input.email ? await this.registrations.findByEventAndEmail(tx, event.id, input.email) : null;
      if (existing?.status === RegistrationStatus.Confirmed) {
        await this.registrations.update(tx, existing.id, { checkedInAt: existing.checkedInAt ?? new Date() });
        return existing.id;
      }
      if (!input.overCapacity && event.capacity !== null && (await this.registrations.confirmedPublicPlaces(tx, event.id)) >= event.capacity - event.reservedPlaces) {
        throw new EventFull('Every place is taken. To admit the walk-in anyway, the organiser must choose to go over capacity (overCapacity: true)');
      }
      const registrationId = existing?.id ?? randomUUID();
      const fields: Partial<Registration> = {
        name: input.name,
        email: input.email ?? null,
        organisationName: input.organisationName ?? null,
        organisationKey: input.organisationName ? input.organisationName.toLowerCase() : null,
        category: input.category ?? DelegateCategory.Delegate,
        walkIn: true,
        checkedInAt: new Date(),
        checkInCodeHash: hashCheckInCode(checkInCodeFor(this.config.sessionSecret, registrationId)),
      };
      if (existing) {
        await this.registrations.update(tx, existing.id, fields);
        await this.registrations.setStatus(tx, existing.id, RegistrationStatus.Confirmed);
      } else {
        // Nobody holds this link: the walk-in manages nothing by mail.
        await this.registrations.insert(tx, { ...fields, id: registrationId, eventId: event.id, status: RegistrationStatus.Confirmed, manageTokenHash: hashLinkSecret(newLinkSecret()) });
      }
      return registrationId;
    });
    return this.registrationService.view((await this.registrations.findById(id)) as Registration);
  }
}
