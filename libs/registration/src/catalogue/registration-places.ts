import { Injectable } from '@nestjs/common';
import { EventPlaces, PlaceSeeker } from '@convene/events';
import { DataSource } from 'typeorm';

/** The places and invitations this lib holds, as the events lib's audience rules ask about them. */
@Injectable()
export class RegistrationPlaces implements EventPlaces {
  constructor(private readonly dataSource: DataSource) {}

  async invitedOrRegistered(eventId: string, email: string | null): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM invitations WHERE event_id = $1 AND email = $2
       UNION ALL SELECT 1 FROM registrations WHERE event_id = $1 AND email = $2 LIMIT 1`,
      [eventId, email],
    );
    return rows.length > 0;
  }

  async hasPlace(eventId: string, who: PlaceSeeker): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM registrations WHERE event_id = $1 AND status = 'confirmed'
         AND (person_id = $2 OR lower(email) = lower($3)) LIMIT 1`,
      [eventId, who.personId, who.email ?? ''],
    );
    return rows.length > 0;
  }

  async holdsOrAwaitsPlace(eventId: string, who: PlaceSeeker): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM registrations WHERE event_id = $1 AND status NOT IN ('cancelled', 'declined', 'unconfirmed')
         AND (person_id = $2 OR lower(email) = lower($3)) LIMIT 1`,
      [eventId, who.personId, who.email ?? ''],
    );
    return rows.length > 0;
  }
}
