import { Injectable } from '@nestjs/common';
import { PersonalDataPart, PersonalDataSubject } from '@convene/identity';
import { EntityManager } from 'typeorm';

/**
 * Private calendar feeds in a person's export and erasure. A feed is kept per address and is
 * only a way in, so erasing the person deletes their address's feeds: every feed URL they
 * were given stops working at once (404), and no row keeps the address.
 */
@Injectable()
export class CalendarFeedsPersonalData implements PersonalDataPart {
  async export(manager: EntityManager, subject: PersonalDataSubject): Promise<object> {
    const feeds = subject.email
      ? await manager.query(`SELECT id, created_at AS "createdAt", revoked_at AS "revokedAt" FROM calendar_feeds WHERE email = $1 ORDER BY created_at`, [subject.email])
      : [];
    return { feeds };
  }

  async erase(tx: EntityManager, subject: PersonalDataSubject): Promise<void> {
    if (subject.email) await tx.query(`DELETE FROM calendar_feeds WHERE email = $1`, [subject.email]);
  }
}
