import { renderMail } from './mail-templates';

const context = { networkName: 'Co-operative Councils Innovation Network', publicUrl: 'https://convene.example' };
const registration = {
  name: 'Jo <Bloggs>',
  eventTitle: 'Winter Forum',
  when: 'Thursday 11 February 2027, 10:00–16:00 (UK time)',
  venue: 'City Hall, Oldham',
  link: 'https://convene.example/registrations/abc?token=secret',
  workshops: ['Co-design lab: place confirmed', 'Community energy: waiting list, position 2'],
};

describe('Registration mails', () => {
  it('puts the event name, date and venue on lines of their own in the HTML, escaped', () => {
    const { html } = renderMail('registration-confirmed', registration, context);
    expect(html).toContain('<p>Winter Forum<br>\nThursday 11 February 2027, 10:00–16:00 (UK time)<br>\nCity Hall, Oldham</p>');
    expect(html).toContain('Hello Jo &lt;Bloggs&gt;,');
  });

  it('lists the chosen workshops in both parts', () => {
    const { html, text } = renderMail('registration-confirmed', registration, context);
    expect(text).toContain('Your workshops:\n- Co-design lab: place confirmed\n- Community energy: waiting list, position 2');
    expect(html).toContain('Your workshops:<br>\n- Co-design lab: place confirmed<br>\n- Community energy: waiting list, position 2');
  });

  it.each(['registration-confirmed', 'registration-promoted', 'registration-waitlisted', 'registration-cancelled', 'registration-reminder', 'workshop-place-given', 'apologies-received', 'event-cancelled-waiting', 'event-cancelled', 'calendar-update'])(
    'carries the private link (%s)',
    (kind) => {
      const { html, text } = renderMail(kind, { ...registration, sessionTitle: 'Co-design lab', changes: ['Moved'] }, context);
      expect(text).toContain(registration.link);
      expect(html).toContain(`href="${registration.link.replace(/&/g, '&amp;')}"`);
    },
  );
});
