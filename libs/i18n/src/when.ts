// The one formatter for dates and times a person reads: pages, mails, invites, minutes, PDF.
// Always in the event's own time zone (whatever the reader's clock says), through Intl in the
// reader's language, UK conventions in English: "Thursday 11 February 2027, 10:00–16:00",
// "Dydd Iau 11 Chwefror 2027, 10:00–16:00".
import { LOCALE_OF, type Language } from './languages';
import { commonMessages } from './messages/common.messages';

type Instant = string | Date;

/** Where something has no zone of its own (minutes approved, a revision saved), it is told in the network's. */
export const NETWORK_TIME_ZONE = 'Europe/London';

// Building an Intl.DateTimeFormat costs about a millisecond and every registration mail describes
// its event: one per language, zone and shape, kept (a few dozen at most).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(LOCALE_OF[language], { timeZone, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

// Some browsers' Intl has no Welsh (Debian's Chromium answers 'cy' in English): the days and
// months are then named from here, so a Welsh page never shows "Thursday".
const WELSH_DAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'];
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
let intlSpeaksWelsh: boolean | undefined;

function parts(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions, instant: Instant) {
  const list = formatter(language, timeZone, options).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => list.find((p) => p.type === type)?.value ?? '';
  if (language !== 'cy' || (intlSpeaksWelsh ??= formatter('cy', 'UTC', { month: 'long' }).format(new Date(Date.UTC(2027, 1, 1))) === 'Chwefror')) return part;
  const numeric = formatter('en', timeZone, { weekday: 'short', month: 'numeric' }).formatToParts(new Date(instant));
  const month = Number(numeric.find((p) => p.type === 'month')?.value) - 1;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(numeric.find((p) => p.type === 'weekday')?.value ?? '');
  return (type: Intl.DateTimeFormatPartTypes) => (type === 'weekday' ? WELSH_DAYS[weekday] : type === 'month' ? WELSH_MONTHS[month] : part(type));
}

/** "Thursday 11 February 2027" / "Dydd Iau 11 Chwefror 2027" (from parts: ICU puts a comma after the weekday). */
export function formatDay(instant: Instant, timeZone: string, language: Language): string {
  const part = parts(language, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, instant);
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "11 February 2027" / "11 Chwefror 2027": a date without its weekday (due dates, documents). */
export function formatDate(instant: Instant, timeZone: string, language: Language): string {
  const part = parts(language, timeZone, { day: 'numeric', month: 'long', year: 'numeric' }, instant);
  return `${part('day')} ${part('month')} ${part('year')}`;
}

/** A 'YYYY-MM-DD' calendar date (an agenda day, a due date) as "Thursday 11 February 2027": no zone shift. */
export function formatCalendarDay(date: string, language: Language): string {
  return formatDay(new Date(`${date}T12:00:00Z`), 'UTC', language);
}

/** A 'YYYY-MM-DD' calendar date as "11 February 2027". */
export function formatCalendarDate(date: string, language: Language): string {
  return formatDate(new Date(`${date}T12:00:00Z`), 'UTC', language);
}

/** "10:00": the 24-hour clock in both languages. */
export function formatTime(instant: Instant, timeZone: string, language: Language): string {
  return formatter(language, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

const dayKey = (instant: Instant, timeZone: string) => formatter('en', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

/** "10:00–16:00" on one day; "10:00 – Friday 12 February 2027, 16:00" when it runs past midnight. */
export function formatTimes(startsAt: Instant, endsAt: Instant, timeZone: string, language: Language): string {
  if (dayKey(startsAt, timeZone) === dayKey(endsAt, timeZone)) return `${formatTime(startsAt, timeZone, language)}–${formatTime(endsAt, timeZone, language)}`;
  return `${formatTime(startsAt, timeZone, language)} – ${formatDay(endsAt, timeZone, language)}, ${formatTime(endsAt, timeZone, language)}`;
}

/**
 * "Thursday 11 February 2027, 10:00–16:00", or both days in full when it runs over midnight
 * ("…, 18:00 – Friday 12 February 2027, 01:00": a dash, not a word, so no Welsh mutation is needed).
 */
export function formatWhen(startsAt: Instant, endsAt: Instant, timeZone: string, language: Language): string {
  return `${formatDay(startsAt, timeZone, language)}, ${formatTimes(startsAt, endsAt, timeZone, language)}`;
}

/** How a time zone is named beside a time: "UK time" / "amser y DU" for Europe/London, else its IANA name. */
export function zoneLabel(timeZone: string, language: Language): string {
  return timeZone === 'Europe/London' ? commonMessages['common.zone.uk'][language] : timeZone;
}

/** formatWhen with the zone: "Thursday 11 February 2027, 10:00–16:00 (UK time)". What mails and invites say. */
export function formatWhenWithZone(startsAt: Instant, endsAt: Instant, timeZone: string, language: Language): string {
  return `${formatWhen(startsAt, endsAt, timeZone, language)} (${zoneLabel(timeZone, language)})`;
}

/** "14:05, 11 February 2027": when something was written (liveblog entries, corrections). */
export function formatMoment(instant: Instant, timeZone: string, language: Language): string {
  return `${formatTime(instant, timeZone, language)}, ${formatDate(instant, timeZone, language)}`;
}

/** "2027-02-11 09:42" in the zone: the form spreadsheets read as a date and time (CSV exports). */
export function formatSpreadsheetTime(instant: Instant, timeZone: string): string {
  const part = parts('en', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, instant);
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
