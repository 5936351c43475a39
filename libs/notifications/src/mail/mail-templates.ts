import { LOCALE_OF, isLanguage, t, type Language, type ServerMessageKey } from '@convene/i18n';
import { escapeHtml, singleLine } from './escape';
import { calendarChangeLine, type CalendarChange } from '../calendar/calendar-change';
import { workshopLineText, type WorkshopLine } from './workshop-line';

export interface MailContext {
  networkName: string;
  publicUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** Images the HTML shows by `cid:` (the check-in code's QR code): the sender draws and attaches them. */
  images: QrImage[];
}

/** A QR code of `text`, attached inline as `cid`. */
export interface QrImage {
  cid: string;
  text: string;
}

interface MailTemplate<D> {
  render(data: D, context: MailContext, language: Language): { subject: string; paragraphs: Paragraph[] };
  /** Fields cleared from the outbox row once the mail is sent or given up (codes, links). */
  secretFields: (keyof D & string)[];
}

/**
 * One paragraph of a mail: plain text, or a call to action (a link), or a highlighted code, or
 * the QR code of a code (HTML only: the text part already carries the code itself).
 */
export type Paragraph = string | { link: string; label: string } | { code: string } | { qr: string; alt: string };

/** The one inline image a mail may carry; a bilingual mail shows it in both parts. */
const CHECK_IN_QR_CID = 'check-in-code@convene';

export interface SignInMailData {
  name: string | null;
  code: string;
  link: string;
  expiresInMinutes: number;
}

export interface EventMailData {
  name: string | null;
  eventTitle: string;
  when: string;
  venue: string | null;
  /** The private link to view, change or cancel (registration mails), or to accept (invitations). */
  link: string | null;
  position?: number | null;
  expiresAt?: string;
  sessionTitle?: string;
  role?: string;
  /** Printed in the mails that confirm a place; typed or scanned at the door. */
  checkInCode?: string;
  /** The registration's workshops, one line each ("Co-design lab: place confirmed"). */
  workshops?: (WorkshopLine | string)[];
  /** Apologies: whether a place was given back with them. */
  gaveUpPlace?: boolean;
}

/** A message organisers write to their event's registrants: plain text, escaped like any paragraph. */
export interface RegistrantsMessageData {
  name: string | null;
  eventTitle: string;
  subject: string;
  body: string;
}

/** To the owner of an action agreed at a meeting. */
export interface ActionAssignedMailData {
  name: string | null;
  meeting: string;
  description: string;
  dueDate: string | null;
  link: string;
}

/** Mails to someone following a session remotely (by address or as a signed-in person). */
export interface SessionFollowMailData {
  sessionTitle: string;
  eventTitle: string;
  /** The session's time in the event's time zone. */
  when: string;
  room: string | null;
  /** The follow's private page: confirm (first mail) or stop the reminders. */
  followLink: string;
  liveblogUrl: string | null;
  qaUrl: string | null;
  /** Where to go when the session has neither (the event's page). */
  eventUrl: string;
}

/** Someone without an account who asked for access, and the organiser's answer. */
export interface AccessRequestMailData {
  name: string;
  /** The member organisation they named (the acknowledgement). */
  organisation?: string;
  /** The sign-in page, leading back to the event they asked from (approved). */
  link?: string;
  /** What the organiser wrote when declining. */
  note?: string | null;
}

const greeting = (name: string | null, language: Language) => (name ? t(language, 'mail.greeting', { name }) : t(language, 'mail.greetingNoName'));

const eventLines = (data: Pick<EventMailData, 'eventTitle' | 'when' | 'venue'>) => `${data.eventTitle}\n${data.when}${data.venue ? `\n${data.venue}` : ''}`;

const SPEAKER_ROLE: Record<string, ServerMessageKey> = {
  chair: 'mail.role.chair',
  speaker: 'mail.role.speaker',
  panellist: 'mail.role.panellist',
  facilitator: 'mail.role.facilitator',
  'note-taker': 'mail.role.noteTaker',
};

/** The registration mails share one shape: a headline, the event, and what to do next. */
function eventMail(
  subject: ServerMessageKey,
  lines: (data: EventMailData, language: Language) => string[],
  linkLabel: ServerMessageKey = 'mail.link.manage',
  subjectTitle: (data: EventMailData) => string = (data) => data.eventTitle,
): MailTemplate<EventMailData> {
  return {
    secretFields: ['link', 'checkInCode'],
    render: (data, _context, language) => ({
      subject: t(language, subject, { event: subjectTitle(data) }),
      paragraphs: [
        greeting(data.name, language),
        ...lines(data, language),
        ...(data.checkInCode
          ? [t(language, 'mail.checkInCode'), { code: data.checkInCode }, { qr: data.checkInCode, alt: t(language, 'mail.checkInQrAlt', { code: data.checkInCode }) }]
          : []),
        eventLines(data),
        ...(data.workshops?.length ? [`${t(language, 'mail.workshops')}\n${data.workshops.map((line) => `- ${workshopLineText(line, language)}`).join('\n')}`] : []),
        ...(data.link ? [{ link: data.link, label: t(language, linkLabel) }] : []),
      ],
    }),
  };
}

const TEMPLATES = {
  'registration-confirmed': eventMail('mail.confirmed.subject', (_d, l) => [t(l, 'mail.confirmed.body')]),
  'registration-waitlisted': eventMail('mail.waitlisted.subject', (d, l) => [
    d.position ? t(l, 'mail.waitlisted.bodyAt', { position: d.position }) : t(l, 'mail.waitlisted.body'),
  ]),
  'registration-pending': eventMail('mail.pending.subject', (_d, l) => [t(l, 'mail.pending.body')]),
  'registration-promoted': eventMail('mail.promoted.subject', (_d, l) => [t(l, 'mail.promoted.body')]),
  'registration-approved': eventMail('mail.approved.subject', (_d, l) => [t(l, 'mail.approved.body')]),
  'registration-declined': eventMail('mail.declined.subject', (_d, l) => [t(l, 'mail.declined.body')]),
  'registration-cancelled': eventMail('mail.cancelled.subject', (_d, l) => [t(l, 'mail.cancelled.body')]),
  'registration-reminder': eventMail('mail.reminderOfRegistration.subject', (_d, l) => [t(l, 'mail.reminderOfRegistration.body')]),
  'registration-changed': eventMail('mail.changed.subject', (_d, l) => [t(l, 'mail.changed.body')], 'mail.link.change'),
  'workshop-place-given': eventMail(
    'mail.workshopPlace.subject',
    (d, l) => [t(l, 'mail.workshopPlace.body', { session: d.sessionTitle ?? '' })],
    'mail.link.change',
    (d) => d.sessionTitle ?? d.eventTitle,
  ),
  'apologies-received': eventMail(
    'mail.apologies.subject',
    (d, l) => [d.gaveUpPlace ? t(l, 'mail.apologies.bodyPlaceBack') : t(l, 'mail.apologies.body')],
    'mail.link.yourRegistration',
  ),
  'apologies-place-held': eventMail('mail.apologiesHeld.subject', (_d, l) => [t(l, 'mail.apologiesHeld.body'), t(l, 'mail.apologiesHeld.how')], 'mail.link.openRegistration'),
  'event-cancelled-waiting': eventMail('mail.eventCancelled.subject', (_d, l) => [t(l, 'mail.cancelledWaiting.body')], 'mail.link.yourRegistration'),
  'registration-offered': eventMail(
    'mail.offered.subject',
    (d, l) => [d.expiresAt ? t(l, 'mail.offered.bodyUntil', { expiresAt: d.expiresAt }) : t(l, 'mail.offered.body'), t(l, 'mail.offered.passes')],
    'mail.offered.link',
  ),
  'registration-confirm-address': eventMail(
    'mail.confirmAddress.subject',
    (d, l) => [t(l, 'mail.confirmAddress.body'), t(l, 'mail.confirmAddress.until', { expiresAt: d.expiresAt ?? '' }), t(l, 'mail.confirmAddress.notYou')],
    'mail.confirmAddress.link',
  ),
  'registration-offer-expired': eventMail('mail.offerExpired.subject', (_d, l) => [t(l, 'mail.offerExpired.body')]),
  'registrants-message': {
    secretFields: [],
    render: (data: RegistrantsMessageData, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.registrantsMessage.subject', { subject: data.subject, event: data.eventTitle }),
      paragraphs: [greeting(data.name, language), ...data.body.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean)],
    }),
  } satisfies MailTemplate<RegistrantsMessageData>,
  'event-filling': {
    secretFields: [],
    render: (data: EventMailData & { percent: number; confirmed: number; places: number }, _context: MailContext, language: Language) => ({
      subject: data.percent >= 100 ? t(language, 'mail.filling.subjectFull', { event: data.eventTitle }) : t(language, 'mail.filling.subject', { percent: data.percent, event: data.eventTitle }),
      paragraphs: [
        greeting(data.name, language),
        t(language, 'mail.filling.body', { event: data.eventTitle, when: data.when, confirmed: data.confirmed, places: data.places }),
        data.percent >= 100 ? t(language, 'mail.filling.full') : t(language, 'mail.filling.notFull'),
      ],
    }),
  } satisfies MailTemplate<EventMailData & { percent: number; confirmed: number; places: number }>,
  'speaker-invitation': eventMail(
    'mail.speaker.subject',
    (d, l) => [t(l, 'mail.speaker.body', { session: d.sessionTitle ?? '', role: d.role && SPEAKER_ROLE[d.role] ? t(l, SPEAKER_ROLE[d.role]) : (d.role ?? '') })],
    'mail.speaker.link',
  ),
  invitation: eventMail(
    'mail.invitation.subject',
    (d, l) => [d.expiresAt ? t(l, 'mail.invitation.bodyUntil', { expiresAt: d.expiresAt }) : t(l, 'mail.invitation.body')],
    'mail.invitation.link',
  ),
  'minutes-published': eventMail('mail.minutesPublished.subject', (_d, l) => [t(l, 'mail.minutesPublished.body')], 'mail.minutesPublished.link'),
  'action-assigned': {
    // The link goes to the page every owner has (after signing in): nothing secret in it.
    secretFields: [],
    render: (data: ActionAssignedMailData, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.action.subject', { meeting: data.meeting }),
      paragraphs: [
        greeting(data.name, language),
        t(language, 'mail.action.given', { meeting: data.meeting }),
        data.description,
        data.dueDate ? t(language, 'mail.action.due', { dueDate: data.dueDate }) : t(language, 'mail.action.noDue'),
        t(language, 'mail.action.signIn'),
        { link: data.link, label: t(language, 'mail.action.link') },
      ],
    }),
  } satisfies MailTemplate<ActionAssignedMailData>,
  'minutes-circulated': eventMail('mail.minutesCirculated.subject', (_d, l) => [t(l, 'mail.minutesCirculated.body')], 'mail.minutesCirculated.link'),

  'calendar-update': {
    secretFields: ['link'],
    render: (data: EventMailData & { changes: (CalendarChange | string)[] }, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.calendarUpdate.subject', { event: data.eventTitle }),
      paragraphs: [
        greeting(data.name, language),
        t(language, 'mail.calendarUpdate.intro'),
        data.changes.map((change) => `- ${calendarChangeLine(change, language)}`).join('\n'),
        t(language, 'mail.calendarUpdate.attached'),
        eventLines(data),
        ...(data.link ? [{ link: data.link, label: t(language, 'mail.link.change') }] : []),
      ],
    }),
  } satisfies MailTemplate<EventMailData & { changes: (CalendarChange | string)[] }>,
  'event-cancelled': {
    secretFields: ['link'],
    render: (data: EventMailData, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.eventCancelled.subject', { event: data.eventTitle }),
      paragraphs: [
        greeting(data.name, language),
        t(language, 'mail.eventCancelled.body'),
        eventLines(data),
        ...(data.link ? [{ link: data.link, label: t(language, 'mail.link.yourRegistration') }] : []),
      ],
    }),
  } satisfies MailTemplate<EventMailData>,
  'session-follow-confirm': {
    secretFields: ['followLink'],
    render: (data: SessionFollowMailData, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.followConfirm.subject', { session: data.sessionTitle }),
      paragraphs: [
        t(language, 'mail.followConfirm.body'),
        `${data.sessionTitle}\n${data.eventTitle}\n${data.when}`,
        { link: data.followLink, label: t(language, 'mail.followConfirm.link') },
        t(language, 'mail.followConfirm.notYou'),
      ],
    }),
  } satisfies MailTemplate<SessionFollowMailData>,
  'session-starting': {
    secretFields: ['followLink'],
    render: (data: SessionFollowMailData, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.sessionStarting.subject', { session: data.sessionTitle }),
      paragraphs: [
        t(language, 'mail.sessionStarting.body'),
        `${data.sessionTitle}\n${data.eventTitle}\n${data.when}${data.room ? `\n${data.room}` : ''}`,
        ...(data.liveblogUrl ? [{ link: data.liveblogUrl, label: t(language, 'mail.sessionStarting.liveblog') }] : []),
        ...(data.qaUrl ? [{ link: data.qaUrl, label: t(language, 'mail.sessionStarting.qa') }] : []),
        ...(!data.liveblogUrl && !data.qaUrl ? [{ link: data.eventUrl, label: t(language, 'mail.link.programme') }] : []),
        { link: data.followLink, label: t(language, 'mail.sessionStarting.stop') },
      ],
    }),
  } satisfies MailTemplate<SessionFollowMailData>,
  'session-follow-cancelled': {
    secretFields: ['followLink'],
    render: (data: SessionFollowMailData, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.eventCancelled.subject', { event: data.eventTitle }),
      paragraphs: [
        t(language, 'mail.followCancelled.body', { event: data.eventTitle }),
        `${data.sessionTitle}\n${data.when}`,
        t(language, 'mail.followCancelled.noReminder'),
        { link: data.eventUrl, label: t(language, 'mail.link.event') },
      ],
    }),
  } satisfies MailTemplate<SessionFollowMailData>,
  'event-reminder': {
    secretFields: [],
    render: (data: EventMailData & { eventUrl: string }, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.reminder.subject', { event: data.eventTitle }),
      paragraphs: [
        greeting(data.name, language),
        t(language, 'mail.reminder.body'),
        eventLines(data),
        { link: data.eventUrl, label: t(language, 'mail.link.programme') },
      ],
    }),
  } satisfies MailTemplate<EventMailData & { eventUrl: string }>,

  'access-requested': {
    secretFields: [],
    render: (data: AccessRequestMailData, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.accessRequested.subject', { network: t(language, 'common.network') }),
      paragraphs: [greeting(data.name, language), t(language, 'mail.accessRequested.body', { organisation: data.organisation ?? '' }), t(language, 'mail.accessRequested.notYou')],
    }),
  } satisfies MailTemplate<AccessRequestMailData>,
  'access-approved': {
    secretFields: [],
    render: (data: AccessRequestMailData, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.accessApproved.subject', { network: t(language, 'common.network') }),
      paragraphs: [greeting(data.name, language), t(language, 'mail.accessApproved.body'), { link: data.link ?? '', label: t(language, 'mail.accessApproved.link') }],
    }),
  } satisfies MailTemplate<AccessRequestMailData>,
  'access-declined': {
    secretFields: [],
    render: (data: AccessRequestMailData, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.accessDeclined.subject', { network: t(language, 'common.network') }),
      paragraphs: [
        greeting(data.name, language),
        t(language, 'mail.accessDeclined.body'),
        ...(data.note ? [t(language, 'mail.accessDeclined.note'), data.note] : []),
        t(language, 'mail.accessDeclined.contact'),
      ],
    }),
  } satisfies MailTemplate<AccessRequestMailData>,

  'sign-in': {
    secretFields: ['code', 'link'],
    render: (data: SignInMailData, _context: MailContext, language: Language) => ({
      subject: t(language, 'mail.signIn.subject', { network: t(language, 'common.network') }),
      paragraphs: [
        greeting(data.name, language),
        t(language, 'mail.signIn.useCode'),
        { code: data.code },
        t(language, 'mail.signIn.orLink'),
        { link: data.link, label: t(language, 'mail.signIn.link') },
        t(language, 'mail.signIn.expiry', { minutes: data.expiresInMinutes }),
      ],
    }),
  } satisfies MailTemplate<SignInMailData>,
};

export type MailKind = keyof typeof TEMPLATES;

export function isMailKind(kind: string): kind is MailKind {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, kind);
}

export function secretFieldsOf(kind: string): string[] {
  return isMailKind(kind) ? TEMPLATES[kind].secretFields : [];
}

/**
 * Renders a mail's plain-text and HTML parts from one template, with the network's frame, in the
 * recipient's language (`data.language`, recorded with the mail; English when none). A bilingual
 * event's mail (`data.bilingual`: the event's words in each language) carries both, Welsh first,
 * each part marked with its `lang`.
 */
export function renderMail(kind: string, data: Record<string, unknown>, context: MailContext, extra: Paragraph[] = []): RenderedMail {
  if (!isMailKind(kind)) throw new UnknownMailKind(kind);
  const language: Language = isLanguage(data.language) ? data.language : 'en';
  const template = TEMPLATES[kind];
  const inLanguage = (each: Language) => {
    const words = bilingualWords(data)?.[each] ?? {};
    return template.render({ ...data, ...words } as never, { ...context, networkName: t(each, 'common.network') }, each);
  };
  const parts = bilingualWords(data) ? (['cy', 'en'] as const).map((each) => ({ language: each, ...inLanguage(each) })) : [{ language, ...inLanguage(language) }];
  const subject = parts.map((part) => part.subject).join(' / ');
  const networkName = parts.map((part) => t(part.language, 'common.network')).join(' / ');
  const footer = `${networkName} · ${context.publicUrl}`;
  const text = [...parts.flatMap((part, index) => [...(index ? ['* * *'] : []), ...part.paragraphs.map(toText)]), ...extra.map(toText), '--', footer]
    .filter((paragraph) => paragraph !== null)
    .join('\n\n');
  const html = [
    `<!doctype html><html lang="${LOCALE_OF[language]}"><body style="font-family:system-ui,sans-serif;color:#1a1a1a;max-width:36rem">`,
    `<p style="font-weight:600">${escapeHtml(networkName)}</p>`,
    ...parts.map((part, index) => `${index ? '<hr>' : ''}<div lang="${LOCALE_OF[part.language]}">\n${part.paragraphs.map(toHtml).join('\n')}\n</div>`),
    ...extra.map(toHtml),
    `<hr><p style="font-size:0.875rem;color:#4a4a4a">${escapeHtml(networkName)} · <a href="${escapeHtml(context.publicUrl)}">${escapeHtml(context.publicUrl)}</a></p>`,
    '</body></html>',
  ].join('\n');
  const images = [...new Set(parts.flatMap((part) => part.paragraphs.flatMap((paragraph) => (typeof paragraph === 'object' && 'qr' in paragraph ? [paragraph.qr] : []))))];
  return { subject: singleLine(subject), text, html, images: images.map((text) => ({ cid: CHECK_IN_QR_CID, text })) };
}

/**
 * The subject a mail was (or will be) sent with, for the admin's mail queue; null when the row no
 * longer holds what the subject needs (an erased recipient's mail keeps no template data).
 */
export function mailSubject(kind: string, data: Record<string, unknown>): string | null {
  if (!isMailKind(kind) || !Object.keys(data).length) return null;
  try {
    return renderMail(kind, data, { networkName: '', publicUrl: '' }).subject;
  } catch {
    return null;
  }
}

/** The event's title, time and venue in each language, when the mail is about a bilingual event. */
function bilingualWords(data: Record<string, unknown>): Record<Language, Record<string, unknown>> | null {
  const words = data.bilingual as Record<Language, Record<string, unknown>> | undefined;
  return words && typeof words === 'object' && words.cy && words.en ? words : null;
}

export class UnknownMailKind extends Error {
  constructor(kind: string) {
    super(`No mail template for "${kind}"`);
  }
}

function toText(paragraph: Paragraph): string | null {
  if (typeof paragraph === 'string') return paragraph;
  if ('qr' in paragraph) return null;
  if ('code' in paragraph) return `    ${paragraph.code}`;
  return `${paragraph.label}: ${paragraph.link}`;
}

function toHtml(paragraph: Paragraph): string {
  // A paragraph's lines (event, date, venue; a list of workshops) stay on lines of their own.
  if (typeof paragraph === 'string') return `<p>${paragraph.split('\n').map(escapeHtml).join('<br>\n')}</p>`;
  if ('code' in paragraph) {
    return `<p style="font-size:1.5rem;letter-spacing:0.2em;font-weight:700">${escapeHtml(paragraph.code)}</p>`;
  }
  if ('qr' in paragraph) {
    return `<p><img src="cid:${CHECK_IN_QR_CID}" alt="${escapeHtml(paragraph.alt)}" width="200" height="200" style="display:block;width:200px;height:200px"></p>`;
  }
  return `<p><a href="${escapeHtml(paragraph.link)}">${escapeHtml(paragraph.label)}</a></p>`;
}
