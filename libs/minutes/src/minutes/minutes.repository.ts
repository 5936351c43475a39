import { Injectable } from '@nestjs/common';
import { likePattern } from '@convene/core';
import { EventRepository } from '@convene/events';
import { PeopleDirectory, PeopleService } from '@convene/identity';
import { AttendeeContact, RecordedPresent, RegistrationReads } from '@convene/registration';
import { DataSource, EntityManager } from 'typeorm';
import { ActionItem, ActionStatus } from '../actions/action-item.entity';
import { AttendanceCandidateView } from '../dto/minutes.views';
import { MatterArising, MinutesContent } from './minutes-content';
import { Minutes, MinutesRevision } from './minutes.entity';

/** Those the minute-taker recorded as present by hand, as the minutes' content points at them. */
export function presentRefs(content: MinutesContent): RecordedPresent {
  const people = (content.present ?? []).flatMap((group) => group.people);
  return {
    registrationIds: people.map((person) => person.registrationId).filter((id): id is string => Boolean(id)),
    personIds: people.map((person) => person.personId).filter((id): id is string => Boolean(id)),
  };
}

@Injectable()
export class MinutesRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationReads,
    private readonly events: EventRepository,
    private readonly people: PeopleService,
    private readonly directory: PeopleDirectory,
  ) {}

  findById(id: string, tx: EntityManager = this.dataSource.manager): Promise<Minutes | null> {
    return tx.getRepository(Minutes).findOneBy({ id });
  }

  lockById(tx: EntityManager, id: string): Promise<Minutes | null> {
    return tx.getRepository(Minutes).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  ofEvent(eventId: string): Promise<Minutes[]> {
    return this.dataSource.getRepository(Minutes).find({ where: { eventId }, order: { createdAt: 'ASC' } });
  }

  save(tx: EntityManager, minutes: Partial<Minutes>): Promise<Minutes> {
    return tx.getRepository(Minutes).save(tx.getRepository(Minutes).create(minutes));
  }

  async addRevision(tx: EntityManager, revision: Pick<MinutesRevision, 'minutesId' | 'version' | 'content' | 'savedBy' | 'reason'>): Promise<void> {
    await tx.getRepository(MinutesRevision).insert(revision);
  }

  /** The revisions, newest first, each with the name of whoever saved it now (identity's: one read for them all). */
  async revisions(minutesId: string): Promise<Array<Pick<MinutesRevision, 'version' | 'savedBy' | 'reason' | 'savedAt'> & { savedByName: string | null }>> {
    const revisions: Array<Pick<MinutesRevision, 'version' | 'savedBy' | 'reason' | 'savedAt'>> = await this.dataSource.query(
      `SELECT version, saved_by AS "savedBy", reason, saved_at AS "savedAt" FROM minutes_revisions WHERE minutes_id = $1 ORDER BY version DESC LIMIT 1000`,
      [minutesId],
    );
    const names = await this.people.namesOf(revisions.map((revision) => revision.savedBy));
    return revisions.map((revision) => ({ ...revision, savedByName: (revision.savedBy && names.get(revision.savedBy)) ?? null }));
  }

  revision(minutesId: string, version: number): Promise<MinutesRevision | null> {
    return this.dataSource.getRepository(MinutesRevision).findOneBy({ minutesId, version });
  }

  /** Those present and those who sent apologies, once per address: whom publication mails. */
  publicationRecipients(tx: EntityManager, eventId: string, present: RecordedPresent): Promise<AttendeeContact[]> {
    return this.registrations.presentContacts(tx, eventId, present, true);
  }

  /** Those present (checked in, or recorded by hand in the minutes), for circulating the draft. */
  presentRecipients(tx: EntityManager, eventId: string, present: RecordedPresent): Promise<AttendeeContact[]> {
    return this.registrations.presentContacts(tx, eventId, present);
  }

  wasPresent(eventId: string, personId: string, email: string | null, present: RecordedPresent): Promise<boolean> {
    return this.registrations.wasPresent(eventId, personId, email, present);
  }

  /** Confirmed registrations of the event and people of the network whose name or organisation matches: whom the minute-taker may record as present. */
  async attendanceCandidates(eventId: string, q: string, limit: number): Promise<AttendanceCandidateView[]> {
    const [registrations, confirmedPeople] = await Promise.all([
      this.registrations.confirmedMatching(eventId, likePattern(q), limit),
      this.registrations.confirmedPersonIds(eventId),
    ]);
    const people = await this.directory.search(q, limit, confirmedPeople);
    const others = people.map((person): AttendanceCandidateView => ({ registrationId: null, personId: person.id, name: person.name, jobTitle: person.jobTitle, organisation: person.organisation, category: null }));
    return [...registrations, ...others].slice(0, limit);
  }

  /** Open actions from the series' earlier meetings, oldest meeting first. */
  async openActionsOfSeriesBefore(series: string, startsAt: Date, eventId: string, timeZone: string): Promise<MatterArising[]> {
    const earlier = await this.events.earlierOfSeries(series, startsAt, eventId);
    if (!earlier.length) return [];
    const meetings = new Map(earlier.map((event) => [event.id, event]));
    // The meetings' order travels with their ids (WITH ORDINALITY), so the limit cuts where it did when this joined events.
    const actions: Array<{ id: string; description: string; owner: string | null; dueDate: string | null; eventId: string }> = await this.dataSource.query(
      `SELECT a.id, a.description, a.owner_name AS owner, to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate", m.event_id AS "eventId"
         FROM minutes_actions a
         JOIN minutes m ON m.id = a.minutes_id
         JOIN unnest($1::uuid[]) WITH ORDINALITY AS meeting(id, n) ON meeting.id = m.event_id
        WHERE a.status = $2
        ORDER BY meeting.n, a.created_at, a.id
        LIMIT 500`,
      [earlier.map((event) => event.id), ActionStatus.Open],
    );
    const rows = actions.flatMap((action) => {
      const meeting = meetings.get(action.eventId);
      return meeting ? [{ ...action, title: meeting.title, startsAt: meeting.startsAt }] : [];
    });
    const day = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
    return rows.map((row) => ({
      actionId: row.id,
      description: row.description,
      owner: row.owner,
      dueDate: row.dueDate,
      fromMeeting: `${row.title}, ${day.format(new Date(row.startsAt))}`,
    }));
  }

  /** A circulation link for the recipient, unless they have one for these minutes already (then false: they were mailed before). */
  async addReaderLink(tx: EntityManager, link: { minutesId: string; tokenHash: string; email: string; name: string; personId: string | null; registrationId: string | null }): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO minutes_reader_links (minutes_id, token_hash, email, name, person_id, registration_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (minutes_id, email) DO NOTHING RETURNING id`,
      [link.minutesId, link.tokenHash, link.email, link.name, link.personId, link.registrationId],
    );
    return rows.length > 0;
  }

  actionsOf(minutesId: string, tx: EntityManager = this.dataSource.manager): Promise<ActionItem[]> {
    return tx.getRepository(ActionItem).find({ where: { minutesId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
