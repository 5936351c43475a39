import { formatMoment, zoneLabel, type Language } from '@convene/i18n';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig, DomainError, derivedLinkSecret, hashLinkSecret, newLinkSecret } from '@convene/core';
import {
  AgendaReads, AgendaService, EventNotFound, sessionInLanguage, describeWhen, EventRepository, EventStatus, EventVisibility, NetworkEvent, SessionKind, WaitingListMode,
} from '@convene/events';
import { MailOutbox, NewMail, type WorkshopLine } from '@convene/notifications';
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
import { registrationsSpreadsheet } from './registrations-spreadsheet';
import { RegistrationMailKind, registrationMailData } from './registration-mail';
import { DelegateCategory, Registration, RegistrationStatus } from './registration.entity';
import { NewRegistration, RegistrationRepository } from './registration.repository';
import { decidePlace, freePlaces, offerStillFits, PlaceCounts, placesToGive } from './place-decision';
import { DecisionGroups, Outcome } from './decision-groups';
import { fillingNoticeKey, fillingNoticePlan, highestThresholdCrossed } from './filling-notice';
import { WorkshopChoiceStatus } from './workshop-choice.entity';
import { UpdateRegistrationDto } from '../dto/registration.dto';

/** Who is asking, as far as registration rules care. (What they may do on the event is this service's to find.) */
export interface Registrant {
  personId: string;
  email: string | null;
  organisationId: string | null;
  isMember: boolean;
}

/** The registrant with their rights on this event. */
interface Asker extends Registrant {
  /** Network admin or organiser, or an organiser of this event: not limited, and may register anyone. */
  canManage: boolean;
}

export interface RegisterResult {
  registration: RegistrationView;
  /** False when the same email was already registered: the existing registration is returned. */
  created: boolean;
}

/**
 * Who asks to act on a registration: maybe holding its private (or offer) link, maybe signed in
 * (its holder may, and an organiser of its event).
 */
export interface RegistrationAccess {
  token?: string;
  personId: string | null;
  /**
   * The signed-in person's address (proved by signing in): a registration made with it is theirs,
   * as its mails and private link go there. Not the account that filled in the form: anyone
   * signed in may register another person's address, and must not then read what they add to it.
   */
  email?: string | null;
}

/** The mails that confirm a place carry the check-in code. */
const CONFIRMING: ReadonlySet<RegistrationMailKind> = new Set(['registration-confirmed', 'registration-promoted', 'registration-approved']);

/** Mails about a place given up or refused: no workshops to list. */
const WITHOUT_WORKSHOPS: ReadonlySet<RegistrationMailKind> = new Set(['registration-cancelled', 'registration-declined', 'registration-offer-expired', 'apologies-received']);

/** The workshops of a registration as a mail lists them, one line each. */
function describeChoices(choices: { title: string; titleCy?: string | null; status: WorkshopChoiceStatus; position: number | null }[]): WorkshopLine[] {
  return choices.map(({ title, titleCy, status, position }) => ({ title, titleCy: titleCy ?? null, status, position }));
}

/** A registration waiting for its group's decision (see decideNewcomers). */
interface Newcomer {
  input: CreateRegistrationDto;
  registrant: Asker | null;
  workshopIds: string[];
  /** The caller may see the address's existing registration (that person signed in, or an organiser). */
  maySeeExisting: boolean;
  organisationKey: string | null;
}

/** What a newcomer got: filled in when its group is written. */
interface Decided {
  registration?: Registration;
  created: boolean;
  /** The answer without reading it back, when known. */
  view?: RegistrationView;
  /** For an address already registered: what a new registration would have got. */
  answerAsNew?: RegistrationView;
}

/** A group being decided: the event, its counts as decided so far, and what is left to write. */
interface NewcomerGroup {
  event: NetworkEvent;
  counts: PlaceCounts;
  existing: Map<string, Registration | null>;
  organisationHeld: Map<string, number>;
  unwritten: Array<{ fields: NewRegistration; position: number | null; mail: Omit<PendingMail, 'registration'>; decided: Decided }>;
  outboxIds: string[];
}

/** Statuses that hold a place or a place in line (what the per-organisation limit counts). */
const HOLDING_PLACE: ReadonlySet<RegistrationStatus> = new Set([RegistrationStatus.Confirmed, RegistrationStatus.Pending, RegistrationStatus.Waitlisted, RegistrationStatus.Offered]);

/** Registrations decided in one group at most: a group's transaction stays short. */
const LARGEST_GROUP = 200;

function outboxIdsOf(mails: PendingMail[]): string[] {
  return mails.flatMap((mail) => {
    const id = (mail as PendingMail & { outboxId?: string | null }).outboxId;
    return id ? [id] : [];
  });
}

/** The domain error `check` throws, or null. */
function refusalOf(check: () => void): DomainError | null {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

interface PendingMail {
  kind: RegistrationMailKind;
  registration: Registration;
  link: string | null;
  extra?: Record<string, unknown>;
  /** The workshops as the mail lists them, when already known (else read in the transaction). */
  workshops?: WorkshopLine[];
}

/**
 * Registrations, the waiting list and workshop places. Every decision about places is taken
 * by decidePlace (place-decision.ts) with the event's place counters locked (event_places, a
 * narrow row the triggers keep), so concurrent requests are decided one at a time, in the
 * order they take the lock: never more confirmed than capacity, and the waiting list keeps that
 * order. Why this holds, and why it is fast: docs/registration-capacity.md.
 */
@Injectable()
export class RegistrationService {
  /** Registrations arriving together for one event are decided together (see decideNewcomers). */
  private readonly newcomers = new DecisionGroups<Newcomer, Decided>((eventId, requests) => this.decideNewcomers(eventId, requests), LARGEST_GROUP);

  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationRepository,
    private readonly events: EventRepository,
    private readonly agenda: AgendaService,
    private readonly agendaReads: AgendaReads,
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
  async register(eventId: string, input: CreateRegistrationDto, signedIn: Registrant | null, client: string | null = null): Promise<RegisterResult> {
    const registrant: Asker | null = signedIn && { ...signedIn, canManage: await this.events.isOrganiser(eventId, signedIn.personId) };
    if (client && !registrant?.canManage) await this.limits.consume(eventId, client);
    // Outside the transaction: nothing inside it may wait for a second pool connection.
    const workshopIds = await this.validWorkshops(eventId, input.workshopIds ?? []);
    const decided = await this.newcomers.submit(eventId, {
      input,
      registrant,
      workshopIds,
      maySeeExisting: Boolean(registrant?.canManage) || (registrant !== null && registrant.email === input.email),
      organisationKey: registrant?.organisationId ?? (input.organisationName ? input.organisationName.toLowerCase() : null),
    });
    if (decided.answerAsNew) return { registration: decided.answerAsNew, created: true };
    return { registration: decided.view ?? (await this.view(decided.registration as Registration)), created: decided.created };
  }

  /**
   * Decides a group of registrations for one event in one transaction, in arrival order, with
   * the event's place counters locked once for all of them (DecisionGroups forms the groups).
   * Each is decided by decidePlace on counts the earlier ones left; the common case (a new
   * address, no workshops, no invitation) is written with the rest of its group, rows and mails,
   * in one statement. Four statements in all for a group of new addresses: each is a round trip,
   * dearer than the work it carries (docs/registration-capacity.md). A refusal (closed,
   * organisation limit, not invited) refuses that registration only.
   */
  private async decideNewcomers(eventId: string, requests: Newcomer[]): Promise<Array<Outcome<Decided>>> {
    const outboxIds: string[] = [];
    const outcomes = await this.dataSource.transaction(async (tx) => {
      outboxIds.length = 0;
      // The event is read by the statement that takes the lock (as if just before it).
      const locked = await this.registrations.lockPlacesReadingEvent(tx, eventId);
      const closed = !locked ? new EventNotFound() : refusalOf(() => assertOpen(locked.event));
      if (!locked || closed) return requests.map((): Outcome<Decided> => ({ ok: false, error: closed }));
      const { event, counts } = locked;
      const emails = requests.map((request) => request.input.email);
      if (allCommonCase(event, requests)) {
        // Decided as new addresses, and written only if none is registered (checked by the writing statement).
        const group: NewcomerGroup = { event, counts: { ...counts }, existing: new Map(), organisationHeld: new Map(), unwritten: [], outboxIds };
        const results = await this.decideEach(tx, group, requests);
        if (await this.writeUnwritten(tx, group, true)) return this.noticed(tx, group, counts.taken, results);
        // Some address is registered: nothing was written; decided again below, knowing it.
        outboxIds.length = 0;
      }
      const limit = event.perOrganisationLimit;
      const held = await this.registrations.heldBy(tx, event.id, emails, limit ? requests.flatMap((request) => (request.organisationKey ? [request.organisationKey] : [])) : []);
      const group: NewcomerGroup = { event, counts: { ...counts }, existing: held.existing, organisationHeld: held.organisationHeld, unwritten: [], outboxIds };
      const results = await this.decideEach(tx, group, requests);
      await this.writeUnwritten(tx, group);
      return this.noticed(tx, group, counts.taken, results);
    });
    // Not awaited: the answer does not wait on the queue. The mail is committed; if this add is
    // lost, the relay queues it.
    void this.mailOutbox.dispatch(outboxIds);
    return outcomes;
  }

  /** Each newcomer decided in arrival order on the counts those before it left; a refusal refuses that one only. */
  private async decideEach(tx: EntityManager, group: NewcomerGroup, requests: Newcomer[]): Promise<Array<Outcome<Decided>>> {
    const results: Array<Outcome<Decided>> = [];
    for (const request of requests) {
      try {
        results.push({ ok: true, value: await this.decideNewcomer(tx, group, request) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ ok: false, error });
      }
    }
    return results;
  }

  /** The group's results, once its filling notice (if it crossed a threshold) is recorded. */
  private async noticed(tx: EntityManager, group: NewcomerGroup, takenBefore: number, results: Array<Outcome<Decided>>): Promise<Array<Outcome<Decided>>> {
    group.outboxIds.push(...(await this.noticeFilling(tx, group.event, takenBefore, group.counts.taken)));
    return results;
  }

  private async decideNewcomer(tx: EntityManager, group: NewcomerGroup, request: Newcomer): Promise<Decided> {
    const { event, counts } = group;
    const { input, registrant, workshopIds, organisationKey } = request;
    if (group.unwritten.some((pending) => pending.fields.email === input.email)) {
      // The same address twice in one group: the first is written, the second meets it as anyone would.
      await this.writeUnwritten(tx, group);
      group.existing.set(input.email, await this.registrations.findByEventAndEmail(tx, event.id, input.email));
    }
    const existing = group.existing.get(input.email) ?? null;
    // An unconfirmed registration holds nothing: whoever registers the address next rewrites it,
    // and only the address's owner can confirm it.
    const holding = existing && !NOT_HOLDING.has(existing.status);
    if (holding && request.maySeeExisting) return { registration: existing, created: false };
    // Checked before anything about the address is used: known and unknown addresses are refused alike.
    await this.assertMayRegister(tx, event, input, registrant);
    const limit = event.perOrganisationLimit;
    const organisationHeld = organisationKey ? (group.organisationHeld.get(organisationKey) ?? 0) : 0;
    if (limit && organisationKey && organisationHeld >= limit) throw new OrganisationLimitReached(limit);
    const confirmBy = this.mustConfirmAddress(event, input, registrant) ? new Date(Date.now() + event.confirmationHours * 3_600_000) : null;
    const { status, position } = decidePlace(counts, { requiresApproval: event.requiresApproval, confirmAddressFirst: confirmBy !== null });
    if (holding) {
      // Someone typed an address that is registered: its holder is mailed their private link,
      // and the caller sees what a new registration would have given, with none of the holder's data.
      const reminder: PendingMail[] = [{ kind: 'registration-reminder', registration: existing, link: this.privateLinkOf(existing.id) }];
      await this.recordMails(tx, event, reminder);
      group.outboxIds.push(...outboxIdsOf(reminder));
      const answerAsNew = await this.asIfNew(tx, event.id, input, status, counts.waiting + 1, workshopIds, confirmBy);
      return { registration: existing, created: true, answerAsNew };
    }
    if (status === RegistrationStatus.Confirmed) counts.taken += 1;
    if (status === RegistrationStatus.Waitlisted) counts.waiting += 1;
    if (organisationKey && HOLDING_PLACE.has(status)) group.organisationHeld.set(organisationKey, organisationHeld + 1);

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
    const language = input.language ?? 'en';
    // In the registrant's language: "18:06, 3 December 2026 (UK time)".
    const extra = confirmBy ? { expiresAt: `${formatMoment(confirmBy, event.timeZone, language)} (${zoneLabel(event.timeZone, language)})` } : { position };
    if (!existing && !workshopIds.length && !input.invitationToken) {
      // The common case: written with the rest of the group (see writeUnwritten).
      const decided: Decided = { created: true };
      group.unwritten.push({ fields: { ...(fields as Omit<NewRegistration, 'id' | 'status'>), id, status }, position, mail: { kind: mailConfirming(status), link: this.manageLink(id, secret), extra }, decided });
      return decided;
    }
    // Those decided before it are written first: the waiting list's order is the order of writing.
    await this.writeUnwritten(tx, group);
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
    const mails: PendingMail[] = [{ kind: mailConfirming(status), registration: fresh, link: this.manageLink(fresh.id, secret), extra }];
    await this.recordMails(tx, event, mails);
    group.outboxIds.push(...outboxIdsOf(mails));
    group.existing.set(input.email, fresh);
    return { registration: fresh, created: true };
  }

  /**
   * Writes the group's common-case registrations decided so far, and their mails, in one
   * statement. With `unlessRegistered` (decided as new addresses without reading them), nothing
   * is written if any of their addresses is registered already: false then.
   */
  private async writeUnwritten(tx: EntityManager, group: NewcomerGroup, unlessRegistered = false): Promise<boolean> {
    const unwritten = group.unwritten;
    if (!unwritten.length) return true;
    // The rows as they will be written: their mails need nothing the insert fills in.
    const rows = unwritten.map((pending) => Object.assign(new Registration(), pending.fields));
    const mails: NewMail[] = [];
    for (const [index, pending] of unwritten.entries()) {
      const mail = await this.mailToRecord(tx, group.event, { ...pending.mail, registration: rows[index], workshops: [] });
      if (mail) mails.push(mail);
    }
    const written = await this.registrations.insertManyWithMails(
      tx,
      unwritten.map((pending) => pending.fields),
      this.mailOutbox.recordedInStatement(mails),
      unlessRegistered,
    );
    if (!written) return false;
    group.unwritten = [];
    unwritten.forEach((pending, index) => {
      const registration = written.registrations[index];
      pending.decided.registration = registration;
      // A new registration without workshops: its answer needs nothing read back.
      pending.decided.view = this.viewOf(registration, pending.position, []);
      group.existing.set(registration.email as string, registration);
    });
    group.outboxIds.push(...written.outboxIds);
    return true;
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
    const workshops = (await this.registrations.workshopsWithLines(tx, workshopIds)).map(({ session, seated, waiting }) => {
      const seat = session.capacity === null || seated + waiting < session.capacity;
      const choice =
        status !== RegistrationStatus.Confirmed ? WorkshopChoiceStatus.Requested : seat ? WorkshopChoiceStatus.Confirmed : WorkshopChoiceStatus.Waitlisted;
      return { sessionId: session.id, title: session.title, status: choice, waitlistPosition: choice === WorkshopChoiceStatus.Waitlisted ? waiting + 1 : null };
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

  /** The registration, for its holder (signed in, or by its private link) or its organiser. */
  async get(id: string, access: RegistrationAccess): Promise<RegistrationView> {
    return this.view(await this.authorised(id, access));
  }

  /** Cancels a place; the first in line (and in each freed workshop) takes it at once. */
  async cancel(id: string, access: RegistrationAccess): Promise<RegistrationView> {
    const current = await this.authorised(id, access);
    await this.underEventLock(current.eventId, async (tx, event, mails) => {
      await this.refuseOnceOver(event, access);
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
      const [session] = await this.agendaReads.sessionsByIds([seat.sessionId], tx);
      const sessionTitle = session ? sessionInLanguage(session, holder.language).title : '';
      mails.push({ kind: 'workshop-place-given', registration: holder, link: null, extra: { sessionId: seat.sessionId, sessionTitle } });
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
      await this.refuseOnceOver(event, access, 'This meeting has taken place: apologies can no longer be sent');
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
      const { places } = await this.registrations.placeCounts(tx, event.id);
      if (!offerStillFits(places, await this.registrations.confirmedOnlyPublicPlaces(tx, event.id))) {
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
    const notices: string[] = [];
    await this.underEventLock(current.eventId, async (tx, event, mails) => {
      const registration = (await this.registrations.findById(id, tx)) as Registration;
      if (registration.status === RegistrationStatus.Cancelled && registration.confirmBy) throw new ConfirmationLapsed();
      if (registration.status !== RegistrationStatus.Unconfirmed) return;
      if (!registration.confirmBy || registration.confirmBy <= new Date()) throw new ConfirmationLapsed();
      assertOpen(event);
      const state = await this.registrations.lockPlaces(tx, event.id, null, event.perOrganisationLimit ? registration.organisationKey : null);
      if (event.perOrganisationLimit && registration.organisationKey && state.organisationHeld >= event.perOrganisationLimit) {
        throw new OrganisationLimitReached(event.perOrganisationLimit);
      }
      // The same decision as registering; joining the waiting list now puts them at its end: the line is in order of confirmation.
      const { status } = decidePlace(state.counts, { requiresApproval: event.requiresApproval, confirmAddressFirst: false });
      await this.registrations.setStatus(tx, id, status);
      await this.registrations.update(tx, id, { confirmBy: null });
      if (status === RegistrationStatus.Confirmed) {
        await this.workshops.allocate(tx, id);
        notices.push(...(await this.noticeFilling(tx, event, state.counts.taken, state.counts.taken + 1)));
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

  /** Every registration of the event, for the organisers' spreadsheet, in their language. */
  async exportCsv(eventId: string, language: Language = 'en'): Promise<string> {
    const event = await this.events.findById(eventId);
    if (!event) throw new EventNotFound();
    const [rows, workshops] = await Promise.all([this.registrations.allOfEvent(eventId), this.registrations.workshopsOfEvent(eventId)]);
    return registrationsSpreadsheet(event, rows, workshops, language);
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

  /**
   * Locks the event (its settings change one at a time) and then its place counters, the lock
   * every place decision takes (registering takes only the counters'): always in this order.
   */
  private async lockedEvent(tx: EntityManager, eventId: string): Promise<NetworkEvent> {
    const event = await this.events.lockById(tx, eventId);
    if (!event) throw new EventNotFound();
    await this.registrations.lockPlaces(tx, eventId);
    return event;
  }

  private async hasFreePlace(tx: EntityManager, event: NetworkEvent): Promise<boolean> {
    return freePlaces(await this.registrations.placeCounts(tx, event.id)) > 0;
  }

  /**
   * Whether this registration waits for its address to be confirmed before it holds anything:
   * on events that ask for it, unless the address is already proven (the person signed in with it,
   * or an invitation was mailed to it) or an organiser registers someone.
   */
  private mustConfirmAddress(event: NetworkEvent, input: CreateRegistrationDto, registrant: Asker | null): boolean {
    if (!event.confirmAddressFirst || registrant?.canManage) return false;
    if (registrant && registrant.email === input.email) return false;
    return event.visibility !== EventVisibility.Invitation;
  }

  private async assertMayRegister(tx: EntityManager, event: NetworkEvent, input: CreateRegistrationDto, registrant: Asker | null): Promise<void> {
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
    const give = placesToGive(await this.registrations.placeCounts(tx, event.id), event.requiresApproval);
    if (give <= 0) return;
    for (const next of await this.registrations.nextInLine(tx, event.id, give)) {
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

  /** The one asking is signed in as an organiser of the event. */
  private async managesEvent(eventId: string, access: RegistrationAccess): Promise<boolean> {
    return access.personId !== null && this.events.isOrganiser(eventId, access.personId);
  }

  /**
   * Once the meeting has ended a delegate can no longer give up a place or send apologies; its
   * organisers still can (apologies that arrive late belong in the minutes).
   */
  private async refuseOnceOver(event: NetworkEvent, access: RegistrationAccess, message?: string): Promise<void> {
    if (event.endsAt.getTime() > Date.now()) return;
    if (await this.managesEvent(event.id, access)) return;
    throw new EventOver(message);
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
    if (access.email && registration.email === access.email) return registration;
    if (await this.managesEvent(registration.eventId, access)) return registration;
    // The same answer as a missing one: a guessed id tells nothing.
    throw new RegistrationNotFound();
  }

  /**
   * Tells the event's organisers when the public places reach 80% and 100%, once each (the dedupe
   * key per threshold makes "once" hold whatever the concurrency), and only the highest a burst
   * crossed: "Full" goes at once and supersedes an "80% full" still held (see filling-notice.ts).
   * Returns the outbox ids to queue now.
   */
  private async noticeFilling(tx: EntityManager, event: NetworkEvent, before: number, after: number): Promise<string[]> {
    const places = event.capacity === null ? null : event.capacity - event.reservedPlaces;
    const percent = highestThresholdCrossed(places, before, after);
    if (percent === null) return [];
    const plan = fillingNoticePlan(percent, new Date());
    const organisers = await this.events.organiserAddresses(tx, event.id);
    const ids: string[] = [];
    for (const organiser of organisers) {
      const id = await this.mailOutbox.record(tx, {
        kind: 'event-filling',
        recipient: organiser.email,
        templateData: { name: organiser.name, eventTitle: event.title, when: describeWhen(event), venue: null, link: null, percent, confirmed: after, places },
        dedupeKey: fillingNoticeKey(event.id, percent, organiser.email),
        sendAfter: plan.sendAfter,
      });
      // A held notice is queued by the relay when due (unless superseded first).
      if (id && !plan.sendAfter) ids.push(id);
    }
    await this.mailOutbox.supersede(tx, organisers.flatMap((organiser) => plan.supersedes.map((lower) => fillingNoticeKey(event.id, lower, organiser.email))));
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
      const newMail = await this.mailToRecord(tx, event, mail);
      if (newMail) (mail as PendingMail & { outboxId?: string | null }).outboxId = await this.mailOutbox.record(tx, newMail);
    }
  }

  /** The outbox row of a mail about a registration; null when it has no address (a walk-in may give none). */
  private async mailToRecord(tx: EntityManager, event: NetworkEvent, mail: PendingMail): Promise<NewMail | null> {
    {
      if (!mail.registration.email) return null;
      const checkInCode = CONFIRMING.has(mail.kind) ? checkInCodeFor(this.config.sessionSecret, mail.registration.id) : undefined;
      // The code mailed is the one that checks in (the insert stored it for a new registration;
      // rows older than codes, or a changed SESSION_SECRET, get it now).
      if (checkInCode && mail.kind !== 'registration-confirmed') await this.registrations.setCheckInCode(tx, mail.registration.id, hashCheckInCode(checkInCode));
      const position =
        mail.extra?.position !== undefined ? mail.extra.position : mail.kind === 'registration-waitlisted' ? await this.positionIn(tx, mail.registration.id) : null;
      const workshops = WITHOUT_WORKSHOPS.has(mail.kind)
        ? undefined
        : (mail.workshops ?? describeChoices(await this.registrations.choicesWithTitles(mail.registration.id, tx)));
      return {
        kind: mail.kind,
        recipient: mail.registration.email,
        // Every mail about a registration carries its private link (an offer carries the offer's).
        templateData: registrationMailData(event, mail.registration, mail.link ?? this.privateLinkOf(mail.registration.id), {
          ...mail.extra,
          position,
          checkInCode,
          workshops,
        }),
        // No dedupe key: each is recorded in the same transaction as the change it reports, so it
        // exists once exactly when the change does; a retried request finds the change made and
        // records none. (The same kind may rightly go again: a second change, a place given again.)
      };
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
    return this.viewOf(registration, waitlistPosition, choices);
  }

  /** The view of a registration whose position in line and workshops are known. */
  private viewOf(registration: Registration, waitlistPosition: number | null, choices: Array<{ sessionId: string; title: string; status: WorkshopChoiceStatus; position: number | null }>): RegistrationView {
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

/**
 * Whether the whole group is of the common case, decided without reading the addresses first
 * (the writing statement checks that none is registered): no workshops, invitations or
 * organisation limit, each address once.
 */
function allCommonCase(event: NetworkEvent, requests: Newcomer[]): boolean {
  if (event.perOrganisationLimit || event.visibility === EventVisibility.Invitation) return false;
  if (requests.some((request) => request.workshopIds.length || request.input.invitationToken)) return false;
  return new Set(requests.map((request) => request.input.email)).size === requests.length;
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

/** Why registration is closed. */
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

