import { OutboxMessage } from './outbox/outbox-message.entity';

export const NOTIFICATIONS_ENTITIES = [OutboxMessage];
