import { BullModule } from '@nestjs/bullmq';
import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName, withTimeout } from '@convene/core';
import { EventChanges, EventsModule } from '@convene/events';
import { IdentityModule, PersonalDataParts } from '@convene/identity';
import { CalendarAttachment, CalendarParts, NotificationsModule } from '@convene/notifications';
import { LiveModule } from '@convene/live';
import { RegistrationModule } from '@convene/registration';
import { CALENDAR_ENTITIES } from './calendar.entities';
import { CalendarRepository } from './calendar.repository';
import { CalendarFeeds } from './feeds/calendar-feeds.service';
import { SessionFollows } from './follows/session-follows.service';
import { SessionFollowsRepository } from './follows/session-follows.repository';
import { SessionStartReminders } from './follows/session-start-reminders.service';
import { CalendarFeedsPersonalData } from './feeds/calendar-feeds-personal-data';
import { SessionFollowsPersonalData } from './follows/session-follows-personal-data';
import { CalendarInvites, INVITING_KINDS } from './invites/calendar-invites.service';
import { Reminders } from './reminders/reminders.service';
import { CalendarSync } from './sync/calendar-sync.service';

const QUEUE_TIMEOUT_MS = 3_000;

/**
 * Calendar invites, updates, cancellations, feeds and reminders (also to remote followers of a session). It plugs into the two ports
 * below it: mail kinds get their invites from it when sent (CalendarParts), and published
 * changes of events reach it after commit (EventChanges).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(CALENDAR_ENTITIES),
    BullModule.registerQueue({ name: QueueName.Calendar }),
    EventsModule,
    IdentityModule,
    RegistrationModule,
    NotificationsModule,
    LiveModule,
  ],
  providers: [
    CalendarRepository, CalendarInvites, CalendarSync, Reminders, CalendarFeeds, CalendarFeedsPersonalData,
    SessionFollowsRepository, SessionFollows, SessionStartReminders, SessionFollowsPersonalData,
  ],
  exports: [CalendarSync, Reminders, CalendarFeeds, SessionFollows, SessionStartReminders, BullModule],
})
export class CalendarModule implements OnModuleInit {
  constructor(
    private readonly parts: CalendarParts,
    private readonly changes: EventChanges,
    private readonly invites: CalendarInvites,
    private readonly sync: CalendarSync,
    private readonly reminders: Reminders,
    private readonly sessionStarts: SessionStartReminders,
    private readonly personalData: PersonalDataParts,
    private readonly feedsPersonalData: CalendarFeedsPersonalData,
    private readonly followsPersonalData: SessionFollowsPersonalData,
  ) {}

  onModuleInit(): void {
    this.personalData.register('calendar', this.feedsPersonalData);
    this.personalData.register('sessionFollows', this.followsPersonalData);
    this.parts.register(INVITING_KINDS, (mail) => this.invites.invitesFor(mail));
    const only = (calendars: Promise<CalendarAttachment[]>) => calendars.then((list) => ({ calendars: list, links: [] }));
    this.parts.register(['registration-cancelled', 'apologies-received'], (mail) => only(this.invites.cancellationsFor(mail)));
    this.parts.register(['workshop-place-given'], (mail) => this.invites.workshopInviteFor(mail));
    this.parts.register(['registration-changed'], (mail) => this.invites.changedWorkshopsFor(mail));
    this.parts.register(['calendar-update'], (mail) => only(this.invites.updatesFor(mail)));
    this.parts.register(['event-cancelled'], (mail) => only(this.invites.eventCancellationsFor(mail)));
    // The organiser's request waits for this, so never long: if the queue is unreachable the
    // sync stays asked for in the database and the worker's sweep queues it later.
    this.changes.listen(async (eventId, change) => {
      if (change === 'capacity-raised') return; // nothing a delegate's calendar shows
      await withTimeout(
        (async () => {
          await this.sync.request(eventId);
          if (change === 'event-cancelled') {
            await this.reminders.unschedule(eventId);
            await this.sessionStarts.unscheduleEvent(eventId);
          } else {
            await this.reminders.schedule(eventId);
            await this.sessionStarts.rescheduleEvent(eventId);
          }
        })(),
        QUEUE_TIMEOUT_MS,
      );
    });
  }
}
