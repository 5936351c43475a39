import { Module } from '@nestjs/common';
import { CalendarModule } from '@convene/calendar';
import { LiveModule } from '@convene/live';
import { RegistrationModule } from '@convene/registration';
import { CalendarController } from './calendar.controller';
import { SessionFollowsController } from './session-follows.controller';

/** Calendar feeds and remote follows of sessions over HTTP. (Invites and reminders travel by mail, from the worker.) */
@Module({
  imports: [CalendarModule, RegistrationModule, LiveModule],
  controllers: [CalendarController, SessionFollowsController],
})
export class CalendarApiModule {}
