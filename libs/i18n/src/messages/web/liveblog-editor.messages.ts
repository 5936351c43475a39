import type { Catalogue } from '../message';

// The liveblog editor (apps/web/src/liveblog/liveblog-editor-page.tsx), where the chair and the
// liveblog editors write. A catalogue of its own: the reader's page (liveblog.messages.ts) stays
// within its size budget, and readers never download the editor's words.
export const liveblogEditorMessages = {
  'liveblogEditor.title': { en: 'Write: {session}', cy: 'Ysgrifennu: {session}', description: "Heading and browser title of the editor; {session} is the session's title." },
  'liveblogEditor.loadFailed': { en: 'We could not load the liveblog.', cy: "Nid oedd modd llwytho'r blog byw.", description: 'When the liveblog could not be loaded.' },
  'liveblogEditor.loading': { en: 'Loading…', cy: "Wrthi'n llwytho…", description: 'While the editor finds out who is signed in.' },
  'liveblogEditor.loadingLiveblog': { en: 'Loading the liveblog…', cy: "Wrthi'n llwytho'r blog byw…", description: 'While the liveblog loads.' },
  'liveblogEditor.heading': { en: 'Write a liveblog', cy: 'Ysgrifennu blog byw', description: 'Heading of the editor before signing in.' },
  'liveblogEditor.signIn': {
    en: '<link>Sign in</link> to write this liveblog.',
    cy: "<link>Mewngofnodwch</link> i ysgrifennu'r blog byw hwn.",
    description: 'Editor, not signed in: the link goes to the sign-in page.',
  },
  'liveblogEditor.notAllowed': {
    en: "Only the session's chair, its liveblog editors and the event's organisers can write this liveblog.",
    cy: "Dim ond cadeirydd y sesiwn, golygyddion ei blog byw a threfnwyr y digwyddiad all ysgrifennu'r blog byw hwn.",
    description: 'Editor, signed in as someone who may not write.',
  },
  'liveblogEditor.failed': { en: 'That did not work. Try again.', cy: 'Ni weithiodd hynny. Rhowch gynnig arall arni.', description: 'When an action in the editor failed for a reason we cannot explain.' },
  'liveblogEditor.readersView': { en: "Readers' view", cy: 'Golwg y darllenwyr', description: "Link from the editor to the liveblog as readers see it." },
  'liveblogEditor.drafts': { en: 'Drafts', cy: 'Drafftiau', description: 'Heading above the entries saved as drafts.' },
  'liveblogEditor.noDrafts': {
    en: 'No drafts. Tick "Save as a draft" to prepare entries before the session.',
    cy: 'Dim drafftiau. Ticiwch "Cadw fel drafft" i baratoi cofnodion cyn y sesiwn.',
    description: 'Under "Drafts" when there is none. Quote the checkbox label (liveblogEditor.draft) as it reads.',
  },
  'liveblogEditor.published': { en: 'Published', cy: "Wedi'u cyhoeddi", description: 'Heading above the published entries.' },
  'liveblogEditor.publish': { en: 'Publish', cy: 'Cyhoeddi', description: 'Button under a draft: publishes it.' },
  'liveblogEditor.delete': { en: 'Delete', cy: 'Dileu', description: 'Button under an entry or a draft: deletes it.' },
  'liveblogEditor.pin': {
    en: '{pinned, select, yes {Unpin} other {Pin}}',
    cy: '{pinned, select, yes {Dadbinio} other {Pinio}}',
    description: 'Button under a published entry: pins it at the top of the liveblog (or unpins it).',
  },
  'liveblogEditor.done': {
    en: '{what, select, published {Published.} draftDeleted {Draft deleted.} pinned {Pinned.} unpinned {Unpinned.} deleted {Entry deleted.} draftSaved {Draft saved.} posted {Posted.} other {Saved.}}',
    cy: "{what, select, published {Wedi'i gyhoeddi.} draftDeleted {Wedi dileu'r drafft.} pinned {Wedi'i binio.} unpinned {Wedi'i ddadbinio.} deleted {Wedi dileu'r cofnod.} draftSaved {Wedi cadw'r drafft.} posted {Wedi'i bostio.} other {Wedi'i gadw.}}",
    description: 'What screen readers hear (and the page shows) after an action in the editor.',
  },
  'liveblogEditor.new': { en: 'New entry', cy: 'Cofnod newydd', description: 'Heading of the form to write an entry.' },
  'liveblogEditor.kind': { en: 'Kind', cy: 'Math', description: 'Label of the list of kinds of entry (update, quote, key moment, image).' },
  'liveblogEditor.language': {
    en: 'Language of the entry',
    cy: 'Iaith y cofnod',
    description: "Label of the list (Cymraeg, English) of the language an entry is written in; it starts at the editor's page language.",
  },
  'liveblogEditor.whoSaidIt': { en: 'Who said it', cy: 'Pwy a ddywedodd', description: 'Label of the list of people a quote can be from.' },
  'liveblogEditor.someoneElse': {
    en: 'Someone not on the programme (type the name below)',
    cy: "Rhywun nad yw ar y rhaglen (teipiwch yr enw isod)",
    description: 'First option of "Who said it".',
  },
  'liveblogEditor.name': { en: 'Name', cy: 'Enw', description: 'Label of the name of the person quoted, when not on the programme.' },
  'liveblogEditor.organisation': { en: 'Organisation (optional)', cy: 'Sefydliad (dewisol)', description: 'Label of the organisation of the person quoted.' },
  'liveblogEditor.imageUrl': { en: 'Image address (https://…)', cy: 'Cyfeiriad y ddelwedd (https://…)', description: "Label of an image entry's web address." },
  'liveblogEditor.imageAlt': {
    en: 'What the image shows (for people who cannot see it)',
    cy: "Beth mae'r ddelwedd yn ei ddangos (i bobl na allant ei gweld)",
    description: "Label of an image entry's text alternative.",
  },
  'liveblogEditor.bodyLabel': {
    en: '{kind, select, quote {The quote} image {Caption (optional)} other {Text}}',
    cy: '{kind, select, quote {Y dyfyniad} image {Capsiwn (dewisol)} other {Testun}}',
    description: "Label of the entry's text: a quote's words, an image's caption, or the text.",
  },
  'liveblogEditor.bodyHint': {
    en: 'Markdown: *emphasis*, **bold**, [links](https://…), lists. Up to 10,000 characters.',
    cy: 'Markdown: *pwyslais*, **trwm**, [dolenni](https://…), rhestrau. Hyd at 10,000 nod.',
    description: 'Hint under the text: how to format it. Keep the * ** [ ] ( ) marks.',
  },
  'liveblogEditor.draft': {
    en: 'Save as a draft (readers do not see it until you publish it)',
    cy: "Cadw fel drafft (nid yw darllenwyr yn ei weld nes i chi ei gyhoeddi)",
    description: 'Checkbox of the form to write an entry.',
  },
  'liveblogEditor.submit': {
    en: '{state, select, busy {Saving…} draft {Save draft} other {Post}}',
    cy: "{state, select, busy {Wrthi'n cadw…} draft {Cadw'r drafft} other {Postio}}",
    description: 'Button of the form to write an entry: while saving, saving a draft, or posting.',
  },
  'liveblogEditor.edit': { en: 'Edit', cy: 'Golygu', description: 'Button under an entry: opens its text for editing.' },
  'liveblogEditor.editText': { en: 'Edit the text', cy: "Golygu'r testun", description: "Label of an entry's text being edited." },
  'liveblogEditor.save': { en: 'Save', cy: 'Cadw', description: "Button that saves an entry's edited text." },
  'liveblogEditor.cancel': { en: 'Cancel', cy: 'Canslo', description: 'Button that closes the edit without saving.' },
  'liveblogEditor.bodyInvalid': {
    en: 'Write the text in up to 10,000 characters.',
    cy: "Ysgrifennwch y testun mewn hyd at 10,000 nod.",
    description: 'Error when the text is missing (an update, a quote) or too long.',
  },
  'liveblogEditor.imageUrlInvalid': {
    en: 'Enter the image address, starting https://',
    cy: "Rhowch gyfeiriad y ddelwedd, yn dechrau gyda https://",
    description: 'Error when the image address is missing or not a secure web address.',
  },
  'liveblogEditor.imageAltInvalid': {
    en: 'Say what the image shows, in up to 300 characters.',
    cy: "Dywedwch beth mae'r ddelwedd yn ei ddangos, mewn hyd at 300 nod.",
    description: 'Error when the text alternative of an image is missing or too long.',
  },
  'liveblogEditor.quoteNameInvalid': {
    en: 'Choose who said it, or enter their name (up to 200 characters).',
    cy: "Dewiswch pwy a'i dywedodd, neu rhowch ei enw (hyd at 200 nod).",
    description: 'Error when a quote has no speaker chosen and no name, or the name is too long.',
  },
} satisfies Catalogue;
