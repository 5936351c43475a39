import { Module } from '@nestjs/common';
import { CalendarModule } from '@convene/calendar';
import { RegistrationModule } from '@convene/registration';
import { CalendarController } from './calendar.controller';

/** Calendar feeds over HTTP. (Invites travel by mail, from the worker.) */
@Module({
  imports: [CalendarModule, RegistrationModule],
  controllers: [CalendarController],
})
export class CalendarApiModule {}
