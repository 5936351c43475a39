import type { Catalogue } from './message';

// The server-rendered page a mailed sign-in link opens (/sign-in): no scripts, so the server
// renders it in the reader's language.
export const signInPageMessages = {
  'signInPage.title': { en: 'Sign in to Convene', cy: 'Mewngofnodi i Convene', description: 'Heading and tab title of the page a mailed sign-in link opens.' },
  'signInPage.signIn': { en: 'Sign in', cy: 'Mewngofnodi', description: 'Button that completes signing in.' },
  'signInPage.signInAs': { en: 'Sign in as {email}', cy: 'Mewngofnodi fel {email}', description: 'Button that completes signing in, with the address it is for.' },
  'signInPage.email': { en: 'Email address', cy: 'Cyfeiriad e-bost', description: 'Label of the address field.' },
  'signInPage.code': { en: 'Code from the email', cy: "Cod o'r e-bost", description: 'Label of the six-digit code field.' },
  'signInPage.newCode': {
    en: 'Get a new sign-in code',
    cy: 'Cael cod mewngofnodi newydd',
    description: 'Link under a refused sign-in (link used, expired or wrong), to the page that mails a new code.',
  },
  // Why a sign-in was refused, by the refusal's code (the page shows the one that applies, above the link to a new code).
  'signInPage.refused.wrongCode': {
    en: 'That code is not right. Check the latest email we sent, or ask for a new code.',
    cy: "Nid yw'r cod hwnnw'n gywir. Edrychwch ar yr e-bost diweddaraf a anfonwyd gennym, neu gofynnwch am god newydd.",
    description: 'Sign-in page, after a refused sign-in: the code typed was wrong.',
  },
  'signInPage.refused.invalidLink': {
    en: 'This sign-in link is not valid. Ask for a new one.',
    cy: "Nid yw'r ddolen fewngofnodi hon yn ddilys. Gofynnwch am un newydd.",
    description: 'Sign-in page, after a refused sign-in: the link opened is not one we made (or its person is gone).',
  },
  'signInPage.refused.expired': {
    en: 'This sign-in code or link has expired. Ask for a new one.',
    cy: "Mae'r cod neu'r ddolen fewngofnodi hon wedi dod i ben. Gofynnwch am un newydd.",
    description: 'Sign-in page, after a refused sign-in: the code or link is too old.',
  },
  'signInPage.refused.used': {
    en: 'This sign-in code or link has already been used. Ask for a new one.',
    cy: "Mae'r cod neu'r ddolen fewngofnodi hon wedi'i defnyddio eisoes. Gofynnwch am un newydd.",
    description: 'Sign-in page, after a refused sign-in: the code or link was used before (each works once).',
  },
  'signInPage.refused.exhausted': {
    en: 'Too many wrong codes were tried for this sign-in. Ask for a new code.',
    cy: "Rhoddwyd cynnig ar ormod o godau anghywir ar gyfer y mewngofnodi hwn. Gofynnwch am god newydd.",
    description: 'Sign-in page, after a refused sign-in: too many wrong codes, so this code no longer works.',
  },
  'signInPage.refused.incomplete': {
    en: 'Enter your email address and the code from the email.',
    cy: "Rhowch eich cyfeiriad e-bost a'r cod o'r e-bost.",
    description: 'Sign-in page, after a refused sign-in: the address or the code was left empty.',
  },
  'signInPage.refused.tooMany': {
    en: 'Too many attempts. Wait a few minutes and try again.',
    cy: 'Gormod o ymdrechion. Arhoswch ychydig funudau a rhowch gynnig arall arni.',
    description: 'Sign-in page, after a refused sign-in: too many tries from this address or browser for now.',
  },
  'signInPage.refused.other': {
    en: 'You could not be signed in. Ask for a new code and try again.',
    cy: 'Nid oedd modd eich mewngofnodi. Gofynnwch am god newydd a rhowch gynnig arall arni.',
    description: 'Sign-in page, after a refused sign-in for any other reason.',
  },
} satisfies Catalogue;
