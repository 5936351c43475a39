import { EventRepository, NetworkEvent } from '@convene/events';
import { Injectable } from '@nestjs/common';
import { MyRegistrationView, MyRegistrationsView } from '../dto/my-registration.views';
import { RegistrationStatus } from '../registrations/registration.entity';
import { AddressRegistration, RegistrationRepository } from '../registrations/registration.repository';

/** Registrations read for one address at most: a delegate's years of meetings, bounded. */
const READ_AT_MOST = 500;
const PAST_AT_MOST = 50;

/**
 * A signed-in person's own registrations: those made with their address. The address, not the
 * account that filled in the form, is what makes a registration someone's: its mails and its
 * private link go there, and anyone signed in may register another person's address.
 */
@Injectable()
export class MyRegistrations {
  constructor(
    private readonly registrations: RegistrationRepository,
    private readonly events: EventRepository,
  ) {}

  /** Upcoming first (soonest first), then past (latest first); events still in draft are left out. */
  async of(email: string | null, now = new Date()): Promise<MyRegistrationsView> {
    if (!email) return { upcoming: [], past: [] };
    const rows = await this.registrations.ofAddress(email, READ_AT_MOST);
    const events = new Map((await this.events.announcedByIds([...new Set(rows.map((row) => row.eventId))])).map((event) => [event.id, event]));
    const listed = rows.flatMap((row) => {
      const event = events.get(row.eventId);
      return event ? [viewOf(row, event)] : [];
    });
    const upcoming = listed.filter((item) => item.event.endsAt > now).sort((a, b) => a.event.startsAt.getTime() - b.event.startsAt.getTime());
    const past = listed.filter((item) => item.event.endsAt <= now).sort((a, b) => b.event.startsAt.getTime() - a.event.startsAt.getTime());
    return { upcoming, past: past.slice(0, PAST_AT_MOST) };
  }
}

function viewOf(row: AddressRegistration, event: NetworkEvent): MyRegistrationView {
  return {
    id: row.id,
    status: row.status,
    waitlistPosition: row.waitlistPosition,
    offerExpiresAt: row.status === RegistrationStatus.Offered ? row.offerExpiresAt : null,
    confirmBy: row.status === RegistrationStatus.Unconfirmed ? row.confirmBy : null,
    checkedInAt: row.checkedInAt,
    event: {
      id: event.id,
      slug: event.slug,
      title: event.title,
      titleCy: event.titleCy,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      timeZone: event.timeZone,
      venueName: event.venueName,
      venueNameCy: event.venueNameCy,
      bilingual: event.bilingual,
      status: event.status,
    },
  };
}
