import { startTaggedPdf } from '@convene/core';
import type { PrintedPdf } from './printed-pdf';

export interface PrintedWorkshop {
  title: string;
  /** "Room: Main Hall" and the time, one line each. */
  where: string[];
  /** "12 people have a place (of 20)", and how many wait. */
  counts: string[];
  people: Array<{ name: string; organisationName: string | null }>;
}

/**
 * One page per workshop, to pin on its door or hand to its facilitator: the title, the room and
 * time, how many, and who has a place, numbered, in name order. Tagged (headings, lists).
 */
export function workshopListsPdf({ title, lang, footer, workshops, none }: PrintedPdf & { workshops: PrintedWorkshop[]; none: string }): Promise<Buffer> {
  const { pdf, root, finish } = startTaggedPdf({ title, lang });
  root.add(pdf.struct('H1', {}, () => pdf.font('Helvetica-Bold').fontSize(16).text(title)));
  pdf.moveDown(0.5);
  if (!workshops.length) root.add(pdf.struct('P', {}, () => pdf.font('Helvetica').fontSize(11).text(none)));

  workshops.forEach((workshop, index) => {
    if (index > 0) pdf.addPage();
    root.add(pdf.struct('H2', {}, () => pdf.font('Helvetica-Bold').fontSize(14).text(workshop.title)));
    pdf.moveDown(0.2);
    for (const line of [...workshop.where, ...workshop.counts]) root.add(pdf.struct('P', {}, () => pdf.font('Helvetica').fontSize(11).text(line)));
    pdf.moveDown(0.5);
    if (!workshop.people.length) return;
    const list = pdf.struct('L');
    root.add(list);
    workshop.people.forEach((person, at) => {
      const item = pdf.struct('LI');
      list.add(item);
      item.add(pdf.struct('Lbl', {}, () => pdf.font('Helvetica').fontSize(11).text(`${at + 1}.  `, { continued: true, paragraphGap: 3 })));
      item.add(pdf.struct('LBody', {}, () => pdf.text(person.organisationName ? `${person.name}, ${person.organisationName}` : person.name)));
      item.end();
    });
    list.end();
  });
  return finish(footer);
}
