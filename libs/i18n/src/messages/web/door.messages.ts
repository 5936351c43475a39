import type { Catalogue } from '../message';

// The door (apps/web/src/organise/door-panel.tsx, qr-scanner.tsx) and the problems the door and the
// organisers' registrations pages can meet, said as what happened and what to do
// (apps/web/src/organise/door-problems.ts). The Welsh is our own: a translator should review it.
export const doorMessages = {
  'door.code.heading': { en: 'Check in by code', cy: 'Cofrestru wrth gyrraedd drwy god', description: 'Door: heading of the form that checks people in by the code from their confirmation mail.' },
  'door.code.label': { en: 'Check-in code', cy: 'Cod cofrestru wrth gyrraedd', description: 'Door: label of the field for the check-in code.' },
  'door.code.hint': {
    en: 'From the confirmation mail, like K7QMX-4RT9B. Type it, scan its QR code with the camera, or use a USB scanner: Enter checks in.',
    cy: "O'r neges gadarnhau, fel K7QMX-4RT9B. Teipiwch ef, sganiwch ei god QR gyda'r camera, neu defnyddiwch sganiwr USB: mae Enter yn cofrestru.",
    description: 'Door: hint under the check-in code field. K7QMX-4RT9B is an example code (not translated).',
  },
  'door.code.submit': { en: 'Check in', cy: 'Cofrestru', description: 'Door: the button that checks in the code typed.' },
  'door.code.empty': {
    en: 'Enter or scan the check-in code from the confirmation mail.',
    cy: "Rhowch neu sganiwch y cod cofrestru wrth gyrraedd o'r neges gadarnhau.",
    description: 'Door: shown when Check in is pressed with the field empty.',
  },
  'door.code.checkedIn': { en: '{who} is checked in.', cy: 'Mae {who} wedi cofrestru wrth gyrraedd.', description: 'Door: a code was checked in. {who} is the name, with the organisation in brackets when known.' },
  'door.code.already': {
    en: '{who} was already checked in.',
    cy: 'Roedd {who} eisoes wedi cofrestru wrth gyrraedd.',
    description: 'Door: the code had been checked in before (nothing changed). {who} as above.',
  },
  'door.who': { en: '{name} ({organisation})', cy: '{name} ({organisation})', description: "Door: a person and their organisation, in the check-in messages." },

  'door.scan.start': { en: 'Scan a QR code with the camera', cy: "Sganio cod QR gyda'r camera", description: "Door: button that turns on the device's camera to read the QR code in a confirmation mail." },
  'door.scan.stop': { en: 'Stop the camera', cy: "Diffodd y camera", description: 'Door: button that turns the camera off.' },
  'door.scan.starting': { en: 'Starting the camera…', cy: "Wrthi'n cychwyn y camera…", description: 'Door: while the browser starts the camera (it may ask for permission).' },
  'door.scan.view': { en: 'Camera view', cy: 'Golwg y camera', description: "Door: accessible name of the camera's live picture." },
  'door.scan.looking': {
    en: 'The camera is on. Hold the QR code from the confirmation mail (on a phone or on paper) in front of it: each code is checked in as soon as it is read.',
    cy: "Mae'r camera ymlaen. Daliwch y cod QR o'r neges gadarnhau (ar ffôn neu ar bapur) o'i flaen: mae pob cod yn cael ei gofrestru cyn gynted ag y caiff ei ddarllen.",
    description: 'Door: under the camera picture while it is scanning.',
  },
  'door.scan.denied': {
    en: 'This browser is not allowed to use the camera, so codes cannot be scanned. To scan, allow the camera for this site in the browser’s settings (the icon beside the address), then press “Scan a QR code with the camera” again. You can still type the code, or use a USB scanner.',
    cy: "Nid yw'r porwr hwn yn cael defnyddio'r camera, felly ni ellir sganio codau. I sganio, caniatewch y camera ar gyfer y wefan hon yng ngosodiadau'r porwr (yr eicon wrth ymyl y cyfeiriad), yna pwyswch “Sganio cod QR gyda'r camera” eto. Gallwch barhau i deipio'r cod, neu ddefnyddio sganiwr USB.",
    description: 'Door: the person (or the browser) refused the camera. The quoted button name must match door.scan.start.',
  },
  'door.scan.noCamera': {
    en: 'No camera was found on this device. Type the code, or use a USB scanner.',
    cy: "Ni chafwyd hyd i gamera ar y ddyfais hon. Teipiwch y cod, neu defnyddiwch sganiwr USB.",
    description: 'Door: the device has no camera.',
  },
  'door.scan.insecure': {
    en: 'The camera can only be used when Convene is opened at an https:// address. Type the code, or use a USB scanner.',
    cy: "Dim ond pan fydd Convene ar agor mewn cyfeiriad https:// y gellir defnyddio'r camera. Teipiwch y cod, neu defnyddiwch sganiwr USB.",
    description: 'Door: browsers offer the camera on secure (https) pages only.',
  },
  'door.scan.failed': {
    en: 'The camera could not be started. Close any other app that is using it and try again, or type the code.',
    cy: "Nid oedd modd cychwyn y camera. Caewch unrhyw ap arall sy'n ei ddefnyddio a rhowch gynnig arall arni, neu teipiwch y cod.",
    description: 'Door: the camera failed to start for another reason (busy, broken).',
  },
  'door.scan.notACode': {
    en: 'That QR code is not a check-in code. Scan the QR code in the confirmation mail, under the check-in code.',
    cy: "Nid cod cofrestru wrth gyrraedd yw'r cod QR hwnnw. Sganiwch y cod QR yn y neges gadarnhau, o dan y cod cofrestru wrth gyrraedd.",
    description: 'Door: the camera read a QR code that holds something else (a web address, say).',
  },

  'door.walkIn.heading': { en: 'Add a walk-in', cy: 'Ychwanegu rhywun heb gofrestru', description: 'Door: heading of the form for someone who arrives without having registered.' },
  'door.walkIn.intro': {
    en: 'Someone at the door who did not register: they are confirmed and checked in at once.',
    cy: "Rhywun wrth y drws na wnaeth gofrestru: caiff ei le ei gadarnhau a chaiff ei gofrestru wrth gyrraedd ar unwaith.",
    description: 'Door: under the walk-in heading.',
  },
  'door.walkIn.name': { en: 'Name', cy: 'Enw', description: "Door: label of the walk-in's name." },
  'door.walkIn.email': { en: 'Email address (optional)', cy: 'Cyfeiriad e-bost (dewisol)', description: "Door: label of the walk-in's email address." },
  'door.walkIn.organisation': { en: 'Organisation (optional)', cy: 'Sefydliad (dewisol)', description: "Door: label of the walk-in's organisation." },
  'door.walkIn.category': { en: 'Attending as', cy: 'Yn bresennol fel', description: 'Door: label of the select of categories (delegate, speaker, …).' },
  'door.walkIn.submit': { en: 'Add and check in', cy: 'Ychwanegu a chofrestru', description: 'Door: button that adds the walk-in.' },
  'door.walkIn.adding': { en: 'Adding…', cy: "Wrthi'n ychwanegu…", description: 'Door: the walk-in button while it works.' },
  'door.walkIn.added': { en: '{name} has been added and checked in.', cy: 'Mae {name} wedi cael ei ychwanegu a’i gofrestru wrth gyrraedd.', description: 'Door: a walk-in was added. {name} is their name.' },
  'door.walkIn.nameMissing': { en: 'Enter their name', cy: 'Rhowch eu henw', description: 'Door: error when the walk-in has no name.' },
  'door.walkIn.nameInvalid': {
    en: 'Enter their name on one line, in up to 200 characters',
    cy: 'Rhowch eu henw ar un llinell, mewn hyd at 200 nod',
    description: 'Door: error when the server refused the name (too long, or with line breaks or hidden characters).',
  },
  'door.walkIn.emailInvalid': {
    en: 'Enter an email address in the correct format, like name@example.org, or leave it empty',
    cy: "Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.org, neu gadewch ef yn wag",
    description: 'Door: error when the email address is not one.',
  },
  'door.walkIn.organisationInvalid': {
    en: 'Enter the organisation on one line, in up to 200 characters',
    cy: "Rhowch y sefydliad ar un llinell, mewn hyd at 200 nod",
    description: 'Door: error when the server refused the organisation.',
  },
  'door.walkIn.fullHeading': { en: 'The event is full', cy: "Mae'r digwyddiad yn llawn", description: 'Door: heading of the question asked when a walk-in arrives at a full event.' },
  'door.walkIn.fullQuestion': {
    en: '{capacity, plural, one {Its # place is taken.} other {All # places are taken.}} Admit {name} anyway? The room will then hold more people than its capacity, so check with the venue that it is safe.',
    cy: "{capacity, plural, zero {Mae pob un o'r # lle wedi'u cymryd.} one {Mae'r # lle wedi'i gymryd.} two {Mae'r ddau le wedi'u cymryd.} few {Mae pob un o'r # lle wedi'u cymryd.} many {Mae pob un o'r # lle wedi'u cymryd.} other {Mae pob un o'r # lle wedi'u cymryd.}} Derbyn {name} beth bynnag? Bydd mwy o bobl yn yr ystafell na'i chapasiti wedyn, felly gwiriwch gyda'r lleoliad ei fod yn ddiogel.",
    description: 'Door: asked when a walk-in arrives and every place is taken. {capacity} is the number of places, {name} the walk-in.',
  },
  'door.walkIn.admit': { en: 'Admit {name} over capacity', cy: 'Derbyn {name} dros y capasiti', description: 'Door: button that adds the walk-in although the event is full.' },
  'door.walkIn.dontAdmit': { en: 'Do not admit', cy: 'Peidio â derbyn', description: 'Door: button that answers no to admitting a walk-in to a full event.' },
  'door.walkIn.notAdmitted': {
    en: '{name} was not added: the event stays at its capacity.',
    cy: "Ni chafodd {name} ei ychwanegu: mae'r digwyddiad yn aros ar ei gapasiti.",
    description: 'Door: after the organiser chose not to admit a walk-in to a full event.',
  },

  'door.category.delegate': { en: 'Delegate', cy: 'Cynrychiolydd', description: 'Door: category option (attending as a delegate).' },
  'door.category.speaker': { en: 'Speaker', cy: 'Siaradwr', description: 'Door: category option.' },
  'door.category.officer': { en: 'Council officer', cy: 'Swyddog cyngor', description: 'Door: category option.' },
  'door.category.commissioner': { en: 'Commissioner', cy: 'Comisiynydd', description: 'Door: category option.' },
  'door.category.press': { en: 'Press', cy: 'Y wasg', description: 'Door: category option.' },
  'door.category.observer': { en: 'Observer', cy: 'Sylwedydd', description: 'Door: category option.' },

  'door.papers.csv': { en: 'Download CSV', cy: 'Lawrlwytho CSV', description: 'Registrations: link to the spreadsheet of every registration.' },
  'door.papers.csvNote': {
    en: '(every registration, with workshops and dietary and access needs: keep it safe)',
    cy: "(pob cofrestriad, gyda gweithdai ac anghenion deietegol a mynediad: cadwch ef yn ddiogel)",
    description: 'Registrations: beside the CSV link.',
  },
  'door.papers.badges': { en: 'Name badges (PDF)', cy: 'Bathodynnau enw (PDF)', description: 'Registrations: link to the printable name badges.' },
  'door.papers.badgesNote': {
    en: '(one for each confirmed place, eight to an A4 sheet)',
    cy: "(un ar gyfer pob lle wedi'i gadarnhau, wyth ar ddalen A4)",
    description: 'Registrations: beside the name badges link.',
  },
  'door.papers.workshops': { en: 'Workshop lists (PDF)', cy: 'Rhestrau gweithdai (PDF)', description: 'Registrations: link to the printable lists of who is in each workshop.' },
  'door.papers.workshopsNote': {
    en: '(a page per workshop: its room, its time and who has a place)',
    cy: "(tudalen i bob gweithdy: ei ystafell, ei amser a phwy sydd â lle)",
    description: 'Registrations: beside the workshop lists link.',
  },
  'door.table.workshops': { en: 'Workshops', cy: 'Gweithdai', description: "Registrations table: column of each registration's workshops." },
  'door.table.noWorkshops': { en: 'None', cy: 'Dim', description: 'Registrations table: the registration chose no workshop.' },
  'door.table.workshopWaiting': {
    en: '{title} (waiting list, position {position})',
    cy: '{title} (rhestr aros, safle {position})',
    description: 'Registrations table: a workshop the person waits for a place in. {title} is the workshop.',
  },
  'door.table.workshopRequested': {
    en: '{title} (once their place is confirmed)',
    cy: "{title} (unwaith y caiff eu lle ei gadarnhau)",
    description: 'Registrations table: a workshop chosen by someone whose place at the event is not confirmed yet.',
  },

  'door.problem.codeUnknown': {
    en: 'Nobody registered for this event has that code. Check the code with the person (it is in their confirmation mail), or find them by name in the registrations below.',
    cy: "Nid oes gan neb sydd wedi cofrestru ar gyfer y digwyddiad hwn y cod hwnnw. Gwiriwch y cod gyda'r person (mae yn eu neges gadarnhau), neu chwiliwch amdanynt wrth eu henw yn y cofrestriadau isod.",
    description: 'Door: the code typed or scanned belongs to nobody.',
  },
  'door.problem.codeOtherEvent': {
    en: 'That code is for a different event: check the person has come to the right one. If they should be here, find them by name in the registrations below.',
    cy: "Mae'r cod hwnnw ar gyfer digwyddiad gwahanol: gwiriwch fod y person wedi dod i'r un cywir. Os dylent fod yma, chwiliwch amdanynt wrth eu henw yn y cofrestriadau isod.",
    description: 'Door: the code belongs to a registration for another event.',
  },
  'door.problem.notConfirmed': {
    en: 'That person has no confirmed place (they may be on the waiting list, awaiting approval, or have cancelled), so they cannot be checked in. Find them by name below to see why; to let them in, add them as a walk-in.',
    cy: "Nid oes gan y person hwnnw le wedi'i gadarnhau (efallai eu bod ar y rhestr aros, yn aros am gymeradwyaeth, neu wedi canslo), felly ni ellir eu cofrestru wrth gyrraedd. Chwiliwch amdanynt wrth eu henw isod i weld pam; i'w gadael i mewn, ychwanegwch nhw fel rhywun heb gofrestru.",
    description: 'Door and registrations table: checking in someone whose registration is not confirmed.',
  },
  'door.problem.notPublished': {
    en: 'Walk-ins can be added once the event is published. Publish it first, at the top of this page.',
    cy: "Gellir ychwanegu pobl heb gofrestru unwaith y bydd y digwyddiad wedi'i gyhoeddi. Cyhoeddwch ef yn gyntaf, ar frig y dudalen hon.",
    description: 'Door: adding a walk-in to an event that is not published.',
  },
  'door.problem.notPending': {
    en: 'This registration is no longer awaiting approval: someone may have decided it already. The list now shows where it stands.',
    cy: "Nid yw'r cofrestriad hwn yn aros am gymeradwyaeth bellach: efallai fod rhywun wedi penderfynu arno eisoes. Mae'r rhestr bellach yn dangos ei sefyllfa.",
    description: 'Registrations table: approving or declining a registration that was already decided.',
  },
  'door.problem.gone': {
    en: 'That registration or event no longer exists. Reload the page to see the current list.',
    cy: "Nid yw'r cofrestriad neu'r digwyddiad hwnnw'n bodoli bellach. Ail-lwythwch y dudalen i weld y rhestr gyfredol.",
    description: 'Door and registrations table: the thing acted on was removed meanwhile.',
  },
  'door.problem.signedOut': {
    en: 'You have been signed out. Sign in again (your work on this page is kept), then try again.',
    cy: "Rydych wedi cael eich allgofnodi. Mewngofnodwch eto (caiff eich gwaith ar y dudalen hon ei gadw), yna rhowch gynnig arall arni.",
    description: 'Door and registrations: the session ended.',
  },
  'door.problem.forbidden': {
    en: 'Only this event’s organisers can do this. Ask one of them, or the network’s administrator, to add you as an organiser of the event.',
    cy: "Dim ond trefnwyr y digwyddiad hwn all wneud hyn. Gofynnwch i un ohonynt, neu i weinyddwr y rhwydwaith, eich ychwanegu fel trefnydd y digwyddiad.",
    description: 'Door and registrations: the person is not an organiser of this event.',
  },
  'door.problem.tooMany': {
    en: 'Too many attempts in a short time. Wait a minute, then try again.',
    cy: "Gormod o ymdrechion mewn amser byr. Arhoswch funud, yna rhowch gynnig arall arni.",
    description: 'Door and registrations: rate limited.',
  },
  'door.problem.offline': {
    en: 'Convene could not be reached, so nothing was changed. Check the connection (Wi-Fi or mobile data), then try again.',
    cy: "Nid oedd modd cyrraedd Convene, felly ni newidiwyd dim. Gwiriwch y cysylltiad (Wi-Fi neu ddata symudol), yna rhowch gynnig arall arni.",
    description: 'Door and registrations: no network.',
  },
  'door.problem.server': {
    en: 'Something went wrong on our side, and nothing was changed. Try again in a minute; if it keeps happening, tell the network’s support team.',
    cy: "Aeth rhywbeth o'i le ar ein hochr ni, ac ni newidiwyd dim. Rhowch gynnig arall arni mewn munud; os yw'n dal i ddigwydd, rhowch wybod i dîm cymorth y rhwydwaith.",
    description: 'Door and registrations: a server error.',
  },
  'door.problem.invalid': {
    en: 'Some of what was entered could not be used, and nothing was changed. Check it and try again.',
    cy: "Nid oedd modd defnyddio rhywfaint o'r hyn a roddwyd, ac ni newidiwyd dim. Gwiriwch ef a rhowch gynnig arall arni.",
    description: 'Door and registrations: the server refused the input for a reason not shown beside a field.',
  },
  'door.problem.other': {
    en: 'That could not be done, and nothing was changed. Reload the page and try again.',
    cy: "Nid oedd modd gwneud hynny, ac ni newidiwyd dim. Ail-lwythwch y dudalen a rhowch gynnig arall arni.",
    description: 'Door and registrations: any other refusal.',
  },
} satisfies Catalogue;
