/** Every BullMQ queue of the system. */
export enum QueueName {
  Mail = 'mail',
}

/** Every job, by queue, with the payload it carries (ids only: job data is stored in clear). */
export enum MailJob {
  Send = 'send',
}

export interface MailJobPayloads {
  [MailJob.Send]: { outboxId: string };
}
