import { NetworkRole } from '@convene/identity';
import { ParsedCalendar, ReceivedMail, parseCalendar } from '@convene/testing';
import { ParsedMail, simpleParser } from 'mailparser';
import request from 'supertest';
import { postRegistration } from './events';
import { DataSource } from 'typeorm';
import { bearer, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { RunningApi } from './api';
import { eventually } from './eventually';
import { allMailSentTo } from './mailing-stack';

export interface AutumnForum {
  id: string;
  slug: string;
  organiserToken: string;
  /** Saturday 30 October 2027, 10:00–11:00 BST, Room A. */
  saturdayWorkshop: { id: string; startsAt: string; endsAt: string };
  /** Sunday 31 October 2027 (clocks went back at 02:00), 10:00–11:00 GMT, Room B. */
  sundayWorkshop: { id: string; startsAt: string; endsAt: string };
}

/** A published forum in London across the October 2027 clock change, with two workshops. */
export async function makeAutumnForum(api: RunningApi): Promise<AutumnForum> {
  const organiser = await makePerson(api, { name: 'Forum Organiser', roles: [NetworkRole.Organiser] });
  const organiserToken = await tokenFor(api, organiser);
  const auth = bearer(organiserToken);
  const created = await request(api.url)
    .post('/api/v1/events')
    .set(auth)
    .send({
      title: unique('Autumn Forum'), kind: 'network_forum', timeZone: 'Europe/London',
      startsAt: '2027-10-30T08:00:00Z', endsAt: '2027-11-01T17:00:00Z', venueName: 'Guildhall', venueAddress: 'Plymouth',
    })
    .expect(201);
  const id = created.body.id as string;
  const session = async (title: string, startsAt: string, endsAt: string, room: string) => {
    const made = await request(api.url).post(`/api/v1/events/${id}/sessions`).set(auth).send({ title, kind: 'workshop', startsAt, endsAt, room, capacity: 100 }).expect(201);
    return { id: made.body.id as string, startsAt, endsAt };
  };
  const saturdayWorkshop = await session('Community wealth', '2027-10-30T09:00:00Z', '2027-10-30T10:00:00Z', 'Room A');
  const sundayWorkshop = await session('Co-operative care', '2027-10-31T10:00:00Z', '2027-10-31T11:00:00Z', 'Room B');
  await request(api.url).post(`/api/v1/events/${id}/publish`).set(auth).expect(200);
  return { id, slug: created.body.slug, organiserToken, saturdayWorkshop, sundayWorkshop };
}

export async function register(api: RunningApi, eventId: string, workshopIds: string[]): Promise<{ id: string; email: string }> {
  const email = `${unique('delegate')}@example.org`;
  const response = await postRegistration(api, eventId, { name: 'Ada Delegate', email, workshopIds }).expect(201);
  expect(response.body.status).toBe('confirmed');
  return { id: response.body.id, email };
}

export interface ReadMail {
  mail: ReceivedMail;
  parsed: ParsedMail;
  /** The text/calendar alternative (what Outlook shows with accept and decline). */
  alternative: { method: string | undefined; calendar: ParsedCalendar } | null;
  /** Every .ics file attached: the event's first, then its sessions in time order. */
  files: ParsedCalendar[];
}

/** Reads a received message with mailparser, and each calendar in it with ical.js. */
export async function readMail(mail: ReceivedMail): Promise<ReadMail> {
  const parsed = await simpleParser(mail.raw);
  const alternativePart = parsed.attachments.find((part) => part.contentType === 'text/calendar');
  const method = (alternativePart?.headers.get('content-type') as { params?: Record<string, string> } | undefined)?.params?.method;
  return {
    mail,
    parsed,
    alternative: alternativePart ? { method, calendar: parseCalendar(alternativePart.content.toString('utf8')) } : null,
    files: parsed.attachments
      .filter((part) => part.filename?.endsWith('.ics'))
      .map((part) => parseCalendar(part.content.toString('utf8')))
      .sort((a, b) => rank(a) - rank(b)),
  };
}

export const mailsTo = (received: ReceivedMail[], email: string, subjectStart?: string) =>
  received.filter((mail) => mail.to === email && (!subjectStart || mail.subject.startsWith(subjectStart)));

function rank(calendar: ParsedCalendar): number {
  const [item] = calendar.events;
  return item.uid.startsWith('event-') ? 0 : item.start.getTime();
}

/**
 * Waits until the event's calendar has caught up with its last published change (a sync begun
 * after it has committed: any later run finds nothing changed) and every mail to these delegates
 * is sent. Then the updates in the sink are all they will get.
 */
export async function calendarSettled(api: RunningApi, eventId: string, delegates: string[], timeoutMs = 30_000): Promise<void> {
  const db = api.app.get(DataSource);
  await eventually(
    async () => {
      const [request] = await db.query(`SELECT synced_at >= requested_at AS synced FROM calendar_sync_requests WHERE event_id = $1`, [eventId]);
      return request?.synced === true;
    },
    'the calendar sync of the last change',
    timeoutMs,
    100,
  );
  await allMailSentTo(api, delegates, timeoutMs);
}
