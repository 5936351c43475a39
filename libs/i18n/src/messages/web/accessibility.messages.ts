import type { Catalogue } from '../message';

// The accessibility statement (apps/web/src/pages/accessibility-page.tsx), in the structure of the
// UK public sector model statement. The Welsh of legal names (the regulations, EHRC, EASS) needs
// review against the official Welsh versions.
export const accessibilityMessages = {
  'a11y.tabTitle': { en: 'Accessibility statement', cy: 'Datganiad hygyrchedd', description: 'Tab title of the accessibility statement.' },
  'a11y.title': { en: 'Accessibility statement for Convene', cy: 'Datganiad hygyrchedd ar gyfer Convene', description: 'Heading of the statement. Convene is the product name.' },
  'a11y.intro': {
    en: 'Convene runs the meetings of the {network}: events and registration, liveblogs, live questions, polls and votes, and minutes. We want as many people as possible to be able to use it: to change colours and text size, zoom in up to 400% without text spilling off the screen, get around with a keyboard alone, use it with a screen reader, and read it on a phone.',
    cy: "Mae Convene yn cynnal cyfarfodydd {network}: digwyddiadau a chofrestru, blogiau byw, cwestiynau byw, arolygon a phleidleisiau, a chofnodion. Rydym am i gynifer o bobl â phosibl allu ei ddefnyddio: newid lliwiau a maint testun, chwyddo hyd at 400% heb i destun fynd oddi ar y sgrin, symud o gwmpas gyda bysellfwrdd yn unig, ei ddefnyddio gyda darllenydd sgrin, a'i ddarllen ar ffôn.",
    description: 'First paragraph. {network} is the network\'s name.',
  },
  'a11y.howAccessible': { en: 'How accessible this website is', cy: "Pa mor hygyrch yw'r wefan hon", description: 'Heading.' },
  'a11y.knowParts': { en: 'We know some parts are not fully accessible:', cy: "Rydym yn gwybod nad yw rhai rhannau'n gwbl hygyrch:", description: 'Above the list of known gaps.' },
  'a11y.gapWelsh': {
    en: 'what organisers and participants write (titles, descriptions, questions, liveblog entries) is shown in the language they wrote it in: where they gave no Welsh, a Welsh reader sees the English, marked as English so that screen readers pronounce it as English;',
    cy: "dangosir yr hyn y mae trefnwyr a chyfranogwyr yn ei ysgrifennu (teitlau, disgrifiadau, cwestiynau, cofnodion blog byw) yn yr iaith y gwnaethant ei ysgrifennu ynddi: lle na roddwyd Cymraeg, mae darllenydd Cymraeg yn gweld y Saesneg, wedi'i marcio'n Saesneg fel bod darllenwyr sgrin yn ei ynganu fel Saesneg;",
    description: 'A known gap (list item): content written in one language only. Needs review.',
  },
  'a11y.gapWelshReview': {
    en: "the website's Welsh was written by the team that builds it and has not yet been reviewed by a translation unit;",
    cy: "ysgrifennwyd Cymraeg y wefan gan y tîm sy'n ei hadeiladu, ac nid yw uned gyfieithu wedi'i hadolygu eto;",
    description: 'A known gap (list item): the Welsh awaits a professional review. Remove once a translation unit has reviewed the catalogues.',
  },
  'a11y.gapPdf': {
    en: 'published minutes as PDF are tagged (headings, lists, reading order and language) but have not been certified against PDF/UA;',
    cy: "mae cofnodion cyhoeddedig ar ffurf PDF wedi'u tagio (penawdau, rhestrau, trefn ddarllen ac iaith) ond nid ydynt wedi'u hardystio yn erbyn PDF/UA;",
    description: 'A known gap (list item). PDF/UA is a standard\'s name.',
  },
  'a11y.gapLive': {
    en: 'live updates (new liveblog entries, questions and poll results) are announced politely, so a screen reader may say them a little after they appear;',
    cy: "caiff diweddariadau byw (cofnodion blog byw newydd, cwestiynau a chanlyniadau arolygon) eu cyhoeddi'n gwrtais, felly efallai y bydd darllenydd sgrin yn eu dweud ychydig ar ôl iddynt ymddangos;",
    description: 'A known gap (list item). "Politely": the screen reader term (aria-live polite). Needs review.',
  },
  'a11y.gapProjector': {
    en: 'the projector view of the Q&A is made to be shown in a room and read from a distance, not to be used with a screen reader.',
    cy: "mae golwg taflunydd y sesiwn Holi ac Ateb wedi'i gwneud i'w dangos mewn ystafell a'i darllen o bell, nid i'w defnyddio gyda darllenydd sgrin.",
    description: 'A known gap (list item).',
  },
  'a11y.feedback': { en: 'Feedback and contact information', cy: 'Adborth a gwybodaeth gyswllt', description: 'Heading.' },
  'a11y.feedbackBody': {
    en: 'If you need something from this website in a different format, or find a problem not listed here, email {contact}, or tell the organisers of your event. Say which page, and what you were trying to do.',
    cy: "Os oes arnoch angen rhywbeth o'r wefan hon mewn fformat gwahanol, neu os dewch o hyd i broblem nad yw wedi'i rhestru yma, anfonwch e-bost at {contact}, neu dywedwch wrth drefnwyr eich digwyddiad. Dywedwch pa dudalen, a beth yr oeddech yn ceisio ei wneud.",
    description: 'How to report a problem. {contact} is an email address (a link), or a.11y.contactFallback.',
  },
  'a11y.contactFallback': {
    en: 'the network (the address our mails come from)',
    cy: "y rhwydwaith (y cyfeiriad y daw ein negeseuon ohono)",
    description: 'In the feedback paragraph, when the address is not known yet.',
  },
  'a11y.enforcement': { en: 'Enforcement procedure', cy: 'Y weithdrefn orfodi', description: 'Heading.' },
  'a11y.enforcementBody': {
    en: 'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the <a>Equality Advisory and Support Service (EASS)</a>.',
    cy: "Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy'n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2) 2018. Os nad ydych yn fodlon â'r ffordd yr ydym yn ymateb i'ch cwyn, cysylltwch â'r <a>Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)</a>.",
    description: 'The enforcement paragraph; <a> links to the EASS. Legal names: needs review against the official Welsh titles.',
  },
  'a11y.technical': { en: "Technical information about this website's accessibility", cy: 'Gwybodaeth dechnegol am hygyrchedd y wefan hon', description: 'Heading.' },
  'a11y.compliance': { en: 'Compliance status', cy: 'Statws cydymffurfio', description: 'Heading.' },
  'a11y.complianceBody': {
    en: 'This website is partially compliant with the <a>Web Content Accessibility Guidelines version 2.2</a> AA standard, due to the non-compliances listed below.',
    cy: "Mae'r wefan hon yn cydymffurfio'n rhannol â safon AA <a>Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2</a>, oherwydd y diffyg cydymffurfio a restrir isod.",
    description: 'Compliance paragraph; <a> links to WCAG 2.2.',
  },
  'a11y.nonAccessible': { en: 'Non-accessible content', cy: 'Cynnwys nad yw’n hygyrch', description: 'Heading.' },
  'a11y.nonPdf': {
    en: 'PDF minutes: tagged, but not checked against PDF/UA; the web page of the same minutes is the accessible version.',
    cy: "Cofnodion PDF: wedi'u tagio, ond heb eu gwirio yn erbyn PDF/UA; tudalen we yr un cofnodion yw'r fersiwn hygyrch.",
    description: 'List item.',
  },
  'a11y.howTested': { en: 'How we tested this website', cy: 'Sut y gwnaethom brofi’r wefan hon', description: 'Heading.' },
  'a11y.journeys': {
    en: "Every change runs our journey tests: a person's whole journey in Chromium, through the pages only, at a desktop width (1280 pixels) and a phone width (390 pixels):",
    cy: "Mae pob newid yn rhedeg ein profion taith: taith gyfan person yn Chromium, drwy'r tudalennau yn unig, ar led bwrdd gwaith (1280 picsel) a lled ffôn (390 picsel):",
    description: 'Above the list of journeys.',
  },
  'a11y.journeyDelegate': {
    en: "a delegate registering, changing their registration, and cancelling; a full event's waiting list; sending apologies; a delegate doing all this in Welsh;",
    cy: "cynrychiolydd yn cofrestru, yn newid ei gofrestriad, ac yn canslo; rhestr aros digwyddiad llawn; anfon ymddiheuriadau; cynrychiolydd yn gwneud hyn i gyd yn Gymraeg;",
    description: 'A journey (list item).',
  },
  'a11y.journeySignIn': {
    en: 'signing in by the mailed link and by typing the code; asking for access to a members-only event;',
    cy: "mewngofnodi drwy'r ddolen a anfonwyd a thrwy deipio'r cod; gofyn am fynediad i ddigwyddiad i aelodau yn unig;",
    description: 'A journey (list item).',
  },
  'a11y.journeyRemote': {
    en: 'a remote attendee following a liveblog through a lost connection, asking and voting on the Q&A;',
    cy: "mynychwr o bell yn dilyn blog byw drwy gysylltiad a gollwyd, yn gofyn ac yn pleidleisio yn y sesiwn Holi ac Ateb;",
    description: 'A journey (list item).',
  },
  'a11y.journeyOthers': {
    en: 'an organiser, a chair running a poll, a committee vote, and a minute-taker.',
    cy: "trefnydd, cadeirydd yn cynnal arolwg, pleidlais pwyllgor, a chofnodwr.",
    description: 'A journey (list item).',
  },
  'a11y.checks': {
    en: 'On every page of every journey, axe-core checks the page automatically against WCAG 2.2 AA rules, and a screenshot is kept for a person to look at. The journeys also check that focus goes where a person expects after each step (for example to the heading that confirms a registration). The website has not yet been tested by people who use screen readers or other assistive technology: that is planned, and until then some problems may remain that automated checks cannot find.',
    cy: "Ar bob tudalen o bob taith, mae axe-core yn gwirio'r dudalen yn awtomatig yn erbyn rheolau WCAG 2.2 AA, a chedwir sgrinlun i berson edrych arno. Mae'r teithiau hefyd yn gwirio bod y ffocws yn mynd lle mae person yn ei ddisgwyl ar ôl pob cam (er enghraifft i'r pennawd sy'n cadarnhau cofrestriad). Nid yw'r wefan wedi'i phrofi eto gan bobl sy'n defnyddio darllenwyr sgrin neu dechnoleg gynorthwyol arall: mae hynny wedi'i gynllunio, a than hynny efallai y bydd rhai problemau'n aros na all gwiriadau awtomatig ddod o hyd iddynt.",
    description: 'How the checks work. axe-core is a tool\'s name.',
  },
  'a11y.checksLanguage': {
    en: 'Every page of the journeys, and what it says after each step (registered, refused, saved, signed in), is also shown in a test language in which every translated word looks different: a check fails on any words the website wrote that did not come through the translations.',
    cy: "Mae pob tudalen o'r teithiau, a'r hyn y mae'n ei ddweud ar ôl pob cam (wedi cofrestru, wedi'i wrthod, wedi'i gadw, wedi mewngofnodi), hefyd yn cael ei dangos mewn iaith brawf lle mae pob gair a gyfieithwyd yn edrych yn wahanol: mae gwiriad yn methu ar unrhyw eiriau a ysgrifennodd y wefan na ddaeth drwy'r cyfieithiadau.",
    description: 'How the translations are checked (the pseudo-locale pass), in plain words. Needs review.',
  },
  'a11y.preparation': { en: 'Preparation of this accessibility statement', cy: "Paratoi'r datganiad hygyrchedd hwn", description: 'Heading.' },
  'a11y.preparationBody': {
    en: 'This statement was prepared on {prepared}. It was last reviewed on {reviewed}. The website was last tested on {reviewed}, by the team that builds it, with the journeys and checks described above.',
    cy: "Paratowyd y datganiad hwn ar {prepared}. Fe'i hadolygwyd ddiwethaf ar {reviewed}. Profwyd y wefan ddiwethaf ar {reviewed}, gan y tîm sy'n ei hadeiladu, gyda'r teithiau a'r gwiriadau a ddisgrifir uchod.",
    description: 'When the statement was prepared and last reviewed. {prepared} and {reviewed} are dates like "2 December 2026".',
  },
} satisfies Catalogue;
