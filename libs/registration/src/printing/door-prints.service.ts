import { Injectable } from '@nestjs/common';
import { EventNotFound, EventRepository, NetworkEvent, eventInLanguage } from '@convene/events';
import { LOCALE_OF, formatWhen, t, type Language } from '@convene/i18n';
import { categoryLabel } from '../registrations/category-label';
import { DelegateCategory } from '../registrations/registration.entity';
import { RegistrationRepository } from '../registrations/registration.repository';
import { nameBadgesPdf } from './name-badges-pdf';
import { workshopListsPdf } from './workshop-lists-pdf';

/** What organisers print for the door, in the organiser's language: name badges and workshop lists. */
@Injectable()
export class DoorPrintsService {
  constructor(
    private readonly registrations: RegistrationRepository,
    private readonly events: EventRepository,
  ) {}

  /** A badge for each confirmed place, in name order. A bilingual event's badges name the category in Welsh and English. */
  async nameBadges(eventId: string, language: Language): Promise<Buffer> {
    const event = await this.eventOf(eventId);
    const people = await this.registrations.confirmedOfEvent(eventId);
    const eventTitle = eventInLanguage(event, language).title;
    const title = t(language, 'print.badges.title', { event: eventTitle });
    const category = (value: DelegateCategory) => (event.bilingual ? `${categoryLabel(value, 'cy')} / ${categoryLabel(value, 'en')}` : categoryLabel(value, language));
    return nameBadgesPdf({
      title,
      lang: LOCALE_OF[language],
      footer: (page, pages) => t(language, 'print.page', { title, page, pages }),
      eventTitle,
      none: t(language, 'print.badges.none'),
      badges: people.map((person) => ({ name: person.name, organisation: person.organisationName, category: category(person.category) })),
    });
  }

  /** A page per workshop: room, time, how many, and who has a place. */
  async workshopLists(eventId: string, language: Language): Promise<Buffer> {
    const event = await this.eventOf(eventId);
    const workshops = await this.registrations.workshopListsOfEvent(eventId);
    const title = t(language, 'print.workshops.title', { event: eventInLanguage(event, language).title });
    return workshopListsPdf({
      title,
      lang: LOCALE_OF[language],
      footer: (page, pages) => t(language, 'print.page', { title, page, pages }),
      none: t(language, 'print.workshops.none'),
      workshops: workshops.map((workshop) => ({
        title: workshop.title,
        where: [
          workshop.room ? t(language, 'print.workshops.room', { room: workshop.room }) : t(language, 'print.workshops.noRoom'),
          formatWhen(workshop.startsAt, workshop.endsAt, event.timeZone, language),
        ],
        counts: [
          t(language, 'print.workshops.people', { count: workshop.people.length, capacity: workshop.capacity === null ? 'none' : String(workshop.capacity) }),
          ...(workshop.waiting ? [t(language, 'print.workshops.waiting', { count: workshop.waiting })] : []),
        ],
        people: workshop.people,
      })),
    });
  }

  private async eventOf(eventId: string): Promise<NetworkEvent> {
    const event = await this.events.findById(eventId);
    if (!event) throw new EventNotFound();
    return event;
  }
}
