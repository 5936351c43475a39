import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@convene/core';
import { EventNotFound, EventRepository, describeWhen } from '@convene/events';
import { MailOutbox } from '@convene/notifications';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CreateInvitationDto } from '../dto/registration.dto';
import { NotInvited } from '../registration.errors';
import { hashLinkSecret, newLinkSecret } from '@convene/core';
import { Invitation } from './invitation.entity';

/** Personal invitations to invitation-only events: one person, one use, an expiry. */
@Injectable()
export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRepository,
    private readonly mailOutbox: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(eventId: string, input: CreateInvitationDto): Promise<{ id: string; email: string; expiresAt: Date }> {
    const event = await this.events.findById(eventId);
    if (!event) throw new EventNotFound();
    const secret = newLinkSecret();
    const expiresAt = new Date(Date.now() + (input.expiresInDays ?? 30) * 24 * 3600 * 1000);
    let outboxId: string | null = null;
    const invitation = await this.dataSource.transaction(async (tx) => {
      const saved = await tx.getRepository(Invitation).save({ eventId, email: input.email, name: input.name ?? null, tokenHash: hashLinkSecret(secret), expiresAt });
      outboxId = await this.mailOutbox.record(tx, {
        kind: 'invitation',
        recipient: input.email,
        templateData: {
          name: input.name ?? null,
          eventTitle: event.title,
          when: describeWhen(event),
          venue: [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
          link: `${this.config.publicUrl}/events/${event.slug}?invitation=${encodeURIComponent(secret)}`,
          expiresAt: expiresAt.toISOString().slice(0, 10),
        },
        dedupeKey: `invitation:${saved.id}`,
      });
      return saved;
    });
    await this.mailOutbox.dispatch([outboxId]);
    return { id: invitation.id, email: invitation.email, expiresAt };
  }

  /** The token must be this event's, unused, unexpired, and for this address. */
  async assertValid(tx: EntityManager, eventId: string, token: string | undefined, email: string): Promise<void> {
    if (!token) throw new NotInvited();
    const invitation = await tx.getRepository(Invitation).findOneBy({ tokenHash: hashLinkSecret(token), eventId });
    if (!invitation) throw new NotInvited('That invitation is not valid for this event');
    if (invitation.usedAt) throw new NotInvited('That invitation has already been used');
    if (invitation.expiresAt < new Date()) throw new NotInvited('That invitation has expired');
    if (invitation.email !== email) throw new NotInvited('That invitation is for someone else');
  }

  async markUsed(tx: EntityManager, eventId: string, token: string): Promise<void> {
    await tx.getRepository(Invitation).update({ tokenHash: hashLinkSecret(token), eventId, usedAt: IsNull() }, { usedAt: new Date() });
  }
}
