import { eventInLanguage, sessionInLanguage } from './event-in-language';

const session = { title: 'Community energy', titleCy: 'Ynni cymunedol', room: 'Room 2', roomCy: 'Ystafell 2' };
const event = { title: 'Annual meeting', titleCy: 'Cyfarfod blynyddol', venueName: 'Pierhead', venueNameCy: null, venueAddress: 'Cardiff Bay', venueAddressCy: 'Bae Caerdydd' };

describe('content in the reader\'s language', () => {
  it('gives a Welsh reader the Welsh the organisers wrote', () => {
    expect(sessionInLanguage(session, 'cy')).toEqual({ title: 'Ynni cymunedol', room: 'Ystafell 2' });
  });

  it('gives an English reader the English, Welsh or not', () => {
    expect(sessionInLanguage(session, 'en')).toEqual({ title: 'Community energy', room: 'Room 2' });
  });

  it('gives a Welsh reader the English of whatever has no Welsh, and no room where none is set', () => {
    expect(sessionInLanguage({ title: 'Workshop', titleCy: null, room: null }, 'cy')).toEqual({ title: 'Workshop', room: null });
    expect(eventInLanguage(event, 'cy')).toEqual({ title: 'Cyfarfod blynyddol', venue: 'Pierhead, Bae Caerdydd' });
  });
});
