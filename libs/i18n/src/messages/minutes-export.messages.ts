import type { Catalogue } from './message';

// The words of the minutes' exports (Markdown, printable page, PDF; libs/minutes/src/export):
// in the minutes' language, or in both, Welsh first, for a bilingual event ("Yn bresennol /
// Present"). Headings follow the network's own minutes and docs/welsh-glossary.md.
export const minutesExportMessages = {
  'minutesExport.title': { en: '{title}: minutes', cy: '{title}: cofnodion', description: 'Title of an exported set of minutes (the printable page\'s and the PDF\'s, the OParl file\'s name). {title} is the minutes\' title.' },
  'minutesExport.minutes': { en: 'Minutes', cy: 'Cofnodion', description: 'Heading above the minutes proper, under the meeting\'s title, place and time.' },
  'minutesExport.approvedOn': {
    en: 'Approved{name, select, none {} other { by {name}}} on {date}.',
    cy: 'Cymeradwywyd{name, select, none {} other { gan {name}}} ar {date}.',
    description: 'Under the "Minutes" heading of approved minutes. {name}: who approved them ("none" when unknown); {date} like "1 November 2010". Welsh "gan" causes soft mutation of a name, which a placeholder cannot make: needs review.',
  },
  'minutesExport.draft': { en: 'Draft: not yet approved.', cy: "Drafft: heb eu cymeradwyo eto.", description: 'Under the "Minutes" heading of draft minutes (in italics).' },
  'minutesExport.present': { en: 'Present', cy: 'Yn bresennol', description: 'Heading of the people present (glossary: "Yn bresennol").' },
  'minutesExport.noneRecorded': { en: 'None recorded.', cy: "Dim wedi'u cofnodi.", description: 'Under "Present" when nobody was recorded.' },
  'minutesExport.group': {
    en: '{category, select, commissioner {Commissioners} delegate {Delegates} officer {Officers} speaker {Speakers} observer {Observers} press {Press} other {Others}}',
    cy: '{category, select, commissioner {Comisiynwyr} delegate {Cynrychiolwyr} officer {Swyddogion} speaker {Siaradwyr} observer {Sylwedyddion} press {Y wasg} other {Eraill}}',
    description: 'A group of people under "Present" (in bold, followed by a colon), as the network\'s minutes group them.',
  },
  'minutesExport.apologies': { en: 'Apologies', cy: 'Ymddiheuriadau', description: 'Heading of those who sent apologies for absence (glossary: "Ymddiheuriadau").' },
  'minutesExport.none': { en: 'None.', cy: 'Dim.', description: 'Under "Apologies" when nobody sent any.' },
  'minutesExport.mattersArising': { en: 'Matters arising', cy: 'Materion yn codi', description: 'Heading of the open actions carried over from the previous meeting (glossary: "materion yn codi").' },
  'minutesExport.owner': { en: 'Owner', cy: 'Perchennog', description: 'Label before the owner of an action ("Owner: Lambeth officers"). Needs review.' },
  'minutesExport.due': { en: 'Due', cy: 'Erbyn', description: 'Label before the due date of an action ("Due: 31 January 2027"). Needs review.' },
  'minutesExport.overdue': { en: '(overdue)', cy: '(yn hwyr)', description: 'After the due date of an action past it.' },
  'minutesExport.from': { en: 'From', cy: 'O', description: 'Label before the meeting a matter arising came from ("From: Citizens Commission, March"). Welsh "o" mutates what follows, which a title does not: needs review.' },
  'minutesExport.done': { en: 'Done', cy: "Wedi'i wneud", description: 'State of an action that is done (followed by its note, if any, after a colon).' },
  'minutesExport.open': { en: 'Open', cy: 'Ar agor', description: 'State of an action still open.' },
  'minutesExport.decisions': { en: 'Decisions', cy: 'Penderfyniadau', description: 'Label of the decisions of an item (in bold, followed by a colon).' },
  'minutesExport.actions': { en: 'Actions', cy: 'Camau gweithredu', description: 'Label of the actions of an item (in bold, followed by a colon), and heading of actions under no item.' },

  // The first draft, written by Convene from the record in the minutes' language, or in Welsh and
  // English for a bilingual event ("Cadeirydd / Chair: ..."); the minute-taker edits from there.
  'minutesDraft.chair': { en: 'Chair', cy: 'Cadeirydd', description: "First draft, under an item: the label before who chaired it (\"Chair: Name (Organisation)\"); the colon and names follow." },
  'minutesDraft.speakers': { en: 'Speakers', cy: 'Siaradwyr', description: 'First draft, under an item: the label before who spoke; the colon and names follow.' },
  'minutesDraft.keyMoments': { en: 'Key moments', cy: 'Eiliadau allweddol', description: "First draft, under an item: the label before the liveblog's key moments (a colon and a list follow)." },
  'minutesDraft.questions': { en: 'Question & Comments', cy: 'Cwestiynau a Sylwadau', description: "First draft, under an item (in bold): the questions answered in it follow, as the network's minutes head them. Needs review." },
  'minutesDraft.floor': { en: 'From the floor', cy: "O'r llawr", description: 'First draft, under the questions: the label before those who spoke from the floor (a colon and a list follow). Needs review.' },
  'minutesDraft.participant': { en: 'A participant', cy: 'Cyfranogwr', description: 'First draft: who asked a question asked anonymously. Needs review.' },
  'minutesDraft.polls': { en: 'Polls', cy: 'Arolygon', description: 'First draft, under an item (in bold): the audience polls closed in it follow as a list (glossary: poll = arolwg). Needs review.' },
  'minutesDraft.answered': {
    en: '{count, plural, one {# answered} other {# answered}}',
    cy: '{count, plural, zero {# wedi ateb} one {# wedi ateb} two {# wedi ateb} few {# wedi ateb} many {# wedi ateb} other {# wedi ateb}}',
    description: 'First draft, in brackets after a poll\'s question: how many answered it.',
  },
} satisfies Catalogue;
