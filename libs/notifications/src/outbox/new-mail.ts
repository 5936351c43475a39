/** What a domain service asks for when a change must send a mail. */
export interface NewMail<K extends string = string> {
  kind: K;
  recipient: string;
  /** Ids and the few values the template needs; kept until the mail is sent. */
  templateData: Record<string, unknown>;
  /**
   * Same key, same mail: recording it again is a no-op. Left out for a mail that only its
   * transaction makes once (the change it reports happens once, and a retried request finds it
   * made and records none): the row's own id is then its key, so no two such mails collide.
   */
  dedupeKey?: string;
  /** Held until then (the relay queues it when due), so a later mail may supersede it first. */
  sendAfter?: Date;
}
