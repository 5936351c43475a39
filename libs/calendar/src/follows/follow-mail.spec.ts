import type { AgendaSessionView, NetworkEvent } from '@convene/events';
import { followMailData } from './follow-mail';

const event = {
  id: '11111111-1111-4111-8111-111111111111', slug: 'cardiff-forum', title: 'Cardiff Forum', titleCy: 'Fforwm Caerdydd', timeZone: 'Europe/London',
  startsAt: new Date('2027-02-11T10:00:00Z'), endsAt: new Date('2027-02-11T16:00:00Z'), venueName: 'City Hall', venueAddress: 'Cardiff',
} as NetworkEvent;
const session = {
  id: '22222222-2222-4222-8222-222222222222', title: 'Opening plenary', titleCy: 'Cyfarfod llawn agoriadol', room: 'Council Chamber', roomCy: 'Siambr y Cyngor',
  startsAt: new Date('2027-02-11T10:00:00Z'), endsAt: new Date('2027-02-11T11:00:00Z'), liveblog: true, liveQa: false,
} as AgendaSessionView;
const config = { publicUrl: 'https://convene.example.org', sessionSecret: 'x'.repeat(32) };

describe('followMailData', () => {
  it("names the session, its room and its event in the follower's language where the organisers gave it", () => {
    expect(followMailData(event, session, 'f1', config, 'cy')).toMatchObject({
      sessionTitle: 'Cyfarfod llawn agoriadol', room: 'Siambr y Cyngor', eventTitle: 'Fforwm Caerdydd', when: expect.stringMatching(/^Dydd Iau 11 Chwefror 2027/),
    });
    expect(followMailData(event, session, 'f1', config, 'en')).toMatchObject({ sessionTitle: 'Opening plenary', room: 'Council Chamber', eventTitle: 'Cardiff Forum' });
    expect(followMailData({ ...event, titleCy: null } as NetworkEvent, { ...session, titleCy: null, roomCy: null }, 'f1', config, 'cy')).toMatchObject({
      sessionTitle: 'Opening plenary', room: 'Council Chamber', eventTitle: 'Cardiff Forum',
    });
  });
});
