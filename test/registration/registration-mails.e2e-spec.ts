import request from 'supertest';
import { SmtpSink } from '@convene/testing';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';
import { readMail } from '../support/calendar';
import { makePublishedEvent, registerDelegate } from '../support/events';
import { MailingStack, startMailingStack } from '../support/mailing-stack';

// The mails as a delegate receives them, through the worker and a real SMTP sink.
describe('Mails about a registration', () => {
  let stack: MailingStack;
  let sink: SmtpSink;
  let api: RunningApi;

  beforeAll(async () => {
    stack = await startMailingStack({ CALENDAR_DEBOUNCE_MS: '0' });
    ({ sink, api } = stack);
  });

  afterAll(() => stack?.close());

  const waitForMail = (email: string, subjectStart: string) =>
    sink.waitFor((mail) => mail.to === email && mail.subject.startsWith(subjectStart), 30_000).then(readMail);

  it('mails a freed workshop seat to the first in its line with the workshop’s invite, and the promotion with its private link and workshops', async () => {
    const event = await makePublishedEvent(api, { capacity: 2 }, [{ title: 'Community energy', capacity: 1 }]);
    const [workshop] = event.workshopIds;
    const ann = await registerDelegate(api, event.id, 1, { workshopIds: [workshop] });
    const ben = await registerDelegate(api, event.id, 2, { workshopIds: [workshop] });
    const cat = await registerDelegate(api, event.id, 3, { workshopIds: [workshop] });
    const confirmation = await waitForMail(ann.email, "You're registered");
    expect(confirmation.parsed.html).toMatch(/<p>Network Forum[^<]*<br>\s*Thursday,? 11 February 2027[^<]*<br>\s*City Hall<\/p>/);
    expect(confirmation.parsed.text).toContain('- Community energy: place confirmed');
    // The check-in code in text, and its QR code as an inline PNG the HTML shows, with alt text naming the code.
    const code = /^\s+([2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5})$/m.exec(confirmation.parsed.text ?? '')?.[1];
    expect(code).toBeDefined();
    const qr = confirmation.parsed.attachments.find((part) => part.cid === 'check-in-code@convene');
    expect(qr).toMatchObject({ contentType: 'image/png', contentDisposition: 'inline' });
    expect(qr?.content.subarray(1, 4).toString('latin1')).toBe('PNG');
    // mailparser puts the part the HTML names by cid in its place: the HTML shows this very image.
    expect(confirmation.mail.decoded).toContain('src="cid:check-in-code@convene"');
    expect(confirmation.parsed.html).toContain(`<img src="data:image/png;base64,${qr?.content.toString('base64')}" alt="QR code of your check-in code, ${code}, for scanning at the door"`);

    await request(api.url).delete(`/api/v1/registrations/${ann.id}`).set(bearer(event.organiserToken)).expect(200);
    const seat = await waitForMail(ben.email, 'A workshop place is yours: Community energy');
    expect(seat.parsed.text).toContain(`/registrations/${ben.id}?token=`);
    expect(seat.alternative?.method).toBe('REQUEST');
    expect(seat.files.map((file) => file.events[0].uid)).toEqual([`session-${workshop}@localhost`]);

    const promoted = await waitForMail(cat.email, 'A place is yours');
    expect(promoted.parsed.text).toContain(`/registrations/${cat.id}?token=`);
    expect(promoted.parsed.text).toContain('- Community energy: waiting list, position 1');
  });

  it('tells those on the waiting list when the event is cancelled, as well as those with a place', async () => {
    const event = await makePublishedEvent(api, { capacity: 1 });
    const placed = await registerDelegate(api, event.id, 1);
    const waiting = await registerDelegate(api, event.id, 2);
    expect(waiting.status).toBe('waitlisted');
    await waitForMail(waiting.email, "You're on the waiting list");

    await request(api.url).post(`/api/v1/events/${event.id}/cancel`).set(bearer(event.organiserToken)).expect(200);
    const toWaiting = await waitForMail(waiting.email, 'Cancelled:');
    expect(toWaiting.parsed.text).toContain('the place you were waiting for will not come');
    expect(toWaiting.parsed.text).toContain(`/registrations/${waiting.id}?token=`);
    expect(toWaiting.files).toEqual([]);
    const toPlaced = await waitForMail(placed.email, 'Cancelled:');
    expect(toPlaced.alternative?.method).toBe('CANCEL');
  });
});
