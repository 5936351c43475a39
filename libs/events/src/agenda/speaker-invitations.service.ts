import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, hashLinkSecret, newLinkSecret } from '@convene/core';
import { PeopleService } from '@convene/identity';
import { MailOutbox } from '@convene/notifications';
import { DataSource } from 'typeorm';
import { SpeakerInvitationView } from '../dto/agenda.views';
import { AddSpeakerDto } from '../dto/session.dto';
import { EventNotEditable, EventNotFound, ScheduleClash, SessionNotFound } from '../events.errors';
import { EventStatus } from '../events/event.entity';
import { EventRepository } from '../events/event.repository';
import { describeWhen } from '../time/describe-when';
import { AgendaRepository } from './agenda.repository';
import { SessionSpeaker, SpeakerStatus } from './session-speaker.entity';

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
    private readonly mailOutbox: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(sessionId: string, input: AddSpeakerDto): Promise<{ status: SpeakerStatus }> {
    const person = await this.people.get(input.personId);
    const secret = newLinkSecret();
    const outboxId = await this.dataSource.transaction(async (tx) => {
      const session = await this.sessions.findById(sessionId);
      if (!session) throw new SessionNotFound();
      const event = await this.events.lockById(tx, session.eventId);
      if (!event) throw new EventNotFound();
      if (event.status === EventStatus.Cancelled) throw new EventNotEditable('A cancelled event cannot be changed');
      const clash = await this.sessions.speakerClash(tx, input.personId, session.startsAt, session.endsAt, session.id);
      if (clash) throw new ScheduleClash(`That person already speaks at "${clash}" at the same time`);
      await this.sessions.addSpeaker(tx, { sessionId, personId: input.personId, role: input.role, status: SpeakerStatus.Invited, inviteTokenHash: hashLinkSecret(secret) });
      if (!person.email) return null;
      return this.mailOutbox.record(tx, {
        kind: 'speaker-invitation',
        recipient: person.email,
        templateData: {
          name: person.name,
          eventTitle: event.title,
          when: describeWhen(event),
          venue: [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
          link: `${this.config.publicUrl}/speaker-invitations/${encodeURIComponent(secret)}`,
          sessionTitle: session.title,
          role: input.role,
        },
        dedupeKey: `speaker-invitation:${sessionId}:${input.personId}:${hashLinkSecret(secret)}`,
      });
    });
    await this.mailOutbox.dispatch([outboxId]);
    return { status: SpeakerStatus.Invited };
  }

  async view(secret: string): Promise<SpeakerInvitationView> {
    const speaker = await this.find(secret);
    const session = await this.sessions.findById(speaker.sessionId);
    const event = session ? await this.events.findById(session.eventId) : null;
    if (!session || !event) throw new SpeakerInvitationNotFound();
    const person = await this.people.get(speaker.personId);
    return {
      eventTitle: event.title,
      eventSlug: event.slug,
      sessionTitle: session.title,
      when: describeWhen({ startsAt: session.startsAt, endsAt: session.endsAt, timeZone: event.timeZone }),
      role: speaker.role,
      speakerName: person.name,
      status: speaker.status,
    };
  }

  /** The speaker's answer; the link works until it is answered. */
  async answer(secret: string, accept: boolean): Promise<SpeakerInvitationView> {
    const before = await this.view(secret);
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
