import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, hashLinkSecret, newLinkSecret } from '@convene/core';
import { AccessEnds, PeopleDirectory, PeopleService, maskEmail } from '@convene/identity';
import { MailOutbox } from '@convene/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { SessionSpeakerView, SpeakerInvitationView, SpeakerInvitedView } from '../dto/agenda.views';
import { AddSpeakerDto } from '../dto/session.dto';
import { EventNotEditable, EventNotFound, ScheduleClash, SessionNotFound } from '../events.errors';
import { EventStatus, NetworkEvent } from '../events/event.entity';
import { AgendaSession } from './agenda-session.entity';
import { EventRepository } from '../events/event.repository';
import { describeWhen } from '../time/describe-when';
import { eventInLanguage, sessionInLanguage } from '../events/event-in-language';
import type { Language } from '@convene/i18n';
import { AgendaRepository } from './agenda.repository';
import { SessionSpeaker, SpeakerStatus } from './session-speaker.entity';

export class SpeakerNotOnProgramme extends DomainError {
  constructor() {
    super('not_found', 'speaker_not_on_programme', 'That person is not on this session’s programme');
  }
}

export class InvitationAnswered extends DomainError {
  constructor(status: SpeakerStatus) {
    super('conflict', 'invitation_answered', `They have already ${status} the invitation: there is nothing to resend`);
  }
}

export class SpeakerInvitationNotFound extends DomainError {
  constructor() {
    super('not_found', 'speaker_invitation_not_found', 'This invitation link is not valid, or has already been answered');
  }
}

/**
 * Organisers invite a speaker by mail; the speaker accepts or declines through the link, and
 * only then appears on the agenda. Accepting is refused for someone already speaking elsewhere
 * at the same time.
 */
@Injectable()
export class SpeakerInvitations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRepository,
    private readonly sessions: AgendaRepository,
    private readonly people: PeopleService,
    private readonly directory: PeopleDirectory,
    private readonly mailOutbox: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accessEnds: AccessEnds,
  ) {}

  /** Invites someone found in the people search, or someone new by name and address, and mails them the link. */
  async invite(sessionId: string, input: AddSpeakerDto): Promise<SpeakerInvitedView> {
    const secret = newLinkSecret();
    const { outboxId, personId } = await this.dataSource.transaction(async (tx) => {
      const { session, event, person } = await this.addToProgramme(tx, sessionId, input, SpeakerStatus.Invited, hashLinkSecret(secret));
      return { personId: person.id, outboxId: await this.recordMail(tx, { event, session, person, role: input.role, secret }) };
    });
    await this.mailOutbox.dispatch([outboxId]);
    return { status: SpeakerStatus.Invited, personId, mailed: outboxId !== null };
  }

  /**
   * Someone who agreed to speak outside Convene (the programme of a meeting recorded after the
   * fact, as the demo's): on the programme at once, confirmed, with no mail; checked as an invitation is.
   */
  async addConfirmed(sessionId: string, input: AddSpeakerDto): Promise<void> {
    await this.dataSource.transaction((tx) => this.addToProgramme(tx, sessionId, input, SpeakerStatus.Confirmed, null));
  }

  /** Everyone invited to the session with their answer so far. */
  async programme(sessionId: string): Promise<SessionSpeakerView[]> {
    const rows = await this.sessions.programmeOf(sessionId);
    return rows.map(({ email, ...row }) => ({ ...row, emailHint: maskEmail(email) }));
  }

  /** Mails a new link to someone who has not answered yet; the old link stops working. */
  async resend(sessionId: string, personId: string): Promise<SpeakerInvitedView> {
    const secret = newLinkSecret();
    const outboxId = await this.dataSource.transaction(async (tx) => {
      const { session, event } = await this.editableSession(tx, sessionId);
      const speaker = await this.sessions.speakerOf(tx, sessionId, personId);
      if (!speaker) throw new SpeakerNotOnProgramme();
      if (speaker.status !== SpeakerStatus.Invited) throw new InvitationAnswered(speaker.status);
      const person = await this.people.get(personId);
      await this.sessions.newInviteToken(tx, sessionId, personId, hashLinkSecret(secret));
      return this.recordMail(tx, { event, session, person, role: speaker.role, secret });
    });
    await this.mailOutbox.dispatch([outboxId]);
    return { status: SpeakerStatus.Invited, personId, mailed: outboxId !== null };
  }

  /** Takes the person off the session's programme (their link stops working); a confirmed speaker leaves the agenda's draft. */
  async withdraw(sessionId: string, personId: string): Promise<void> {
    const eventId = await this.dataSource.transaction(async (tx) => {
      const { event } = await this.editableSession(tx, sessionId);
      if (!(await this.sessions.removeSpeaker(tx, sessionId, personId))) throw new SpeakerNotOnProgramme();
      return event.id;
    });
    // A withdrawn chair's open sockets leave the moderators' room (and a room only the programme let them into).
    await this.accessEnds.ended({ kind: 'event', eventId, personId, email: null });
  }

  private async addToProgramme(tx: EntityManager, sessionId: string, input: AddSpeakerDto, status: SpeakerStatus, inviteTokenHash: string | null) {
    const { session, event } = await this.editableSession(tx, sessionId);
    const person = input.person ? await this.directory.findOrAdd(tx, input.person) : await this.people.get(input.personId as string);
    if (person.erasedAt) throw new SpeakerNotOnProgramme();
    const clash = await this.sessions.speakerClash(tx, person.id, session.startsAt, session.endsAt, session.id);
    if (clash) throw new ScheduleClash(`${person.name} already speaks at "${clash}" at the same time`);
    await this.sessions.addSpeaker(tx, { sessionId, personId: person.id, role: input.role, status, inviteTokenHash });
    return { session, event, person };
  }

  private async editableSession(tx: EntityManager, sessionId: string) {
    const session = await this.sessions.findById(sessionId);
    if (!session) throw new SessionNotFound();
    const event = await this.events.lockById(tx, session.eventId);
    if (!event) throw new EventNotFound();
    if (event.status === EventStatus.Cancelled) throw new EventNotEditable('A cancelled event cannot be changed');
    return { session, event };
  }

  private recordMail(
    tx: EntityManager,
    { event, session, person, role, secret }: { event: NetworkEvent; session: AgendaSession; person: { name: string; email: string | null; language?: Language | null }; role: string; secret: string },
  ): Promise<string | null> {
    if (!person.email) return Promise.resolve(null);
    // In the language the person chose, where they have; the event's and session's Welsh where given.
    const language = person.language ?? 'en';
    const { title, venue } = eventInLanguage(event, language);
    return this.mailOutbox.record(tx, {
      kind: 'speaker-invitation',
      recipient: person.email,
      templateData: {
        language,
        name: person.name,
        eventTitle: title,
        when: describeWhen(event, language),
        venue,
        link: `${this.config.publicUrl}/speaker-invitations/${encodeURIComponent(secret)}`,
        sessionTitle: sessionInLanguage(session, language).title,
        role,
      },
      dedupeKey: `speaker-invitation:${session.id}:${person.email}:${hashLinkSecret(secret)}`,
    });
  }

  /** The invitation as its page shows it; `when` in the reader's language. */
  async view(secret: string, language: Language = 'en'): Promise<SpeakerInvitationView> {
    const speaker = await this.find(secret);
    const session = await this.sessions.findById(speaker.sessionId);
    const event = session ? await this.events.findById(session.eventId) : null;
    if (!session || !event) throw new SpeakerInvitationNotFound();
    const person = await this.people.get(speaker.personId);
    return {
      eventTitle: event.title,
      eventTitleCy: event.titleCy,
      eventSlug: event.slug,
      sessionTitle: session.title,
      sessionTitleCy: session.titleCy,
      when: describeWhen({ startsAt: session.startsAt, endsAt: session.endsAt, timeZone: event.timeZone }, language),
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone: event.timeZone,
      role: speaker.role,
      speakerName: person.name,
      status: speaker.status,
    };
  }

  /** The speaker's answer; the link works until it is answered. */
  async answer(secret: string, accept: boolean, language: Language = 'en'): Promise<SpeakerInvitationView> {
    const before = await this.view(secret, language);
    await this.dataSource.transaction(async (tx) => {
      const speaker = await this.find(secret);
      const session = await this.sessions.findById(speaker.sessionId);
      if (!session) throw new SpeakerInvitationNotFound();
      await this.events.lockById(tx, session.eventId);
      if (accept) {
        const clash = await this.sessions.speakerClash(tx, speaker.personId, session.startsAt, session.endsAt, session.id);
        if (clash) throw new ScheduleClash(`You already speak at "${clash}" at the same time`);
      }
      await this.sessions.answerInvitation(tx, speaker.sessionId, speaker.personId, accept ? SpeakerStatus.Confirmed : SpeakerStatus.Declined);
    });
    return { ...before, status: accept ? SpeakerStatus.Confirmed : SpeakerStatus.Declined };
  }

  private async find(secret: string): Promise<SessionSpeaker> {
    const speaker = await this.sessions.speakerByInviteToken(hashLinkSecret(secret));
    if (!speaker) throw new SpeakerInvitationNotFound();
    return speaker;
  }
}
