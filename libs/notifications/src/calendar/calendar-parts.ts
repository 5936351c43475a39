import { Injectable } from '@nestjs/common';

/** One calendar file of a mail: the first of a mail is also its text/calendar alternative. */
export interface CalendarAttachment {
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
}

/** What a provider is given: the outbox row being sent. */
export interface CalendarPartsRequest {
  id: string;
  kind: string;
  recipient: string;
  templateData: Record<string, unknown>;
}

/** A link the mail shows under its own text (e.g. the delegate's calendar feed). */
export interface MailLink {
  label: string;
  url: string;
}

/** What the calendar adds to one mail. */
export interface MailCalendar {
  calendars: CalendarAttachment[];
  links: MailLink[];
}

export type CalendarPartsProvider = (mail: CalendarPartsRequest) => Promise<MailCalendar>;

/**
 * The port through which a higher lib (calendar) adds invites to mail kinds it knows,
 * without notifications depending on it: the sender asks at send time, so an invite always
 * shows the last state of what it describes.
 */
@Injectable()
export class CalendarParts {
  private readonly providers = new Map<string, CalendarPartsProvider>();

  register(kinds: string[], provider: CalendarPartsProvider): void {
    for (const kind of kinds) {
      if (this.providers.has(kind)) throw new Error(`Calendar parts for "${kind}" are already registered`);
      this.providers.set(kind, provider);
    }
  }

  async for(mail: CalendarPartsRequest): Promise<MailCalendar> {
    const provider = this.providers.get(mail.kind);
    return provider ? provider(mail) : { calendars: [], links: [] };
  }
}
