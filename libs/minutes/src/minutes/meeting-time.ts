/** "Monday 11 October 2010", in the event's time zone. */
export function meetingDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at).replace(',', '');
}

/** "10.00am – 1.00pm", as the network's minutes write times. */
export function meetingTime(startsAt: Date, endsAt: Date, timeZone: string): string {
  return `${clock(startsAt, timeZone)} – ${clock(endsAt, timeZone)}`;
}

function clock(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', minute: '2-digit', hour12: true }).formatToParts(at);
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  const period = (parts.find((part) => part.type === 'dayPeriod')?.value ?? '').toLowerCase().replace(/\./g, '');
  return `${hour}.${minute}${period}`;
}

/** The date and time lines of a meeting's minutes. */
export function meetingDateAndTime(startsAt: Date, endsAt: Date, timeZone: string): { date: string; time: string } {
  return { date: meetingDate(startsAt, timeZone), time: meetingTime(startsAt, endsAt, timeZone) };
}
