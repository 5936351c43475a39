import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '@convene/core';
import { CalendarParts } from './calendar/calendar-parts';
import { MailAdmin } from './outbox/mail-admin.service';
import { MailOutbox } from './outbox/mail-outbox.service';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { OutboxRepository } from './outbox/outbox.repository';

/** The outbox: what the API side needs to send mail (record, dispatch, admin view). */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage]), BullModule.registerQueue({ name: QueueName.Mail })],
  providers: [OutboxRepository, MailOutbox, MailAdmin, CalendarParts],
  // Re-exported: the API's health check and admin pages read the same queue.
  exports: [MailOutbox, MailAdmin, OutboxRepository, CalendarParts, BullModule],
})
export class NotificationsModule {}
