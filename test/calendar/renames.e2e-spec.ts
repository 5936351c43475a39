import { SmtpSink, parseCalendar } from '@convene/testing';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';
import { calendarSettled, mailsTo, makeAutumnForum, readMail, register } from '../support/calendar';
import { MailingStack, startMailingStack } from '../support/mailing-stack';

const DEBOUNCE_MS = 2_000;

// A new title alone changes what calendars show (SUMMARY): delegates get an updated invite, one
// sequence up, through the same debounced sync as a new time or room.
describe('Calendar invites after a rename', () => {
  let stack: MailingStack;
  let sink: SmtpSink;
  let api: RunningApi;

  beforeAll(async () => {
    stack = await startMailingStack({ CALENDAR_DEBOUNCE_MS: String(DEBOUNCE_MS) });
    ({ sink, api } = stack);
  });

  afterAll(() => stack?.close());

  const waitForMail = (email: string, subjectStart: string) =>
    sink.waitFor((mail) => mail.to === email && mail.subject.startsWith(subjectStart), 30_000).then(readMail);

  it('sends the same UIDs one sequence up with the new SUMMARY when a session and then the event are renamed, saying from what to what', async () => {
    const forum = await makeAutumnForum(api);
    const auth = bearer(forum.organiserToken);
    const oldTitle = (await request(api.url).get(`/api/v1/events/${forum.id}`).expect(200)).body.title as string;
    const seated = await register(api, forum.id, [forum.saturdayWorkshop.id]);
    const other = await register(api, forum.id, []);
    const [confirmation] = await Promise.all([seated, other].map((delegate) => waitForMail(delegate.email, "You're registered")));
    const eventUid = `event-${forum.id}@localhost`;
    const sessionUid = `session-${forum.saturdayWorkshop.id}@localhost`;
    expect(confirmation.files.map((file) => [file.events[0].uid, file.events[0].sequence])).toEqual([[eventUid, 0], [sessionUid, 0]]);

    // The session: renamed on the draft agenda, which reaches calendars when published.
    await request(api.url).patch(`/api/v1/sessions/${forum.saturdayWorkshop.id}`).set(auth).send({ title: 'Community wealth building' }).expect(200);
    await request(api.url).post(`/api/v1/events/${forum.id}/agenda/publish`).set(auth).expect(200);
    const sessionUpdate = await waitForMail(seated.email, 'Changed:');
    expect(sessionUpdate.parsed.text).toContain(`Renamed from "Community wealth (${oldTitle})" to "Community wealth building (${oldTitle})"`);
    expect(sessionUpdate.alternative?.method).toBe('REQUEST');
    expect(sessionUpdate.files).toHaveLength(1);
    const [renamedSession] = sessionUpdate.files[0].events;
    expect(renamedSession.uid).toBe(sessionUid);
    expect(renamedSession.sequence).toBe(1);
    expect(renamedSession.summary).toBe(`Community wealth building (${oldTitle})`);
    // Times and place are as they were.
    expect(renamedSession.start.toISOString()).toBe(new Date(forum.saturdayWorkshop.startsAt).toISOString());
    expect(renamedSession.location).toBe('Room A, Guildhall, Plymouth');

    // The event: its title is in its own item and in every session's.
    const newTitle = `${oldTitle} (renamed)`;
    await request(api.url).patch(`/api/v1/events/${forum.id}`).set(auth).send({ title: newTitle }).expect(200);
    const eventUpdates = await Promise.all([seated, other].map((delegate) => waitForMail(delegate.email, `Changed: ${newTitle}`)));
    for (const update of eventUpdates) {
      expect(update.parsed.text).toContain(`Renamed from "${oldTitle}" to "${newTitle}"`);
      // The sessions' new titles follow from the event's: one line says it.
      expect(update.parsed.text).not.toContain('Renamed from "Community wealth building');
      const [eventItem] = update.files[0].events;
      expect(eventItem.uid).toBe(eventUid);
      expect(eventItem.sequence).toBe(1);
      expect(eventItem.summary).toBe(newTitle);
      expect(eventItem.start.toISOString()).toBe('2027-10-30T08:00:00.000Z');
    }
    const seatedFiles = eventUpdates[0].files;
    expect(seatedFiles.map((file) => file.events[0].uid)).toEqual([eventUid, sessionUid]);
    expect(seatedFiles[1].events[0].sequence).toBe(2);
    expect(seatedFiles[1].events[0].summary).toBe(`Community wealth building (${newTitle})`);
    // Not seated in the workshop: the event's invite only.
    expect(eventUpdates[1].files).toHaveLength(1);

    // The private feed carries the same sequences and titles.
    const feedPath = new URL(/Subscribe to your calendar of network events \(kept up to date\): (\S+)/.exec(confirmation.parsed.text ?? '')?.[1] as string).pathname;
    const feed = await request(api.url).get(feedPath).expect(200);
    expect(parseCalendar(feed.text).events.map((item) => [item.uid, item.sequence, item.summary])).toEqual([
      [eventUid, 1, newTitle],
      [sessionUid, 2, `Community wealth building (${newTitle})`],
    ]);

    await calendarSettled(api, forum.id, [seated.email, other.email]); // no further update can follow now
    expect(mailsTo(sink.received, seated.email, 'Changed:')).toHaveLength(2);
    expect(mailsTo(sink.received, other.email, 'Changed:')).toHaveLength(1);
  });
});
