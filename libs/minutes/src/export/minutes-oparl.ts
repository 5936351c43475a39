import { t } from '@convene/i18n';
import { MinutesDocument } from './minutes-document';

const OPARL = 'https://schema.oparl.org/1.1';

/**
 * OParl 1.1 has no language field on a Meeting, an AgendaItem or a File, and lets a system add
 * properties of its own under a vendor prefix (its "herstellerspezifische Erweiterungen"): each
 * carries `convene:language`, the BCP 47 tags of the languages its text is in, in the order it
 * shows them (["en"], ["cy"], or ["cy", "en"] for a bilingual event). See docs/oparl.md.
 */
export const OPARL_LANGUAGE = 'convene:language';

/**
 * The minutes as an OParl 1.1 Meeting with its agendaItem list, for other council systems.
 * OParl has no field for an item's notes: `result` is categorical ("decided" or "noted"), the
 * decisions are the `resolutionText`, and the whole minutes are the meeting's `resultsProtocol` (the PDF).
 */
export function minutesOparl(document: MinutesDocument, meeting: { startsAt: Date; endsAt: Date }, pdfUrl: string) {
  const base = document.url;
  const language = { [OPARL_LANGUAGE]: document.languages };
  return {
    id: base,
    type: `${OPARL}/Meeting`,
    name: document.content.title,
    ...language,
    meetingState: document.status === 'draft' ? 'draft minutes' : 'held',
    cancelled: false,
    start: meeting.startsAt.toISOString(),
    end: meeting.endsAt.toISOString(),
    location: document.content.place ? { id: `${base}#location`, type: `${OPARL}/Location`, description: document.content.place } : undefined,
    resultsProtocol: {
      id: pdfUrl,
      type: `${OPARL}/File`,
      name: t(document.languages[0], 'minutesExport.title', { title: document.content.title }),
      fileName: 'minutes.pdf',
      mimeType: 'application/pdf',
      accessUrl: pdfUrl,
      ...language,
    },
    agendaItem: document.content.items.map((item, index) => ({
      id: `${base}#item-${index + 1}`,
      type: `${OPARL}/AgendaItem`,
      meeting: base,
      number: String(index + 1),
      name: item.title,
      public: true,
      result: item.decisions.length ? 'decided' : 'noted',
      resolutionText: item.decisions.length ? item.decisions.join('\n') : undefined,
      ...language,
    })),
    web: base,
    created: document.createdAt.toISOString(),
    modified: document.updatedAt.toISOString(),
  };
}
