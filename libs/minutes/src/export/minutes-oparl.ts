import { MinutesDocument } from './minutes-document';

const OPARL = 'https://schema.oparl.org/1.1';

/**
 * The minutes as an OParl 1.1 Meeting with its agendaItem list, for other council systems.
 * OParl has no field for an item's notes: `result` is categorical ("decided" or "noted"), the
 * decisions are the `resolutionText`, and the whole minutes are the meeting's `resultsProtocol` (the PDF).
 */
export function minutesOparl(document: MinutesDocument, meeting: { startsAt: Date; endsAt: Date }, pdfUrl: string) {
  const base = document.url;
  return {
    id: base,
    type: `${OPARL}/Meeting`,
    name: document.content.title,
    meetingState: document.status === 'draft' ? 'draft minutes' : 'held',
    cancelled: false,
    start: meeting.startsAt.toISOString(),
    end: meeting.endsAt.toISOString(),
    location: document.content.place ? { id: `${base}#location`, type: `${OPARL}/Location`, description: document.content.place } : undefined,
    resultsProtocol: {
      id: pdfUrl,
      type: `${OPARL}/File`,
      name: `${document.content.title}: minutes`,
      fileName: 'minutes.pdf',
      mimeType: 'application/pdf',
      accessUrl: pdfUrl,
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
    })),
    web: base,
    created: document.createdAt.toISOString(),
    modified: document.updatedAt.toISOString(),
  };
}
