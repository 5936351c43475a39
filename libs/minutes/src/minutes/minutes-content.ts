/** One person in the Present or Apologies lists, as the minutes print them. */
export interface MinutesPerson {
  name: string;
  /** Job title and organisation, as printed in brackets after the name. */
  affiliation: string | null;
  /**
   * Who this is, when known (a registration of the event, or a person of the network): the draft
   * and the published minutes are mailed to them. Only editors see these; readers get names only.
   */
  registrationId?: string | null;
  personId?: string | null;
}

/** Present, one group per registration category (Commissioners, Delegates, Officers, ...). */
export interface PresentGroup {
  category: string;
  label: string;
  people: MinutesPerson[];
}

/** A numbered item: its notes are Markdown, its decisions short sentences. */
export interface MinutesItem {
  /** Stable across edits and renumbering: actions and comments point at it. */
  key: string;
  title: string;
  sessionId: string | null;
  body: string;
  decisions: string[];
}

/** An open action of an earlier meeting of the series, as it stood when the draft was made. */
export interface MatterArising {
  actionId: string;
  description: string;
  owner: string | null;
  dueDate: string | null;
  fromMeeting: string;
}

/** Everything the minute-taker edits; each save keeps a copy of it as a revision. */
export interface MinutesContent {
  title: string;
  /** Place, date and time lines, as the header prints them. */
  place: string | null;
  date: string;
  time: string;
  present: PresentGroup[];
  apologies: MinutesPerson[];
  mattersArising: MatterArising[];
  items: MinutesItem[];
}
