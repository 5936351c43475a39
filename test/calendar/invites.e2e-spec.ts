import { AppConfig } from '@convene/core';
import { SmtpSink, parseCalendar } from '@convene/testing';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';
import { AutumnForum, calendarSettled, mailsTo, makeAutumnForum, readMail, register } from '../support/calendar';
import { MailingStack, startMailingStack } from '../support/mailing-stack';

// Long enough that two changes made one after the other fall inside it even on a loaded machine.
const DEBOUNCE_MS = 6_000;

describe('Calendar invites', () => {
  let stack: MailingStack;
  let sink: SmtpSink;
  let config: AppConfig;
  let api: RunningApi;

  beforeAll(async () => {
    stack = await startMailingStack({ CALENDAR_DEBOUNCE_MS: String(DEBOUNCE_MS) });
    ({ sink, config, api } = stack);
  });

  afterAll(() => stack?.close());

  const waitForMail = (email: string, subjectStart: string) =>
    sink.waitFor((mail) => mail.to === email && mail.subject.startsWith(subjectStart), 30_000).then(readMail);

  describe('the confirmation', () => {
    let forum: AutumnForum;

    beforeAll(async () => {
      forum = await makeAutumnForum(api);
    });

    it('has a text/calendar; method=REQUEST alternative and an .ics file for the event and each workshop', async () => {
      const delegate = await register(api, forum.id, [forum.saturdayWorkshop.id, forum.sundayWorkshop.id]);
      const read = await waitForMail(delegate.email, "You're registered");

      expect(read.alternative?.method).toBe('REQUEST');
      expect(read.alternative?.calendar.method).toBe('REQUEST');
      expect(read.alternative?.calendar.events.map((event) => event.uid)).toEqual([`event-${forum.id}@localhost`]);
      // Raw MIME: the alternative part is declared with its method, as Outlook needs.
      expect(read.mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
      const uids = read.files.map((file) => file.events[0].uid);
      expect(uids).toEqual([`event-${forum.id}@localhost`, `session-${forum.saturdayWorkshop.id}@localhost`, `session-${forum.sundayWorkshop.id}@localhost`]);
      expect(read.files.every((file) => file.method === 'REQUEST' && file.events.length === 1)).toBe(true);

      // The mail also shows the delegate's private feed, with the same UIDs.
      const feedUrl = /Subscribe to your calendar of network events \(kept up to date\): (\S+)/.exec(read.parsed.text ?? '')?.[1] as string;
      const feed = await request(api.url).get(new URL(feedUrl).pathname).expect(200);
      expect(parseCalendar(feed.text).events.map((event) => event.uid)).toEqual(uids);
    });

    it('gives each workshop its London times on both sides of the October clock change, read by ical.js through the VTIMEZONE', async () => {
      const delegate = await register(api, forum.id, [forum.saturdayWorkshop.id, forum.sundayWorkshop.id]);
      const read = await waitForMail(delegate.email, "You're registered");
      const [eventFile, saturday, sunday] = read.files;

      for (const file of read.files) {
        expect(file.timezones).toEqual(['Europe/London']);
        const [item] = file.events;
        expect(item.tzid).toBe('Europe/London');
        expect(item.sequence).toBe(0);
        expect(item.status).toBe('CONFIRMED');
        expect(item.dtstampUtc).toBe(true);
        expect(item.organizer).toBe('mailto:network@example.org');
        expect(item.attendees).toEqual([{ email: `MAILTO:${delegate.email}`, partstat: 'ACCEPTED' }]);
        expect(item.url).toBe(`${config.publicUrl}/events/${forum.slug}`);
        expect(item.description).toContain(`${config.publicUrl}/events/${forum.slug}`);
      }
      expect(eventFile.events[0].start.toISOString()).toBe('2027-10-30T08:00:00.000Z');
      expect(eventFile.events[0].end.toISOString()).toBe('2027-11-01T17:00:00.000Z');
      expect(eventFile.events[0].location).toBe('Guildhall, Plymouth');
      // 10:00 BST on Saturday and 10:00 GMT on Sunday: one hour apart in UTC terms.
      expect(saturday.events[0].start.toISOString()).toBe(new Date(forum.saturdayWorkshop.startsAt).toISOString());
      expect(saturday.events[0].end.toISOString()).toBe(new Date(forum.saturdayWorkshop.endsAt).toISOString());
      expect(sunday.events[0].start.toISOString()).toBe(new Date(forum.sundayWorkshop.startsAt).toISOString());
      expect(sunday.events[0].end.toISOString()).toBe(new Date(forum.sundayWorkshop.endsAt).toISOString());
      expect(read.files.map((file) => /DTSTART;TZID=Europe\/London:(\d{8}T\d{6})/.exec(file.raw)?.[1])).toEqual([
        '20271030T090000', '20271030T100000', '20271031T100000',
      ]);
      expect(saturday.events[0].location).toBe('Room A, Guildhall, Plymouth');
    });
  });

  it('sends each delegate of a workshop exactly one update, one sequence up, with the last of two room changes made inside the debounce window', async () => {
    const forum = await makeAutumnForum(api);
    const attending = [await register(api, forum.id, [forum.saturdayWorkshop.id]), await register(api, forum.id, [forum.saturdayWorkshop.id])];
    const elsewhere = await register(api, forum.id, [forum.sundayWorkshop.id]);
    const confirmations = await Promise.all([...attending, elsewhere].map((delegate) => waitForMail(delegate.email, "You're registered")));
    const sessionUid = `session-${forum.saturdayWorkshop.id}@localhost`;
    const before = confirmations[0].files.find((file) => file.events[0].uid === sessionUid)?.events[0];
    expect(before?.sequence).toBe(0);

    const auth = bearer(forum.organiserToken);
    for (const room of ['Room C', 'Room D']) {
      await request(api.url).patch(`/api/v1/sessions/${forum.saturdayWorkshop.id}`).set(auth).send({ room }).expect(200);
      await request(api.url).post(`/api/v1/events/${forum.id}/agenda/publish`).set(auth).expect(200);
    }

    const updates = await Promise.all(attending.map((delegate) => waitForMail(delegate.email, 'Changed:')));
    await calendarSettled(api, forum.id, [...attending, elsewhere].map((delegate) => delegate.email)); // no second update can follow now
    for (const [index, delegate] of attending.entries()) {
      expect(mailsTo(sink.received, delegate.email, 'Changed:')).toHaveLength(1);
      const update = updates[index];
      expect(update.parsed.text).toContain('now at Room D, Guildhall, Plymouth (was Room A, Guildhall, Plymouth)');
      expect(update.alternative?.method).toBe('REQUEST');
      const [item] = update.alternative?.calendar.events ?? [];
      expect(item.uid).toBe(sessionUid);
      expect(item.sequence).toBe(1);
      expect(item.location).toBe('Room D, Guildhall, Plymouth');
      expect(item.start.toISOString()).toBe(new Date(forum.saturdayWorkshop.startsAt).toISOString());
    }
    // The event itself did not change, nor did the other workshop: no mail to its delegate.
    expect(mailsTo(sink.received, elsewhere.email, 'Changed:')).toHaveLength(0);
  });

  it('sends every delegate an updated event invite when the published event itself moves', async () => {
    const forum = await makeAutumnForum(api);
    const delegate = await register(api, forum.id, []);
    await waitForMail(delegate.email, "You're registered");
    await request(api.url).patch(`/api/v1/events/${forum.id}`).set(bearer(forum.organiserToken)).send({ endsAt: '2027-11-01T18:00:00Z' }).expect(200);

    const update = await waitForMail(delegate.email, 'Changed:');
    const [item] = update.alternative?.calendar.events ?? [];
    expect(item.uid).toBe(`event-${forum.id}@localhost`);
    expect(item.sequence).toBe(1);
    expect(item.end.toISOString()).toBe('2027-11-01T18:00:00.000Z');
    expect(update.parsed.text).toContain('now Saturday 30 October 2027, 09:00 – Monday 1 November 2027, 18:00 (was Saturday 30 October 2027, 09:00 – Monday 1 November 2027, 17:00)');
  });

  it('cancels a registration with METHOD:CANCEL, the same UIDs, a higher sequence and STATUS:CANCELLED', async () => {
    const forum = await makeAutumnForum(api);
    const delegate = await register(api, forum.id, [forum.sundayWorkshop.id]);
    const confirmation = await waitForMail(delegate.email, "You're registered");
    await request(api.url).delete(`/api/v1/registrations/${delegate.id}`).set(bearer(forum.organiserToken)).expect(200);
    const cancellation = await waitForMail(delegate.email, 'Registration cancelled');

    expect(cancellation.alternative?.method).toBe('CANCEL');
    expect(cancellation.mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=CANCEL/);
    expect(cancellation.files.map((file) => file.events[0].uid)).toEqual(confirmation.files.map((file) => file.events[0].uid));
    for (const [index, file] of cancellation.files.entries()) {
      expect(file.method).toBe('CANCEL');
      expect(file.events[0].status).toBe('CANCELLED');
      expect(file.events[0].sequence).toBeGreaterThan(confirmation.files[index].events[0].sequence);
    }
  });

  it('cancels a workshop dropped from the published agenda for those who chose it, and the whole event for everyone when it is cancelled', async () => {
    const forum = await makeAutumnForum(api);
    const chose = await register(api, forum.id, [forum.sundayWorkshop.id]);
    const other = await register(api, forum.id, []);
    await Promise.all([chose, other].map((delegate) => waitForMail(delegate.email, "You're registered")));
    const auth = bearer(forum.organiserToken);

    await request(api.url).delete(`/api/v1/sessions/${forum.sundayWorkshop.id}`).set(auth).expect(204);
    await request(api.url).post(`/api/v1/events/${forum.id}/agenda/publish`).set(auth).expect(200);
    const dropped = await waitForMail(chose.email, 'Changed:');
    expect(dropped.alternative?.method).toBe('CANCEL');
    const [item] = dropped.alternative?.calendar.events ?? [];
    expect(item.uid).toBe(`session-${forum.sundayWorkshop.id}@localhost`);
    expect(item.status).toBe('CANCELLED');
    expect(item.sequence).toBe(1);
    expect(dropped.parsed.text).toContain('Cancelled: Co-operative care');

    await request(api.url).post(`/api/v1/events/${forum.id}/cancel`).set(auth).expect(200);
    for (const delegate of [chose, other]) {
      const cancelled = await waitForMail(delegate.email, 'Cancelled:');
      expect(cancelled.alternative?.method).toBe('CANCEL');
      const [eventItem] = cancelled.alternative?.calendar.events ?? [];
      expect(eventItem.uid).toBe(`event-${forum.id}@localhost`);
      expect(eventItem.status).toBe('CANCELLED');
      expect(eventItem.sequence).toBe(1);
    }
    expect(mailsTo(sink.received, other.email, 'Changed:')).toHaveLength(0);
  });
});
