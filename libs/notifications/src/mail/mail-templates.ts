import { escapeHtml, singleLine } from './escape';

export interface MailContext {
  networkName: string;
  publicUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface MailTemplate<D> {
  render(data: D, context: MailContext): { subject: string; paragraphs: Paragraph[] };
  /** Fields cleared from the outbox row once the mail is sent or given up (codes, links). */
  secretFields: (keyof D & string)[];
}

/** One paragraph of a mail: plain text, or a call to action (a link), or a highlighted code. */
export type Paragraph = string | { link: string; label: string } | { code: string };

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
  workshops?: string[];
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

/** The registration mails share one shape: a headline, the event, and what to do next. */
function eventMail(subject: (data: EventMailData) => string, lines: (data: EventMailData) => string[], linkLabel = 'View or cancel your registration'): MailTemplate<EventMailData> {
  return {
    secretFields: ['link', 'checkInCode'],
    render: (data) => ({
      subject: subject(data),
      paragraphs: [
        data.name ? `Hello ${data.name},` : 'Hello,',
        ...lines(data),
        ...(data.checkInCode ? ['Your check-in code: show it (or read it out) at the door.', { code: data.checkInCode }] : []),
        `${data.eventTitle}\n${data.when}${data.venue ? `\n${data.venue}` : ''}`,
        ...(data.workshops?.length ? [`Your workshops:\n${data.workshops.map((line) => `- ${line}`).join('\n')}`] : []),
        ...(data.link ? [{ link: data.link, label: linkLabel }] : []),
      ],
    }),
  };
}

const TEMPLATES = {
  'registration-confirmed': eventMail((d) => `You're registered: ${d.eventTitle}`, () => ['Your place is confirmed.']),
  'registration-waitlisted': eventMail(
    (d) => `You're on the waiting list: ${d.eventTitle}`,
    (d) => [`The event is full, so you are on the waiting list${d.position ? ` at position ${d.position}` : ''}. If a place frees up, it is yours and we will tell you at once.`],
  ),
  'registration-pending': eventMail((d) => `Registration received: ${d.eventTitle}`, () => ['The organisers approve places for this event; we will write when they have decided.']),
  'registration-promoted': eventMail((d) => `A place is yours: ${d.eventTitle}`, () => ['A place has freed up and it is now yours: your registration is confirmed.']),
  'registration-approved': eventMail((d) => `Your place is confirmed: ${d.eventTitle}`, () => ['The organisers have approved your registration.']),
  'registration-declined': eventMail((d) => `About your registration: ${d.eventTitle}`, () => ['The organisers could not offer you a place at this event.']),
  'registration-cancelled': eventMail((d) => `Registration cancelled: ${d.eventTitle}`, () => ['Your registration has been cancelled.']),
  'registration-reminder': eventMail(
    (d) => `Your registration: ${d.eventTitle}`,
    () => ['Someone (probably you) tried to register this address again. You are already registered: nothing has changed. Your private link is below.'],
  ),
  'registration-changed': eventMail(
    (d) => `Registration changed: ${d.eventTitle}`,
    () => ['Your workshop choices have changed. Here is where you stand now.'],
    'View or change your registration',
  ),
  'workshop-place-given': eventMail(
    (d) => `A workshop place is yours: ${d.sessionTitle ?? d.eventTitle}`,
    (d) => [`A seat has freed up in "${d.sessionTitle}" and you were first in line: it is yours. The invite for it is attached.`],
    'View or change your registration',
  ),
  'apologies-received': eventMail(
    (d) => `Apologies received: ${d.eventTitle}`,
    (d) => [
      d.gaveUpPlace
        ? 'Thank you for letting us know you cannot come. Your place has been given back, and your apologies will be recorded in the minutes.'
        : 'Thank you for letting us know you cannot come. Your apologies will be recorded in the minutes.',
    ],
    'Your registration',
  ),
  'apologies-place-held': eventMail(
    (d) => `Sending apologies: ${d.eventTitle}`,
    () => [
      'Someone (probably you) sent apologies for this event from this address, which holds a place. Nothing has changed yet.',
      'To send apologies and give your place back to the waiting list, open your registration and choose "Send apologies instead".',
    ],
    'Open your registration',
  ),
  'event-cancelled-waiting': eventMail(
    (d) => `Cancelled: ${d.eventTitle}`,
    () => ['The organisers have cancelled this event, so the place you were waiting for will not come. You need do nothing.'],
    'Your registration',
  ),
  'registration-offered': eventMail(
    (d) => `A place is offered to you: ${d.eventTitle}`,
    (d) => [
      `A place has freed up and you are first in line. It is held for you until ${d.expiresAt ?? 'the offer expires'}: accept or decline it through the link.`,
      'If you do nothing, the place passes to the next person in line.',
    ],
    'Accept or decline the place',
  ),
  'registration-offer-expired': eventMail(
    (d) => `Your offer of a place has expired: ${d.eventTitle}`,
    () => ['The place we offered you was not accepted in time, so it has passed to the next person in line.'],
  ),
  'registrants-message': {
    secretFields: [],
    render: (data: RegistrantsMessageData) => ({
      subject: `${data.subject} (${data.eventTitle})`,
      paragraphs: [data.name ? `Hello ${data.name},` : 'Hello,', ...data.body.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean)],
    }),
  } satisfies MailTemplate<RegistrantsMessageData>,
  'event-filling': {
    secretFields: [],
    render: (data: EventMailData & { percent: number; confirmed: number; places: number }) => ({
      subject: data.percent >= 100 ? `Full: ${data.eventTitle}` : `${data.percent}% full: ${data.eventTitle}`,
      paragraphs: [
        data.name ? `Hello ${data.name},` : 'Hello,',
        `${data.eventTitle} (${data.when}) now has ${data.confirmed} of its ${data.places} public places confirmed.`,
        data.percent >= 100 ? 'New registrations go to the waiting list.' : 'New registrations are still confirmed until it is full.',
      ],
    }),
  } satisfies MailTemplate<EventMailData & { percent: number; confirmed: number; places: number }>,
  'speaker-invitation': eventMail(
    (d) => `Will you speak? ${d.eventTitle}`,
    (d) => [`The organisers invite you to take part in "${d.sessionTitle}" as ${d.role}. Please accept or decline through the link.`],
    'Accept or decline',
  ),
  invitation: eventMail(
    (d) => `You're invited: ${d.eventTitle}`,
    (d) => [`You are invited to this event. The invitation is for you alone and can be used once${d.expiresAt ? `, until ${d.expiresAt}` : ''}.`],
    'Accept the invitation',
  ),
  'minutes-published': eventMail(
    (d) => `Minutes published: ${d.eventTitle}`,
    () => ['The approved minutes of the meeting are now published. You receive them because you attended or sent apologies.'],
    'Read the minutes',
  ),
  'action-assigned': {
    // The link goes to the page every owner has (after signing in): nothing secret in it.
    secretFields: [],
    render: (data: ActionAssignedMailData) => ({
      subject: `An action for you: ${data.meeting}`,
      paragraphs: [
        data.name ? `Hello ${data.name},` : 'Hello,',
        `At ${data.meeting} you were given this action:`,
        data.description,
        data.dueDate ? `It is due by ${data.dueDate}.` : 'It has no due date.',
        'Sign in with this address to see your open actions and mark them done with a note.',
        { link: data.link, label: 'My actions' },
      ],
    }),
  } satisfies MailTemplate<ActionAssignedMailData>,
  'minutes-circulated': eventMail(
    (d) => `Draft minutes for your corrections: ${d.eventTitle}`,
    () => ['The draft minutes of the meeting you attended are ready. If something is wrong or missing, suggest a correction on the item before they are approved.'],
    'Read the draft and suggest corrections',
  ),

  'calendar-update': {
    secretFields: ['link'],
    render: (data: EventMailData & { changes: string[] }) => ({
      subject: `Changed: ${data.eventTitle}`,
      paragraphs: [
        data.name ? `Hello ${data.name},` : 'Hello,',
        'The organisers have changed the programme. What changed for you:',
        data.changes.map((change) => `- ${change}`).join('\n'),
        'The updated invite is attached: open it to update your calendar.',
        `${data.eventTitle}\n${data.when}${data.venue ? `\n${data.venue}` : ''}`,
        ...(data.link ? [{ link: data.link, label: 'View or change your registration' }] : []),
      ],
    }),
  } satisfies MailTemplate<EventMailData & { changes: string[] }>,
  'event-cancelled': {
    secretFields: ['link'],
    render: (data: EventMailData) => ({
      subject: `Cancelled: ${data.eventTitle}`,
      paragraphs: [
        data.name ? `Hello ${data.name},` : 'Hello,',
        'The organisers have cancelled this event. The attached cancellation removes it from your calendar.',
        `${data.eventTitle}\n${data.when}${data.venue ? `\n${data.venue}` : ''}`,
        ...(data.link ? [{ link: data.link, label: 'Your registration' }] : []),
      ],
    }),
  } satisfies MailTemplate<EventMailData>,
  'session-follow-confirm': {
    secretFields: ['followLink'],
    render: (data: SessionFollowMailData) => ({
      subject: `Confirm: reminders for ${data.sessionTitle}`,
      paragraphs: [
        'Someone, probably you, asked for this address to get a mail with the live links when this session starts:',
        `${data.sessionTitle}\n${data.eventTitle}\n${data.when}`,
        { link: data.followLink, label: 'Confirm the reminder' },
        'If it was not you, ignore this mail: nothing is sent unless the link is used.',
      ],
    }),
  } satisfies MailTemplate<SessionFollowMailData>,
  'session-starting': {
    secretFields: ['followLink'],
    render: (data: SessionFollowMailData) => ({
      subject: `Starting soon: ${data.sessionTitle}`,
      paragraphs: [
        'The session you follow is about to start:',
        `${data.sessionTitle}\n${data.eventTitle}\n${data.when}${data.room ? `\n${data.room}` : ''}`,
        ...(data.liveblogUrl ? [{ link: data.liveblogUrl, label: 'Follow the liveblog' }] : []),
        ...(data.qaUrl ? [{ link: data.qaUrl, label: 'Ask and vote on questions' }] : []),
        ...(!data.liveblogUrl && !data.qaUrl ? [{ link: data.eventUrl, label: 'The programme' }] : []),
        { link: data.followLink, label: 'Stop reminders for this session' },
      ],
    }),
  } satisfies MailTemplate<SessionFollowMailData>,
  'session-follow-cancelled': {
    secretFields: ['followLink'],
    render: (data: SessionFollowMailData) => ({
      subject: `Cancelled: ${data.eventTitle}`,
      paragraphs: [
        `The organisers have cancelled ${data.eventTitle}, so this session you follow will not take place:`,
        `${data.sessionTitle}\n${data.when}`,
        'No reminder will come for it.',
        { link: data.eventUrl, label: 'The event' },
      ],
    }),
  } satisfies MailTemplate<SessionFollowMailData>,
  'event-reminder': {
    secretFields: [],
    render: (data: EventMailData & { eventUrl: string }) => ({
      subject: `Reminder: ${data.eventTitle}`,
      paragraphs: [
        data.name ? `Hello ${data.name},` : 'Hello,',
        'A reminder that you are registered for:',
        `${data.eventTitle}\n${data.when}${data.venue ? `\n${data.venue}` : ''}`,
        { link: data.eventUrl, label: 'The programme' },
      ],
    }),
  } satisfies MailTemplate<EventMailData & { eventUrl: string }>,

  'sign-in': {
    secretFields: ['code', 'link'],
    render: (data: SignInMailData, context: MailContext) => ({
      subject: `Your sign-in code for ${context.networkName}`,
      paragraphs: [
        data.name ? `Hello ${data.name},` : 'Hello,',
        'Use this code to sign in:',
        { code: data.code },
        'Or open this link and press "Sign in":',
        { link: data.link, label: 'Sign in' },
        `The code and the link work once, for ${data.expiresInMinutes} minutes. If you did not ask to sign in, you can ignore this mail.`,
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

/** Renders a mail's plain-text and HTML parts from one template, with the network's frame. */
export function renderMail(kind: string, data: Record<string, unknown>, context: MailContext, extra: Paragraph[] = []): RenderedMail {
  if (!isMailKind(kind)) throw new UnknownMailKind(kind);
  const rendered = TEMPLATES[kind].render(data as never, context);
  const subject = rendered.subject;
  const paragraphs = [...rendered.paragraphs, ...extra];
  const footer = `${context.networkName} · ${context.publicUrl}`;
  const text = [...paragraphs.map(toText), '--', footer].join('\n\n');
  const html = [
    '<!doctype html><html lang="en-GB"><body style="font-family:system-ui,sans-serif;color:#1a1a1a;max-width:36rem">',
    `<p style="font-weight:600">${escapeHtml(context.networkName)}</p>`,
    ...paragraphs.map(toHtml),
    `<hr><p style="font-size:0.875rem;color:#4a4a4a">${escapeHtml(context.networkName)} · <a href="${escapeHtml(context.publicUrl)}">${escapeHtml(context.publicUrl)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject: singleLine(subject), text, html };
}

export class UnknownMailKind extends Error {
  constructor(kind: string) {
    super(`No mail template for "${kind}"`);
  }
}

function toText(paragraph: Paragraph): string {
  if (typeof paragraph === 'string') return paragraph;
  if ('code' in paragraph) return `    ${paragraph.code}`;
  return `${paragraph.label}: ${paragraph.link}`;
}

function toHtml(paragraph: Paragraph): string {
  // A paragraph's lines (event, date, venue; a list of workshops) stay on lines of their own.
  if (typeof paragraph === 'string') return `<p>${paragraph.split('\n').map(escapeHtml).join('<br>\n')}</p>`;
  if ('code' in paragraph) {
    return `<p style="font-size:1.5rem;letter-spacing:0.2em;font-weight:700">${escapeHtml(paragraph.code)}</p>`;
  }
  return `<p><a href="${escapeHtml(paragraph.link)}">${escapeHtml(paragraph.label)}</a></p>`;
}
