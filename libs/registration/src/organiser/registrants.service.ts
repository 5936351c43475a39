import { Injectable } from '@nestjs/common';
import { EventNotFound, EventRepository } from '@convene/events';
import { MailOutbox } from '@convene/notifications';
import { DataSource } from 'typeorm';
import { RegistrantsMessageDto, RegistrantsMessageResultView, RegistrationSummaryView } from '../dto/organiser.dto';
import { RegistrationRepository } from '../registrations/registration.repository';

/** What organisers see of their registrants as a whole, and the messages they send them. */
@Injectable()
export class RegistrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationRepository,
    private readonly events: EventRepository,
    private readonly mailOutbox: MailOutbox,
  ) {}

  /** Counts by status, category and organisation, and the needs to cater for (organisers only). */
  async summary(eventId: string): Promise<RegistrationSummaryView> {
    const [byStatus, byCategory, byOrganisation, dietaryNeeds, accessNeeds] = await Promise.all([
      this.registrations.countsByStatus(eventId),
      this.registrations.countsByCategory(eventId),
      this.registrations.countsByOrganisation(eventId),
      this.registrations.needsCount(eventId, 'dietary'),
      this.registrations.needsCount(eventId, 'access'),
    ]);
    return {
      byStatus: {
        confirmed: byStatus.confirmed ?? 0,
        offered: byStatus.offered ?? 0,
        waitlisted: byStatus.waitlisted ?? 0,
        pending: byStatus.pending ?? 0,
        declined: byStatus.declined ?? 0,
        cancelled: byStatus.cancelled ?? 0,
        checkedIn: await this.registrations.checkedInCount(eventId),
        apologies: await this.registrations.apologiesCount(eventId),
      },
      byCategory,
      byOrganisation,
      dietaryNeeds,
      accessNeeds,
    };
  }

  /**
   * One mail per registrant of the chosen statuses, recorded in one transaction. The dedupe key
   * is the client's message id and the registration: a retried request records nothing new.
   */
  async sendMessage(eventId: string, input: RegistrantsMessageDto): Promise<RegistrantsMessageResultView> {
    const event = await this.events.findById(eventId);
    if (!event) throw new EventNotFound();
    const { recipients, ids } = await this.dataSource.transaction(async (tx) => {
      const rows = await this.registrations.mailableOfEvent(tx, eventId, input.statuses);
      const recorded: Array<string | null> = [];
      for (const row of rows) {
        recorded.push(
          await this.mailOutbox.record(tx, {
            kind: 'registrants-message',
            recipient: row.email,
            templateData: { name: row.name, eventTitle: event.title, subject: input.subject, body: input.body },
            dedupeKey: `registrants-message:${input.messageId}:${row.id}`,
          }),
        );
      }
      return { recipients: rows.length, ids: recorded };
    });
    await this.mailOutbox.dispatch(ids);
    return { recipients, queued: ids.filter(Boolean).length };
  }
}
