import { toCsv } from '@convene/core';
import { sessionInLanguage, type NetworkEvent } from '@convene/events';
import { formatSpreadsheetTime, t, type Language } from '@convene/i18n';
import { categoryLabel } from './category-label';
import type { RegisteredWorkshop } from './registration.repository';
import type { Registration } from './registration.entity';
import { WorkshopChoiceStatus } from './workshop-choice.entity';

/** A registration's workshops in one cell: "Co-design lab (Room 2); Community energy: waiting list". */
function workshopsCell(workshops: RegisteredWorkshop[], language: Language): string {
  return workshops
    .map((workshop) => {
      const { title, room } = sessionInLanguage(workshop, language);
      if (workshop.status === WorkshopChoiceStatus.Confirmed) return room ? t(language, 'spreadsheet.workshop.inRoom', { title, room }) : title;
      return t(language, 'spreadsheet.workshop.notSeated', { title, status: workshop.status });
    })
    .join('; ');
}

/**
 * Every registration of the event for the organisers' spreadsheet (needs included), in the
 * organiser's language: labels as people read them, times in the event's zone as a spreadsheet
 * reads them ("2027-02-11 09:42").
 */
export function registrationsSpreadsheet(event: NetworkEvent, rows: Registration[], workshops: RegisteredWorkshop[], language: Language): string {
  const local = (at: Date | null) => (at ? formatSpreadsheetTime(at, event.timeZone) : null);
  const zone = { zone: event.timeZone };
  return toCsv(
    [
      t(language, 'spreadsheet.name'), t(language, 'spreadsheet.email'), t(language, 'spreadsheet.organisation'), t(language, 'spreadsheet.jobTitle'),
      t(language, 'spreadsheet.category'), t(language, 'spreadsheet.status'), t(language, 'spreadsheet.workshops'), t(language, 'spreadsheet.dietaryNeeds'),
      t(language, 'spreadsheet.accessNeeds'), t(language, 'spreadsheet.checkedIn', zone), t(language, 'spreadsheet.registered', zone),
    ],
    rows.map((r) => [
      r.name, r.email, r.organisationName, r.jobTitle, categoryLabel(r.category, language), t(language, 'spreadsheet.statusOf', { status: r.status }),
      workshopsCell(workshops.filter((workshop) => workshop.registrationId === r.id), language), r.dietaryNeeds, r.accessNeeds, local(r.checkedInAt), local(r.createdAt),
    ]),
  );
}
