/** Every BullMQ queue of the system. */
export enum QueueName {
  Mail = 'mail',
  Calendar = 'calendar',
  /** Sweeps on a schedule (BullMQ job schedulers): one worker runs each tick, one at a time. */
  Maintenance = 'maintenance',
}

/** Every job, by queue, with the payload it carries (ids only: job data is stored in clear). */
export enum MailJob {
  /** A batch of outbox rows, sent together through the pooled transport. */
  SendBatch = 'send-batch',
}

export interface MailJobPayloads {
  [MailJob.SendBatch]: { outboxIds: string[] };
}

export enum CalendarJob {
  /** Debounced per event: send updated invites for what changed since they were last sent. */
  Sync = 'sync',
  /** The day-before reminder of an event. */
  Reminder = 'reminder',
  /** The mail to a session's remote followers as it starts. */
  SessionStart = 'session-start',
}

export interface CalendarJobPayloads {
  [CalendarJob.Sync]: { eventId: string };
  [CalendarJob.Reminder]: { eventId: string };
  [CalendarJob.SessionStart]: { eventId: string; sessionId: string };
}

export enum MaintenanceJob {
  /** Waiting-list offers whose time is up are passed on; unconfirmed registrations lapse. */
  Offers = 'offers',
  /** Dietary and access needs are erased once their event is long enough past. */
  NeedsErasure = 'needs-erasure',
  /** A calendar sync for every change not yet sent (its job lost, or never queued). */
  CalendarSyncs = 'calendar-syncs',
  /** A reminder job for every future published event. */
  EventReminders = 'event-reminders',
  /** A session-start job for every followed session still to come. */
  SessionStarts = 'session-starts',
}
