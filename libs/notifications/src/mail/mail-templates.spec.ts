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

describe('the check-in code in mails that confirm a place', () => {
  it('shows the code in both parts and, in the HTML, its QR code as an inline image with alt text', () => {
    const mail = renderMail('registration-confirmed', { ...registration, checkInCode: 'K7QMX-4RT9B' }, context);
    expect(mail.text).toContain('    K7QMX-4RT9B');
    expect(mail.text).not.toContain('cid:');
    expect(mail.html).toContain('<img src="cid:check-in-code@convene" alt="QR code of your check-in code, K7QMX-4RT9B, for scanning at the door"');
    expect(mail.images).toEqual([{ cid: 'check-in-code@convene', text: 'K7QMX-4RT9B' }]);
  });

  it('carries no image when there is no code (waiting list)', () => {
    const mail = renderMail('registration-waitlisted', { ...registration, position: 2 }, context);
    expect(mail.html).not.toContain('<img');
    expect(mail.images).toEqual([]);
  });
});

const event = { name: 'Siân', eventTitle: 'Fforwm yr Hydref', when: 'Dydd Iau 11 Chwefror 2027, 10:00–16:00 (amser y DU)', venue: 'Neuadd y Ddinas', link: 'https://convene.example/r/1' };

describe('mails in the recipient language', () => {
  it('writes a Welsh confirmation, subject and frame included, with lang on the HTML', () => {
    const mail = renderMail('registration-confirmed', { ...event, language: 'cy', checkInCode: 'AB12' }, context);
    expect(mail.subject).toBe('Rydych wedi cofrestru: Fforwm yr Hydref');
    expect(mail.text).toContain('Helo Siân,');
    expect(mail.text).toContain('Rhwydwaith Arloesi Cynghorau Cydweithredol');
    expect(mail.html).toContain('<html lang="cy">');
  });

  it('asks to confirm the address before a place is held, in Welsh, with the time to confirm by and the link (issue 16.7)', () => {
    const mail = renderMail('registration-confirm-address', { ...event, language: 'cy', expiresAt: '18:06, 3 Rhagfyr 2026 (amser y DU)' }, context);
    expect(mail.subject).toBe('Cadarnhewch eich cyfeiriad i gymryd eich lle: Fforwm yr Hydref');
    expect(mail.text).toContain('Cadarnhewch cyn 18:06, 3 Rhagfyr 2026 (amser y DU)');
    expect(mail.text).toContain(event.link);
    expect(mail.html).toContain('Cadarnhau fy nghyfeiriad');
    const english = renderMail('registration-confirm-address', { ...event, language: 'en', expiresAt: '18:06, 3 December 2026 (UK time)' }, context);
    expect(english.text).toContain('Confirm before 18:06, 3 December 2026 (UK time): after that this registration counts for nothing');
  });

  it('counts the sign-in minutes with the Welsh dual form', () => {
    const mail = renderMail('sign-in', { name: null, code: '123456', link: 'https://x', expiresInMinutes: 2, language: 'cy' }, context);
    expect(mail.text).toContain('am 2 funud');
  });

  it('stays English when the mail carries no language (rows recorded before languages)', () => {
    const mail = renderMail('registration-waitlisted', { ...event, position: 3 }, context);
    expect(mail.subject).toBe("You're on the waiting list: Fforwm yr Hydref");
    expect(mail.text).toContain('at position 3');
    expect(mail.html).toContain('<html lang="en-GB">');
  });
});

describe('mails about a bilingual event', () => {
  it('carry both languages, Welsh first, each marked with its lang', () => {
    const mail = renderMail(
      'registration-confirmed',
      {
        ...event,
        language: 'en',
        bilingual: {
          cy: { eventTitle: 'Fforwm yr Hydref', when: 'Dydd Iau 11 Chwefror 2027, 10:00–16:00 (amser y DU)', venue: 'Neuadd y Ddinas' },
          en: { eventTitle: 'Autumn Forum', when: 'Thursday 11 February 2027, 10:00–16:00 (UK time)', venue: 'City Hall' },
        },
      },
      context,
    );
    expect(mail.subject).toBe("Rydych wedi cofrestru: Fforwm yr Hydref / You're registered: Autumn Forum");
    expect(mail.text.indexOf("Mae eich lle wedi'i gadarnhau.")).toBeLessThan(mail.text.indexOf('Your place is confirmed.'));
    expect(mail.html).toContain('<div lang="cy">');
    expect(mail.html).toContain('<div lang="en-GB">');
    expect(mail.html).toContain('<html lang="en-GB">');
  });
});
