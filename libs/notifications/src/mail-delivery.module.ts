import { Module } from '@nestjs/common';
import { MailSender } from './mail/mail-sender.service';
import { mailTransportProvider } from './mail/mail-transport.provider';
import { NotificationsModule } from './notifications.module';
import { OutboxRelay } from './outbox/outbox-relay.service';

/** The worker side of mail: the transport, the sender and the relay. */
@Module({
  imports: [NotificationsModule],
  providers: [mailTransportProvider, MailSender, OutboxRelay],
  exports: [MailSender, OutboxRelay],
})
export class MailDeliveryModule {}
