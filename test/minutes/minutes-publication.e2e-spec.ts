import type { MinutesView } from '@convene/minutes';
import { SmtpSink } from '@convene/testing';
import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';
import { MailingStack, allMailSentTo, startMailingStack } from '../support/mailing-stack';
import { attend, draftMinutes, makeMeeting, sendApologies } from './minutes-fixtures';

// API -> outbox -> queue -> worker -> real SMTP: publication reaches each delegate once.
describe('Publishing minutes mails those present and those who sent apologies', () => {
  let stack: MailingStack;
  let sink: SmtpSink;
  let api: RunningApi;

  beforeAll(async () => {
    stack = await startMailingStack();
    ({ sink, api } = stack);
  });

  afterAll(() => stack?.close());

  it('sends one mail with the link to each person present and each with apologies, and none to others or twice', async () => {
    const meeting = await makeMeeting(api, { day: 20 });
    const present = [
      await attend(api, meeting, { name: 'Richard Bridge', category: 'commissioner', checkIn: true }),
      await attend(api, meeting, { name: 'Stella Clarke', category: 'delegate', checkIn: true }),
    ];
    // Checked in after sending apologies: one mail, not two.
    await sendApologies(api, meeting, { name: 'Stella Clarke', email: present[1] });
    const apologies = [await sendApologies(api, meeting, { name: 'Mike Dickens', organisationName: 'Lambeth Council' })];
    const absent = await attend(api, meeting, { name: 'Carolyn Dwyer', category: 'delegate', checkIn: false });
    const recipients = [...present, ...apologies];

    const minutes: MinutesView = (await draftMinutes(api, meeting).expect(201)).body;
    await request(api.url).post(`/api/v1/minutes/${minutes.id}/approve`).set(bearer(meeting.chairToken)).expect(200);
    await request(api.url).post(`/api/v1/minutes/${minutes.id}/publish`).set(bearer(meeting.organiserToken)).expect(200);
    await request(api.url).post(`/api/v1/minutes/${minutes.id}/publish`).set(bearer(meeting.organiserToken)).expect(200);

    const isPublication = (mail: { subject: string }) => mail.subject.startsWith('Minutes published');
    for (const address of recipients) await sink.waitFor((mail) => mail.to === address && isPublication(mail));
    // Every mail recorded is sent (each row once): the sink holds all there will be.
    await allMailSentTo(api, [...recipients, absent]);

    const publications = sink.received.filter((mail) => isPublication(mail) && [...recipients, absent].includes(mail.to));
    expect(publications.map((mail) => mail.to).sort()).toEqual([...recipients].sort());
    for (const mail of publications) {
      expect(mail.subject).toBe(`Minutes published: ${minutes.content.title}`);
      expect(mail.decoded).toContain(`/minutes/${minutes.id}`);
    }
    expect(publications.find((mail) => mail.to === present[1])?.decoded).toContain('Hello Stella Clarke');
  });
});
