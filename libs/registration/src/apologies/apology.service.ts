import { Injectable } from '@nestjs/common';
import { EventNotFound, EventRepository } from '@convene/events';
import { MailOutbox } from '@convene/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { CreateApologyDto, RegistrationView } from '../dto/registration.dto';
import { RegistrationLimits } from '../limits/registration-limits';
import { registrationMailData } from '../registrations/registration-mail';
import { Registration, RegistrationStatus } from '../registrations/registration.entity';
import { RegistrationAccess, RegistrationService } from '../registrations/registration.service';
import { Apology } from './apology.entity';
import { EventOver } from '../registration.errors';

/** What anyone sending apologies by the public form is told, whoever the address is. */
export const APOLOGIES_RECEIVED = 'Thank you. We have mailed the address you gave: if it holds a place, the mail says how to give it back.';

const HOLDING = [RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted, RegistrationStatus.Offered, RegistrationStatus.Pending];

/**
 * Apologies for absence, listed in the minutes. Sent by the public form, they are recorded and
 * acknowledged by mail; but an address holding a place is only mailed its private link, where
 * its holder can give the place back (nobody can cancel another's place by typing their address,
 * and the answer is the same either way). Sent from the private page, the place goes back at once.
 */
@Injectable()
export class ApologyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRepository,
    private readonly registrations: RegistrationService,
    private readonly mailOutbox: MailOutbox,
    private readonly limits: RegistrationLimits,
  ) {}

  /** The public form. `client` is the caller's address, for the limits (null: not limited). */
  async send(eventId: string, input: CreateApologyDto, personId: string | null, client: string | null = null): Promise<{ message: string }> {
    if (client) await this.limits.consume(eventId, client);
    const event = await this.events.findById(eventId);
    if (!event) throw new EventNotFound();
    if (event.endsAt.getTime() <= Date.now()) throw new EventOver('This meeting has taken place: apologies can no longer be sent');
    const outboxId = await this.dataSource.transaction(async (tx) => {
      const holder: Registration | null = await tx
        .getRepository(Registration)
        .createQueryBuilder('r')
        .where('r.event_id = :eventId AND r.email = :email AND r.status IN (:...holding)', { eventId, email: input.email, holding: HOLDING })
        .getOne();
      if (holder) {
        return this.mailOutbox.record(tx, {
          kind: 'apologies-place-held',
          recipient: input.email,
          templateData: registrationMailData(event, holder, this.registrations.privateLinkOf(holder.id)),
        });
      }
      await this.insert(tx, event.id, { personId, email: input.email, name: input.name, organisationName: input.organisationName ?? null });
      return this.mailOutbox.record(tx, {
        kind: 'apologies-received',
        recipient: input.email,
        templateData: { ...registrationMailData(event, { id: null, name: input.name }, null), gaveUpPlace: false },
      });
    });
    await this.mailOutbox.dispatch([outboxId]);
    return { message: APOLOGIES_RECEIVED };
  }

  /** From the private page (or an organiser): the place is given back, the apologies recorded. */
  fromRegistration(id: string, access: RegistrationAccess): Promise<RegistrationView> {
    return this.registrations.sendApologies(id, access, (tx, registration) =>
      this.insert(tx, registration.eventId, {
        personId: registration.personId,
        email: registration.email,
        name: registration.name,
        organisationName: registration.organisationName,
      }),
    );
  }

  /** Apologies for the minutes: those who came after all are Present, not apologising (Present wins). */
  ofEvent(eventId: string): Promise<Apology[]> {
    return this.dataSource
      .getRepository(Apology)
      .createQueryBuilder('a')
      .where('a.event_id = :eventId', { eventId })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM registrations r WHERE r.event_id = a.event_id AND r.checked_in_at IS NOT NULL AND r.status = 'confirmed'
                      AND (r.email = a.email OR (a.person_id IS NOT NULL AND r.person_id = a.person_id)))`,
      )
      .orderBy('a.name', 'ASC')
      .getMany();
  }

  /** For the event's organisers: every apology (those who came after all marked), newest last, and how many. */
  async listForOrganisers(eventId: string): Promise<{ items: { name: string; organisationName: string | null; sentAt: Date; present: boolean }[]; total: number }> {
    const rows: { name: string; organisationName: string | null; sentAt: Date; present: boolean }[] = await this.dataSource.query(
      `SELECT a.name, a.organisation_name AS "organisationName", a.created_at AS "sentAt",
              EXISTS (SELECT 1 FROM registrations r WHERE r.event_id = a.event_id AND r.checked_in_at IS NOT NULL AND r.status = 'confirmed'
                       AND (r.email = a.email OR (a.person_id IS NOT NULL AND r.person_id = a.person_id))) AS present
         FROM apologies a WHERE a.event_id = $1 ORDER BY a.created_at, a.name`,
      [eventId],
    );
    return { items: rows, total: rows.filter((row) => !row.present).length };
  }

  private async insert(tx: EntityManager, eventId: string, apology: Pick<Apology, 'personId' | 'email' | 'name' | 'organisationName'>): Promise<void> {
    await tx.getRepository(Apology).createQueryBuilder().insert().values({ eventId, ...apology }).orIgnore().execute();
  }
}

