import { formatMoment, formatSpreadsheetTime, zoneLabel, type Language } from '@convene/i18n';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig, commitWithoutWaitingForDisk, waitUntilDurable, toCsv, derivedLinkSecret, hashLinkSecret, newLinkSecret } from '@convene/core';
import {
  AgendaService, EventNotFound, describeWhen, EventRepository, EventStatus, EventVisibility, NetworkEvent, SessionKind, WaitingListMode,
} from '@convene/events';
import { MailOutbox } from '@convene/notifications';
import { AccessEnds } from '@convene/identity';
import { DataSource, EntityManager } from 'typeorm';
import { CreateRegistrationDto, RegistrationView } from '../dto/registration.dto';
import { InvitationService } from '../invitations/invitation.service';
import {
  ConfirmationLapsed, EventFull, MembersOnly, OfferNotOpen, OrganisationLimitReached, RegistrationClosed, RegistrationNotFound, RegistrationNotPending, UnknownWorkshop,
  EventOver, WorkshopsOverlap,
} from '../registration.errors';
import { RegistrationLimits } from '../limits/registration-limits';
import { firstClash } from './time-slots';
import { SeatGiven, WorkshopPlaces } from './workshop-places';
import { checkInCodeFor, hashCheckInCode } from '../check-in/check-in-code';
import { categoryLabel } from './category-label';
import { RegistrationMailKind, registrationMailData } from './registration-mail';
import { DelegateCategory, Registration, RegistrationStatus } from './registration.entity';
import { RegisteredWorkshop, RegistrationRepository } from './registration.repository';
import { WorkshopChoiceStatus } from './workshop-choice.entity';
import { UpdateRegistrationDto } from '../dto/registration.dto';

const STATUS_LABEL: Record<string, string> = {
  [RegistrationStatus.Confirmed]: 'Confirmed',
  [RegistrationStatus.Waitlisted]: 'Waiting list',
  [RegistrationStatus.Pending]: 'Awaiting approval',
  [RegistrationStatus.Offered]: 'Offered a place',
  [RegistrationStatus.Declined]: 'Declined',
  [RegistrationStatus.Cancelled]: 'Cancelled',
  [RegistrationStatus.Unconfirmed]: 'Address not confirmed',
};

/** A registration's workshops in one spreadsheet cell: "Co-design lab (Room 2); Community energy: waiting list". */
const workshopsCell = (workshops: RegisteredWorkshop[]) =>
  workshops
    .map((w) => (w.status === WorkshopChoiceStatus.Confirmed ? (w.room ? `${w.title} (${w.room})` : w.title) : `${w.title}: ${w.status === WorkshopChoiceStatus.Waitlisted ? 'waiting list' : 'requested'}`))
    .join('; ');

/** Who is asking, as far as registration rules care. */
export interface Registrant {
  personId: string;
  email: string | null;
  organisationId: string | null;
  isMember: boolean;
  /** Network admin or organiser, or an organiser of this event. */
  canManage: boolean;
}

export interface RegisterResult {
  registration: RegistrationView;
  /** False when the same email was already registered: the existing registration is returned. */
  created: boolean;
}

/** Who may act on a registration: the holder of its private (or offer) link, or an organiser of its event. */
export interface RegistrationAccess {
  token?: string;
  canManage?: (eventId: string) => Promise<boolean>;
}

/** The mails that confirm a place carry the check-in code. */
const CONFIRMING: ReadonlySet<RegistrationMailKind> = new Set(['registration-confirmed', 'registration-promoted', 'registration-approved']);

/** Mails about a place given up or refused: no workshops to list. */
const WITHOUT_WORKSHOPS: ReadonlySet<RegistrationMailKind> = new Set(['registration-cancelled', 'registration-declined', 'registration-offer-expired', 'apologies-received']);

/** The workshops of a registration as a mail lists them, one line each. */
function describeChoices(choices: { title: string; status: WorkshopChoiceStatus; position: number | null }[]): string[] {
  return choices.map((choice) => {
    if (choice.status === WorkshopChoiceStatus.Confirmed) return `${choice.title}: place confirmed`;
    if (choice.status === WorkshopChoiceStatus.Waitlisted) return `${choice.title}: waiting list, position ${choice.position}`;
    return `${choice.title}: chosen (a seat is given once your place is confirmed)`;
  });
}

/** A registrations row as register_place returns it (to_jsonb: column names). */
interface PlaceRow {
  id: string;
  event_id: string;
  name: string;
  email: string;
  organisation_name: string | null;
  job_title: string | null;
  category: DelegateCategory;
  status: RegistrationStatus;
  show_on_attendee_list: boolean;
  language: Language;
  created_at: string;
}

interface PendingMail {
  kind: RegistrationMailKind;
  registration: Registration;
  link: string | null;
  extra?: Record<string, unknown>;
}

/**
 * Registrations, the waiting list and workshop places. Every decision about places is taken
 * with the event's row locked, so concurrent requests are decided one at a time: never more
 * confirmed than capacity, and the waiting list keeps arrival order.
 */
@Injectable()
export class RegistrationService {
  private readonly recentEvents = new Map<string, { event: NetworkEvent; at: number }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationRepository,
    private readonly events: EventRepository,
    private readonly agenda: AgendaService,
    private readonly invitations: InvitationService,
    private readonly mailOutbox: MailOutbox,
    private readonly workshops: WorkshopPlaces,
    private readonly limits: RegistrationLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accessEnds: AccessEnds,
  ) {}

  /**
   * Registers `input` for the event. `client` is the caller's address, for the limits (organisers
   * of the event are not limited). An address already holding a place gets its private link by
   * mail, and the caller (unless it is that person signed in, or an organiser) the answer a new
   * address would get: nobody learns from this form who is registered.
   */
  async register(eventId: string, input: CreateRegistrationDto, registrant: Registrant | null, client: string | null = null): Promise<RegisterResult> {
    if (client && !registrant?.canManage) await this.limits.consume(eventId, client);
    const mails: PendingMail[] = [];
    const notices: Array<string | null> = [];
    // Outside the transaction: nothing inside it may wait for a second pool connection.
    const workshopIds = await this.validWorkshops(eventId, input.workshopIds ?? []);
    const maySeeExisting = Boolean(registrant?.canManage) || (registrant !== null && registrant.email === input.email);
    let answerAsNew: RegistrationView | null = null;
    const organisationKey = registrant?.organisationId ?? (input.organisationName ? input.organisationName.toLowerCase() : null);
    if (!workshopIds.length && !input.invitationToken) {
      const decided = await this.registerInOneStatement(eventId, input, registrant, organisationKey);
      if (decided) return decided;
    }
    const { registration, created } = await this.dataSource.transaction(async (tx) => {
      // The critical section: as few statements as possible run while the event is locked,
      // and the commit does not hold the lock while the disk catches up (see below).
      await commitWithoutWaitingForDisk(tx);
      const event = await this.lockedEvent(tx, eventId);
      assertOpen(event);
      const state = await this.registrations.placeState(tx, event.id, input.email, organisationKey);
      const existing = state.existing;
      // An unconfirmed registration holds nothing: whoever registers the address next rewrites it,
      // and only the address's owner can confirm it.
      const holding = existing && !NOT_HOLDING.has(existing.status);
      if (holding && maySeeExisting) return { registration: existing, created: false };
      // Checked before anything about the address is used: known and unknown addresses are refused alike.
      await this.assertMayRegister(tx, event, input, registrant);
      if (event.perOrganisationLimit && organisationKey && state.organisationHeld >= event.perOrganisationLimit) {
        throw new OrganisationLimitReached(event.perOrganisationLimit);
      }
      const hasPlace = event.capacity === null || state.confirmed < event.capacity - event.reservedPlaces;
      const confirmBy = this.mustConfirmAddress(event, input, registrant) ? new Date(Date.now() + event.confirmationHours * 3_600_000) : null;
      const status = confirmBy
        ? RegistrationStatus.Unconfirmed
        : event.requiresApproval
          ? RegistrationStatus.Pending
          : hasPlace
            ? RegistrationStatus.Confirmed
            : RegistrationStatus.Waitlisted;
      if (holding) {
        // Someone typed an address that is registered: its holder is mailed their private link,
        // and the caller sees what a new registration would have given, with none of the holder's data.
        mails.push({ kind: 'registration-reminder', registration: existing, link: this.privateLinkOf(existing.id) });
        await this.recordMails(tx, event, mails);
        answerAsNew = await this.asIfNew(tx, event.id, input, status, state.waitlisted + 1, workshopIds, confirmBy);
        return { registration: existing, created: true };
      }

      // The id is chosen here so the check-in code (an HMAC of it) and the private link are fixed with the insert.
      const id = existing?.id ?? randomUUID();
      const secret = this.privateLinkSecret(id);
      const fields: Partial<Registration> = {
        eventId: event.id,
        personId: registrant?.personId ?? null,
        email: input.email,
        name: input.name,
        organisationId: registrant?.organisationId ?? null,
        organisationName: input.organisationName ?? null,
        organisationKey,
        jobTitle: input.jobTitle ?? null,
        category: input.category ?? DelegateCategory.Delegate,
        dietaryNeeds: input.dietaryNeeds ?? null,
        accessNeeds: input.accessNeeds ?? null,
        showOnAttendeeList: input.showOnAttendeeList ?? false,
        language: input.language ?? 'en',
        manageTokenHash: hashLinkSecret(secret),
        checkInCodeHash: hashCheckInCode(checkInCodeFor(this.config.sessionSecret, id)),
        checkedInAt: null,
        confirmBy,
      };
      let registration: Registration;
      if (existing) {
        // Registering again after cancelling: the same row, at the back of the line (and of each workshop's).
        await this.registrations.update(tx, existing.id, fields);
        await this.registrations.setStatus(tx, existing.id, status);
        await this.registrations.dropAllChoices(tx, existing.id);
        registration = existing;
      } else {
        registration = await this.registrations.insert(tx, { ...fields, id, status });
      }
      if (workshopIds.length) {
        await this.registrations.addChoices(tx, registration.id, workshopIds);
        if (status === RegistrationStatus.Confirmed) await this.workshops.allocate(tx, registration.id);
      }
      if (input.invitationToken) await this.invitations.markUsed(tx, event.id, input.invitationToken);

      const fresh = existing ? ((await this.registrations.findByEventAndEmail(tx, event.id, input.email)) as Registration) : registration;
      if (status === RegistrationStatus.Confirmed) notices.push(...(await this.noticeFilling(tx, event, state.confirmed + 1)));
      // A newcomer to the waiting list is last in it.
      const position = status === RegistrationStatus.Waitlisted ? state.waitlisted + 1 : null;
      const language = input.language ?? 'en';
      // In the registrant's language: "18:06, 3 December 2026 (UK time)".
      const extra = confirmBy ? { expiresAt: `${formatMoment(confirmBy, event.timeZone, language)} (${zoneLabel(event.timeZone, language)})` } : { position };
      mails.push({ kind: mailConfirming(status), registration: fresh, link: this.manageLink(fresh.id, secret), extra });
      await this.recordMails(tx, event, mails);
      return { registration: fresh, created: true };
    });
    // Nothing is answered, and no mail queued, before the registration is on disk.
    await waitUntilDurable(this.dataSource);
    // Not awaited: the answer does not wait on the queue (a round trip there cost more than
    // the registration itself). The mail is committed; if this add is lost, the relay queues it.
    void this.dispatch(mails);
    void this.mailOutbox.dispatch(notices);
    if (answerAsNew) return { registration: answerAsNew, created: true };
    return { registration: await this.view(registration), created };
  }

  /** The answer a new registration of `input` would get now (for an address already registered). */
  private async asIfNew(
    tx: EntityManager,
    eventId: string,
    input: CreateRegistrationDto,
    status: RegistrationStatus,
    position: number,
    workshopIds: string[],
    confirmBy: Date | null,
  ): Promise<RegistrationView> {
    const sessions: { id: string; title: string; capacity: number | null; seated: number; waiting: number }[] = workshopIds.length
      ? await tx.query(
          `SELECT s.id, s.title, s.capacity,
                  (SELECT count(*)::int FROM workshop_choices c WHERE c.session_id = s.id AND c.status = 'confirmed') AS seated,
                  (SELECT count(*)::int FROM workshop_choices c WHERE c.session_id = s.id AND c.status = 'waitlisted') AS waiting
             FROM agenda_sessions s WHERE s.id = ANY($1::uuid[]) ORDER BY s.starts_at, s.title`,
          [workshopIds],
        )
      : [];
    const workshops = sessions.map((session) => {
      const seat = session.capacity === null || session.seated + session.waiting < session.capacity;
      const choice =
        status !== RegistrationStatus.Confirmed ? WorkshopChoiceStatus.Requested : seat ? WorkshopChoiceStatus.Confirmed : WorkshopChoiceStatus.Waitlisted;
      return { sessionId: session.id, title: session.title, status: choice, waitlistPosition: choice === WorkshopChoiceStatus.Waitlisted ? session.waiting + 1 : null };
    });
    return {
      id: randomUUID(),
      eventId,
      name: input.name,
      email: input.email,
      organisationName: input.organisationName ?? null,
      jobTitle: input.jobTitle ?? null,
      category: input.category ?? DelegateCategory.Delegate,
      status,
      waitlistPosition: status === RegistrationStatus.Waitlisted ? position : null,
      showOnAttendeeList: input.showOnAttendeeList ?? false,
      dietaryNeeds: input.dietaryNeeds ?? null,
      accessNeeds: input.accessNeeds ?? null,
      language: input.language ?? 'en',
      checkedInAt: null,
      walkIn: false,
      offerExpiresAt: null,
      confirmBy,
      workshops,
      createdAt: new Date(),
    };
  }

  /**
   * The common case (a new address, no workshops, no invitation) decided by one server-side
   * statement, register_place (see its migration): the event's lock is held for one statement
   * rather than several round trips. Null when the case is not that simple: the caller decides it.
   */
  private async registerInOneStatement(
    eventId: string,
    input: CreateRegistrationDto,
    registrant: Registrant | null,
    organisationKey: string | null,
  ): Promise<RegisterResult | null> {
    const event = await this.recentEvent(eventId);
    // register_place also checks confirmAddressFirst under the lock (this copy may be a second old).
    if (event.visibility === EventVisibility.Invitation || event.confirmAddressFirst) return null;
    // Whether the caller may register for a members-only event; the statement checks the event's
    // visibility as it is under the lock. Someone refused may still hold a registration (made by
    // an organiser): the full path answers them.
    const member = await this.mayRegister({ ...event, visibility: EventVisibility.Members }, input, registrant);
    const id = randomUUID();
    const secret = this.privateLinkSecret(id);
    const checkInCode = checkInCodeFor(this.config.sessionSecret, id);
    const fields = {
      personId: registrant?.personId ?? null,
      email: input.email,
      name: input.name,
      organisationId: registrant?.organisationId ?? null,
      organisationName: input.organisationName ?? null,
      organisationKey,
      jobTitle: input.jobTitle ?? null,
      category: input.category ?? DelegateCategory.Delegate,
      dietaryNeeds: input.dietaryNeeds ?? null,
      accessNeeds: input.accessNeeds ?? null,
      showOnAttendeeList: input.showOnAttendeeList ?? false,
      language: input.language ?? 'en',
      manageTokenHash: hashLinkSecret(secret),
      checkInCodeHash: hashCheckInCode(checkInCode),
    };
    const language = input.language ?? 'en';
    const when = describeWhen(event);
    const mail = registrationMailData(event, { id, name: input.name, language } as Registration, this.manageLink(id, secret));
    const [{ result }]: { result: { outcome: string; limit?: number; outboxIds?: string[]; position?: number | null; registration?: PlaceRow } }[] = await this.dataSource.query(
      'SELECT register_place($1, $2, $3, $4, $5, $6, $7) AS result',
      [eventId, id, JSON.stringify(fields), JSON.stringify(mail), checkInCode, when, member],
    );
    switch (result.outcome) {
      case 'registered':
        break;
      case 'fallback':
        return null;
      case 'no_event':
        throw new EventNotFound();
      case 'organisation_limit':
        throw new OrganisationLimitReached(result.limit as number);
      default:
        throw new RegistrationClosed(CLOSED[result.outcome] ?? 'Registration is closed');
    }
    // Nothing is answered, and no mail queued, before the registration is on disk.
    await waitUntilDurable(this.dataSource);
    void this.mailOutbox.dispatch(result.outboxIds ?? []);
    // The row as inserted is the answer: no workshops, and the position is the one decided.
    const row = result.registration as PlaceRow;
    return {
      registration: {
        id: row.id,
        eventId: row.event_id,
        name: row.name,
        email: row.email,
        organisationName: row.organisation_name,
        jobTitle: row.job_title,
        category: row.category,
        status: row.status,
        waitlistPosition: result.position ?? null,
        showOnAttendeeList: row.show_on_attendee_list,
        dietaryNeeds: input.dietaryNeeds ?? null,
        accessNeeds: input.accessNeeds ?? null,
        language: row.language,
        checkedInAt: null,
        walkIn: false,
        offerExpiresAt: null,
        confirmBy: null,
        workshops: [],
        createdAt: new Date(row.created_at),
      },
      created: true,
    };
  }

  /**
   * The event for a registration's mail (title, times, venue), read at most once a second per
   * event under a burst. Every rule is checked by register_place on the locked row, so a stale
   * copy can only date a mail's wording by a second.
   */
  private async recentEvent(eventId: string): Promise<NetworkEvent> {
    const cached = this.recentEvents.get(eventId);
    if (cached && Date.now() - cached.at < 1_000) return cached.event;
    const event = await this.events.findById(eventId);
    if (!event) throw new EventNotFound();
    if (this.recentEvents.size > 1_000) this.recentEvents.clear();
    this.recentEvents.set(eventId, { event, at: Date.now() });
    return event;
  }

  /** The registration, for its organiser or for whoever holds its private link. */
  async get(id: string, access: RegistrationAccess): Promise<RegistrationView> {
    return this.view(await this.authorised(id, access));
  }

  /** Cancels a place; the first in line (and in each freed workshop) takes it at once. */
  async cancel(id: string, access: RegistrationAccess): Promise<RegistrationView> {
    const current = await this.authorised(id, access);
    await this.underEventLock(current.eventId, async (tx, event, mails) => {
      await refuseOnceOver(event, access);
      const registration = (await this.registrations.findById(current.id, tx)) as Registration;
      if (registration.status === RegistrationStatus.Cancelled) return;
      await this.giveUpPlace(tx, event, registration, mails);
      mails.push({ kind: 'registration-cancelled', registration, link: null });
    });
    // A members-only or invitation event's live rooms are for those with a place: theirs is gone.
    await this.accessEnds.ended({ kind: 'event', eventId: current.eventId, personId: current.personId, email: current.email });
    return this.view((await this.registrations.findById(id)) as Registration);
  }

  /**
   * Gives the registration's place back: its workshop seats go first to those in each workshop's
   * own line, then the event's free place to the first in the event's line (who joins the
   * workshops' lines where their choices put them).
   */
  private async giveUpPlace(tx: EntityManager, event: NetworkEvent, registration: Registration, mails: PendingMail[]): Promise<void> {
    await this.registrations.setStatus(tx, registration.id, RegistrationStatus.Cancelled);
    const freed = await this.workshops.release(tx, registration.id);
    for (const sessionId of freed) await this.mailSeats(tx, await this.workshops.fill(tx, sessionId), mails);
    await this.fillFreePlaces(tx, event, mails);
  }

  /** Each seat given from a workshop's line is mailed to its holder, with the workshop's invite. */
  private async mailSeats(tx: EntityManager, seats: SeatGiven[], mails: PendingMail[]): Promise<void> {
    for (const seat of seats) {
      const holder = (await this.registrations.findById(seat.registrationId, tx)) as Registration;
      const [session]: { title: string }[] = await tx.query('SELECT title FROM agenda_sessions WHERE id = $1', [seat.sessionId]);
      mails.push({ kind: 'workshop-place-given', registration: holder, link: null, extra: { sessionId: seat.sessionId, sessionTitle: session?.title ?? '' } });
    }
  }

  /**
   * The delegate changes what they told us: needs, job title, the attendee-list choice and their
   * workshops, until registration closes. Workshops kept keep their seat or place in line; new
   * ones join the back of their line; a seat given up goes to the first in that workshop's line.
   */
  async change(id: string, input: UpdateRegistrationDto, access: RegistrationAccess): Promise<RegistrationView> {
    const current = await this.authorised(id, access);
    const workshopIds = input.workshopIds === undefined ? undefined : await this.validWorkshops(current.eventId, input.workshopIds);
    await this.underEventLock(current.eventId, async (tx, event, mails) => {
      assertChangesOpen(event);
      const registration = (await this.registrations.findById(id, tx)) as Registration;
      if (registration.status === RegistrationStatus.Cancelled || registration.status === RegistrationStatus.Declined) {
        throw new RegistrationClosed('This registration is cancelled: register again to come');
      }
      const fields: Partial<Registration> = {};
      if (input.jobTitle !== undefined) fields.jobTitle = input.jobTitle || null;
      if (input.dietaryNeeds !== undefined) fields.dietaryNeeds = input.dietaryNeeds?.trim() || null;
      if (input.accessNeeds !== undefined) fields.accessNeeds = input.accessNeeds?.trim() || null;
      if (input.showOnAttendeeList !== undefined) fields.showOnAttendeeList = input.showOnAttendeeList;
      if (Object.keys(fields).length) await this.registrations.update(tx, id, fields);
      if (!workshopIds) return;
      const changed = await this.workshops.change(tx, id, workshopIds, registration.status === RegistrationStatus.Confirmed);
      await this.mailSeats(tx, changed.given, mails);
      if (changed.added.length || changed.dropped.length || (await this.registrations.choicesOf(tx, id)).length !== workshopIds.length) {
        mails.push({ kind: 'registration-changed', registration, link: null, extra: { droppedSessionIds: changed.dropped } });
      }
    });
    return this.view((await this.registrations.findById(id)) as Registration);
  }

  /**
   * Apologies from the holder of the registration: a place held is given back (the waiting list
   * moves), and the apologies are acknowledged by mail. Returns the registration as it is now.
   */
  async sendApologies(id: string, access: RegistrationAccess, record: (tx: EntityManager, registration: Registration) => Promise<void>): Promise<RegistrationView> {
    const current = await this.authorised(id, access);
    await this.underEventLock(current.eventId, async (tx, event, mails) => {
      await refuseOnceOver(event, access, 'This meeting has taken place: apologies can no longer be sent');
      const registration = (await this.registrations.findById(id, tx)) as Registration;
      if (registration.status !== RegistrationStatus.Cancelled && registration.status !== RegistrationStatus.Declined) {
        await this.giveUpPlace(tx, event, registration, mails);
      }
      await record(tx, registration);
      mails.push({ kind: 'apologies-received', registration, link: null, extra: { gaveUpPlace: registration.status !== RegistrationStatus.Cancelled } });
    });
    // A members-only or invitation event's live rooms are for those with a place: theirs is gone.
    await this.accessEnds.ended({ kind: 'event', eventId: current.eventId, personId: current.personId, email: current.email });
    return this.view((await this.registrations.findById(id)) as Registration);
  }

  /** After the organiser raised the capacity (or freed reserved places): promote as many as fit. */
  async promoteWhileRoom(eventId: string): Promise<number> {
    const mails = await this.underEventLock(eventId, (tx, event, mails) => this.fillFreePlaces(tx, event, mails));
    return mails.length;
  }

  async decide(id: string, approve: boolean): Promise<RegistrationView> {
    const current = await this.registrations.findById(id);
    if (!current) throw new RegistrationNotFound();
    await this.underEventLock(current.eventId, async (tx, event, mails) => {
      const registration = (await this.registrations.findById(current.id, tx)) as Registration;
      if (registration.status !== RegistrationStatus.Pending) throw new RegistrationNotPending();
      if (!approve) {
        await this.registrations.setStatus(tx, id, RegistrationStatus.Declined);
        mails.push({ kind: 'registration-declined', registration, link: null });
      } else if (await this.hasFreePlace(tx, event)) {
        await this.registrations.setStatus(tx, id, RegistrationStatus.Confirmed);
        await this.workshops.allocate(tx, id);
        mails.push({ kind: 'registration-approved', registration, link: null });
      } else {
        await this.registrations.setStatus(tx, id, RegistrationStatus.Waitlisted);
        mails.push({ kind: 'registration-waitlisted', registration, link: null });
      }
    });
    return this.view((await this.registrations.findById(id)) as Registration);
  }

  /** The first in line accepts the place offered to them: it is confirmed (the place was held for them). */
  async acceptOffer(id: string, access: RegistrationAccess): Promise<RegistrationView> {
    const current = await this.authorised(id, access);
    await this.underEventLock(current.eventId, async (tx, event, mails) => {
      const registration = (await this.registrations.findById(id, tx)) as Registration;
      if (registration.status === RegistrationStatus.Confirmed) return;
      assertOfferOpen(registration);
      // The place was held for this offer; the check holds even if the capacity was lowered meanwhile.
      if (event.capacity !== null && (await this.registrations.confirmedOnlyPublicPlaces(tx, event.id)) >= event.capacity - event.reservedPlaces) {
        throw new EventFull('The event is full: the capacity was lowered after the offer was made');
      }
      await this.registrations.setStatus(tx, id, RegistrationStatus.Confirmed);
      await this.workshops.allocate(tx, id);
      mails.push({ kind: 'registration-promoted', registration, link: null });
    });
    return this.view((await this.registrations.findById(id)) as Registration);
  }

  /**
   * The registrant confirms their address through the mailed link: only now does the registration
   * take a place, or join the waiting list (or await approval) if the event filled meanwhile.
   * A second click changes nothing; after confirmBy the registration has lapsed (410).
   */
  async confirmAddress(id: string, access: RegistrationAccess): Promise<RegistrationView> {
    const current = await this.authorised(id, access);
    const notices: Array<string | null> = [];
    await this.underEventLock(current.eventId, async (tx, event, mails) => {
      const registration = (await this.registrations.findById(id, tx)) as Registration;
      if (registration.status === RegistrationStatus.Cancelled && registration.confirmBy) throw new ConfirmationLapsed();
      if (registration.status !== RegistrationStatus.Unconfirmed) return;
      if (!registration.confirmBy || registration.confirmBy <= new Date()) throw new ConfirmationLapsed();
      assertOpen(event);
      const state = await this.registrations.placeState(tx, event.id, registration.email ?? '', registration.organisationKey);
      if (event.perOrganisationLimit && registration.organisationKey && state.organisationHeld >= event.perOrganisationLimit) {
        throw new OrganisationLimitReached(event.perOrganisationLimit);
      }
      const hasPlace = event.capacity === null || state.confirmed < event.capacity - event.reservedPlaces;
      const status = event.requiresApproval ? RegistrationStatus.Pending : hasPlace ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
      // Joining the waiting list now puts them at its end: the line is in order of confirmation.
      await this.registrations.setStatus(tx, id, status);
      await this.registrations.update(tx, id, { confirmBy: null });
      if (status === RegistrationStatus.Confirmed) {
        await this.workshops.allocate(tx, id);
        notices.push(...(await this.noticeFilling(tx, event, state.confirmed + 1)));
      }
      mails.push({ kind: mailConfirming(status), registration, link: null });
    });
    void this.mailOutbox.dispatch(notices);
    return this.view((await this.registrations.findById(id)) as Registration);
  }

  /** Unconfirmed registrations whose time is up count for nothing from now (the worker calls this). */
  lapseUnconfirmed(): Promise<number> {
    return this.registrations.lapseUnconfirmed();
  }

  /** The first in line turns the offered place down: they leave the line and the next is offered it. */
  async declineOffer(id: string, access: RegistrationAccess): Promise<RegistrationView> {
    const current = await this.authorised(id, access);
    await this.underEventLock(current.eventId, async (tx, event, mails) => {
      const registration = (await this.registrations.findById(id, tx)) as Registration;
      if (registration.status === RegistrationStatus.Cancelled) return;
      assertOfferOpen(registration);
      await this.registrations.setStatus(tx, id, RegistrationStatus.Cancelled);
      await this.workshops.release(tx, id);
      mails.push({ kind: 'registration-cancelled', registration, link: null });
      await this.fillFreePlaces(tx, event, mails);
    });
    return this.view((await this.registrations.findById(id)) as Registration);
  }

  /**
   * Passes on every offer whose time is up (the worker calls this periodically): the holder
   * leaves the line and the next in line is offered the place. Each event is decided under its
   * lock and the expiry re-read there, so two workers sweeping at once pass an offer on once.
   */
  async passOnExpiredOffers(): Promise<number> {
    let passed = 0;
    for (const eventId of await this.registrations.eventsWithExpiredOffers()) {
      await this.underEventLock(eventId, async (tx, event, mails) => {
        for (const registration of await this.registrations.expiredOffers(tx, eventId)) {
          await this.registrations.setStatus(tx, registration.id, RegistrationStatus.Cancelled);
          await this.workshops.release(tx, registration.id);
          mails.push({ kind: 'registration-offer-expired', registration, link: null });
          passed += 1;
        }
        await this.fillFreePlaces(tx, event, mails);
      });
    }
    return passed;
  }

  async checkIn(id: string): Promise<RegistrationView> {
    const registration = await this.registrations.findById(id);
    if (!registration) throw new RegistrationNotFound();
    if (registration.status !== RegistrationStatus.Confirmed) {
      throw new RegistrationClosed('Only a confirmed registration can be checked in');
    }
    if (!registration.checkedInAt) await this.registrations.update(this.dataSource.manager, id, { checkedInAt: new Date() });
    return this.view((await this.registrations.findById(id)) as Registration);
  }

  async eventIdOf(id: string): Promise<string> {
    const registration = await this.registrations.findById(id);
    if (!registration) throw new RegistrationNotFound();
    return registration.eventId;
  }

  async listOfEvent(eventId: string, q: string | undefined, limit: number, offset: number) {
    const [rows, total] = await this.registrations.listOfEvent(eventId, q, limit, offset);
    return { items: await Promise.all(rows.map((row) => this.view(row))), total, limit, offset, counts: await this.registrations.countsByStatus(eventId) };
  }

  /** Needs are for the day itself: erased a set time after the event (NEEDS_RETENTION_DAYS). */
  eraseExpiredNeeds(): Promise<number> {
    return this.registrations.eraseNeedsOfEventsEndedBefore(this.config.needsRetentionDays);
  }

  /**
   * Every registration of the event, for the organisers' spreadsheet (needs included): labels as
   * people read them, times in the event's zone as a spreadsheet reads them ("2027-02-11 09:42").
   */
  async exportCsv(eventId: string): Promise<string> {
    const event = await this.events.findById(eventId);
    if (!event) throw new EventNotFound();
    const [rows, workshops] = await Promise.all([this.registrations.allOfEvent(eventId), this.registrations.workshopsOfEvent(eventId)]);
    const local = (at: Date | null) => (at ? formatSpreadsheetTime(at, event.timeZone) : null);
    return toCsv(
      ['Name', 'Email', 'Organisation', 'Job title', 'Category', 'Status', 'Workshops', 'Dietary needs', 'Access needs', `Checked in (${event.timeZone})`, `Registered (${event.timeZone})`],
      rows.map((r) => [
        r.name, r.email, r.organisationName, r.jobTitle, categoryLabel(r.category, 'en'), STATUS_LABEL[r.status] ?? r.status,
        workshopsCell(workshops.filter((workshop) => workshop.registrationId === r.id)), r.dietaryNeeds, r.accessNeeds, local(r.checkedInAt), local(r.createdAt),
      ]),
    );
  }

  placesTakenByEvent(eventIds: string[]): Promise<Map<string, number>> {
    return this.registrations.placesTakenByEvent(eventIds);
  }

  placesTakenInWorkshops(sessionIds: string[]): Promise<Map<string, number>> {
    return this.registrations.placesTakenInWorkshops(sessionIds);
  }

  // The rules

  /**
   * One change decided under the event's lock: `change` lists the mails it causes, which are
   * recorded in the same transaction and queued after commit. Returns those mails.
   */
  private async underEventLock(eventId: string, change: (tx: EntityManager, event: NetworkEvent, mails: PendingMail[]) => Promise<void>): Promise<PendingMail[]> {
    const mails: PendingMail[] = [];
    await this.dataSource.transaction(async (tx) => {
      const event = await this.lockedEvent(tx, eventId);
      await change(tx, event, mails);
      await this.recordMails(tx, event, mails);
    });
    await this.dispatch(mails);
    return mails;
  }

  private async lockedEvent(tx: EntityManager, eventId: string): Promise<NetworkEvent> {
    const event = await this.events.lockById(tx, eventId);
    if (!event) throw new EventNotFound();
    return event;
  }

  private async hasFreePlace(tx: EntityManager, event: NetworkEvent): Promise<boolean> {
    if (event.capacity === null) return true;
    return (await this.registrations.confirmedPublicPlaces(tx, event.id)) < event.capacity - event.reservedPlaces;
  }

  /**
   * Whether this registration waits for its address to be confirmed before it holds anything:
   * on events that ask for it, unless the address is already proven (the person signed in with it,
   * or an invitation was mailed to it) or an organiser registers someone.
   */
  private mustConfirmAddress(event: NetworkEvent, input: CreateRegistrationDto, registrant: Registrant | null): boolean {
    if (!event.confirmAddressFirst || registrant?.canManage) return false;
    if (registrant && registrant.email === input.email) return false;
    return event.visibility !== EventVisibility.Invitation;
  }

  private async mayRegister(event: NetworkEvent, input: CreateRegistrationDto, registrant: Registrant | null): Promise<boolean> {
    try {
      await this.assertMayRegister(this.dataSource.manager, event, input, registrant);
      return true;
    } catch {
      return false;
    }
  }

  private async assertMayRegister(tx: EntityManager, event: NetworkEvent, input: CreateRegistrationDto, registrant: Registrant | null): Promise<void> {
    if (registrant?.canManage) return;
    if (event.visibility === EventVisibility.Members) {
      if (!registrant?.isMember) throw new MembersOnly();
      if (registrant.email !== input.email) throw new MembersOnly();
    }
    if (event.visibility === EventVisibility.Invitation) {
      await this.invitations.assertValid(tx, event.id, input.invitationToken, input.email);
    }
  }

  /** The chosen workshops, each of this event and none at the same time as another (409 otherwise). */
  private async validWorkshops(eventId: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const workshops = new Map(
      (await this.agenda.ofEvent(eventId)).filter((session) => session.kind === SessionKind.Workshop).map((session) => [session.id, session]),
    );
    if (ids.some((id) => !workshops.has(id))) throw new UnknownWorkshop();
    const unique = [...new Set(ids)];
    const clash = firstClash(unique.map((id) => workshops.get(id) as NonNullable<ReturnType<typeof workshops.get>>));
    if (clash) throw new WorkshopsOverlap(clash[0].title, clash[1].title);
    return unique;
  }

  /**
   * Gives each free place to the first in line, mailing each: at once (promote mode), or as
   * an offer that holds the place for the event's offer hours (offer mode).
   */
  private async fillFreePlaces(tx: EntityManager, event: NetworkEvent, mails: PendingMail[]): Promise<void> {
    if (event.requiresApproval && event.capacity === null) return;
    const free = event.capacity === null ? 1000 : event.capacity - event.reservedPlaces - (await this.registrations.confirmedPublicPlaces(tx, event.id));
    if (free <= 0) return;
    for (const next of await this.registrations.nextInLine(tx, event.id, free)) {
      if (event.waitingListMode === WaitingListMode.Offer) {
        const secret = newLinkSecret();
        const expiresAt = new Date(Date.now() + event.offerHours * 3_600_000);
        await this.registrations.offer(tx, next.id, hashLinkSecret(secret), expiresAt);
        mails.push({ kind: 'registration-offered', registration: next, link: this.manageLink(next.id, secret), extra: { expiresAt: describeInstant(expiresAt, event.timeZone) } });
        continue;
      }
      await this.registrations.setStatus(tx, next.id, RegistrationStatus.Confirmed);
      await this.workshops.allocate(tx, next.id);
      mails.push({ kind: 'registration-promoted', registration: next, link: null });
    }
  }

  private async authorised(id: string, access: RegistrationAccess): Promise<Registration> {
    const registration = await this.registrations.findById(id);
    if (!registration) throw new RegistrationNotFound();
    if (access.token) {
      const hash = hashLinkSecret(access.token);
      // The derived secret also opens registrations made before links were derived (their first link keeps working too).
      if (hash === registration.manageTokenHash || hash === registration.offerTokenHash || hash === hashLinkSecret(this.privateLinkSecret(registration.id))) {
        return registration;
      }
    }
    if (access.canManage && (await access.canManage(registration.eventId))) return registration;
    // The same answer as a missing one: a guessed id tells nothing.
    throw new RegistrationNotFound();
  }

  /**
   * Tells the event's organisers, once each, when the public places reach 80% and 100%:
   * the dedupe key per threshold makes "once" hold whatever the concurrency.
   */
  private async noticeFilling(tx: EntityManager, event: NetworkEvent, confirmed: number): Promise<Array<string | null>> {
    if (event.capacity === null) return [];
    const places = event.capacity - event.reservedPlaces;
    const crossed = [80, 100].filter((percent) => confirmed === Math.ceil((places * percent) / 100));
    if (!crossed.length) return [];
    const ids: Array<string | null> = [];
    const organisers: { email: string; name: string }[] = await tx.query(
      `SELECT p.email, p.name FROM event_organisers o JOIN people p ON p.id = o.person_id WHERE o.event_id = $1 AND p.email IS NOT NULL`,
      [event.id],
    );
    for (const percent of crossed) {
      for (const organiser of organisers) {
        const id = await this.mailOutbox.record(tx, {
          kind: 'event-filling',
          recipient: organiser.email,
          templateData: { name: organiser.name, eventTitle: event.title, when: describeWhen(event), venue: null, link: null, percent, confirmed, places },
          dedupeKey: `event-filling:${event.id}:${percent}:${organiser.email}`,
        });
        ids.push(id);
      }
    }
    return ids;
  }

  /** The secret of a registration's private link: derived, so every mail about it can carry the same link. */
  private privateLinkSecret(id: string): string {
    return derivedLinkSecret(this.config.sessionSecret, 'registration', id);
  }

  /** The registration's private link (to see, change or cancel it), as every mail about it carries. */
  privateLinkOf(id: string): string {
    return this.manageLink(id, this.privateLinkSecret(id));
  }

  private manageLink(id: string, secret: string): string {
    return `${this.config.publicUrl}/registrations/${id}?token=${encodeURIComponent(secret)}`;
  }

  private async recordMails(tx: EntityManager, event: NetworkEvent, mails: PendingMail[]): Promise<void> {
    for (const mail of mails) {
      // A walk-in may have given no address: nothing to send.
      if (!mail.registration.email) continue;
      const checkInCode = CONFIRMING.has(mail.kind) ? checkInCodeFor(this.config.sessionSecret, mail.registration.id) : undefined;
      // The code mailed is the one that checks in (the insert stored it for a new registration;
      // rows older than codes, or a changed SESSION_SECRET, get it now).
      if (checkInCode && mail.kind !== 'registration-confirmed') await this.registrations.setCheckInCode(tx, mail.registration.id, hashCheckInCode(checkInCode));
      const position =
        mail.extra?.position !== undefined ? mail.extra.position : mail.kind === 'registration-waitlisted' ? await this.positionIn(tx, mail.registration.id) : null;
      const workshops = WITHOUT_WORKSHOPS.has(mail.kind) ? undefined : describeChoices(await this.registrations.choicesWithTitles(mail.registration.id, tx));
      const id = await this.mailOutbox.record(tx, {
        kind: mail.kind,
        recipient: mail.registration.email,
        // Every mail about a registration carries its private link (an offer carries the offer's).
        templateData: registrationMailData(event, mail.registration, mail.link ?? this.privateLinkOf(mail.registration.id), {
          ...mail.extra,
          position,
          checkInCode,
          workshops,
        }),
        // Each is recorded in the same transaction as the change it reports, so it exists once
        // exactly when the change does; a retried request finds the registration and records none.
        dedupeKey: `${mail.kind}:${mail.registration.id}:${randomUUID()}`,
      });
      (mail as PendingMail & { outboxId?: string | null }).outboxId = id;
    }
  }

  private async positionIn(tx: EntityManager, registrationId: string): Promise<number> {
    const rows: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM registrations w, registrations r
        WHERE r.id = $1 AND w.event_id = r.event_id AND w.status = 'waitlisted' AND w.queue_seq <= r.queue_seq`,
      [registrationId],
    );
    return rows[0].n;
  }

  private async dispatch(mails: PendingMail[]): Promise<void> {
    await this.mailOutbox.dispatch(mails.map((mail) => (mail as PendingMail & { outboxId?: string | null }).outboxId));
  }

  /** The registration as the API shows it. */
  async view(registration: Registration): Promise<RegistrationView> {
    const [waitlistPosition, choices] = await Promise.all([
      registration.status === RegistrationStatus.Waitlisted ? this.registrations.waitlistPosition(registration) : Promise.resolve(null),
      this.registrations.choicesWithTitles(registration.id),
    ]);
    return {
      id: registration.id,
      eventId: registration.eventId,
      name: registration.name,
      email: registration.email,
      organisationName: registration.organisationName,
      jobTitle: registration.jobTitle,
      category: registration.category,
      status: registration.status,
      waitlistPosition,
      showOnAttendeeList: registration.showOnAttendeeList,
      dietaryNeeds: registration.dietaryNeeds,
      accessNeeds: registration.accessNeeds,
      language: registration.language,
      checkedInAt: registration.checkedInAt,
      walkIn: registration.walkIn,
      offerExpiresAt: registration.status === RegistrationStatus.Offered ? registration.offerExpiresAt : null,
      confirmBy: registration.status === RegistrationStatus.Unconfirmed ? registration.confirmBy : null,
      workshops: choices.map((choice) => ({ sessionId: choice.sessionId, title: choice.title, status: choice.status, waitlistPosition: choice.position })),
      createdAt: registration.createdAt,
    };
  }
}

/** Statuses that hold neither a place nor a place in line. */
const NOT_HOLDING: ReadonlySet<RegistrationStatus> = new Set([RegistrationStatus.Cancelled, RegistrationStatus.Declined, RegistrationStatus.Unconfirmed]);

/** The mail a registration gets on reaching this status by registering (or confirming its address). */
function mailConfirming(status: RegistrationStatus): RegistrationMailKind {
  switch (status) {
    case RegistrationStatus.Confirmed:
      return 'registration-confirmed';
    case RegistrationStatus.Pending:
      return 'registration-pending';
    case RegistrationStatus.Unconfirmed:
      return 'registration-confirm-address';
    default:
      return 'registration-waitlisted';
  }
}

/** Why registration is closed, by the reason register_place gives. */
const CLOSED: Record<string, string> = {
  draft: 'Registration is not open: the event is not published yet',
  cancelled: 'The event is cancelled',
  not_open: 'Registration has not opened yet',
  closed: 'Registration has closed',
  over: 'The event is over',
};

function assertOpen(event: NetworkEvent): void {
  if (event.status === EventStatus.Draft) throw new RegistrationClosed(CLOSED.draft);
  if (event.status === EventStatus.Cancelled) throw new RegistrationClosed(CLOSED.cancelled);
  const now = new Date();
  if (event.registrationOpensAt && now < event.registrationOpensAt) throw new RegistrationClosed(CLOSED.not_open);
  if (event.registrationClosesAt && now > event.registrationClosesAt) throw new RegistrationClosed(CLOSED.closed);
  if (now > event.endsAt) throw new RegistrationClosed(CLOSED.over);
}

/** A registration can be changed while registration is open (and the event neither over nor cancelled). */
function assertChangesOpen(event: NetworkEvent): void {
  if (event.status === EventStatus.Cancelled) throw new RegistrationClosed(CLOSED.cancelled);
  const now = new Date();
  if (event.registrationClosesAt && now > event.registrationClosesAt) throw new RegistrationClosed('Registration has closed: changes are no longer possible here; write to the organisers');
  if (now > event.endsAt) throw new RegistrationClosed(CLOSED.over);
}

function assertOfferOpen(registration: Registration): void {
  if (registration.status !== RegistrationStatus.Offered) throw new OfferNotOpen('There is no open offer of a place for this registration');
  if (registration.offerExpiresAt && registration.offerExpiresAt <= new Date()) {
    throw new OfferNotOpen('The offer has expired: the place passes to the next in line');
  }
}

/** An instant as people at the event read it ("Saturday 13 February 2027 at 10:00 GMT"). */
function describeInstant(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(instant).replace(',', '') + ` (${timeZone})`;
}

/**
 * Once the meeting has ended a delegate can no longer give up a place or send apologies; its
 * organisers still can (apologies that arrive late belong in the minutes).
 */
async function refuseOnceOver(event: NetworkEvent, access: RegistrationAccess, message?: string): Promise<void> {
  if (event.endsAt.getTime() > Date.now()) return;
  if (access.canManage && (await access.canManage(event.id))) return;
  throw new EventOver(message);
}
