import type { Catalogue } from '../message';

// Signing in with the code from the sign-in mail (apps/web/src/pages/sign-in-page.tsx).
export const signInMessages = {
  'signIn.title': { en: 'Sign in', cy: 'Mewngofnodi', description: 'Heading and tab title of the sign-in page; the button that signs in.' },
  'signIn.tooMany': { en: 'Too many attempts. Wait 15 minutes, then try again.', cy: 'Gormod o ymdrechion. Arhoswch 15 munud, yna rhowch gynnig arall arni.', description: 'When sign-in was refused for too many attempts.' },
  'signIn.codeRefused': {
    en: 'That code is not right, or it has expired or been used. Check the most recent sign-in mail, or ask for a new code.',
    cy: "Nid yw'r cod hwnnw'n gywir, neu mae wedi dod i ben neu wedi'i ddefnyddio. Edrychwch ar y neges fewngofnodi ddiweddaraf, neu gofynnwch am god newydd.",
    description: 'When the code was refused.',
  },
  'signIn.codeWrong': {
    en: 'That code is not right. Check the most recent sign-in mail, or ask for a new code.',
    cy: "Nid yw'r cod hwnnw'n gywir. Edrychwch ar y neges fewngofnodi ddiweddaraf, neu gofynnwch am god newydd.",
    description: 'When the code was not accepted.',
  },
  'signIn.already': { en: "You're signed in as {name}.", cy: "Rydych wedi mewngofnodi fel {name}.", description: 'When already signed in. {name} is the person\'s name.' },
  'signIn.continue': { en: 'Continue', cy: 'Parhau', description: 'Link back to where the person came from.' },
  'signIn.getCode': { en: 'Get a sign-in code', cy: 'Cael cod mewngofnodi', description: 'Heading of the first step.' },
  'signIn.noPasswords': {
    en: "There are no passwords. We'll send a 6-digit code to your email address: it works once, for 15 minutes.",
    cy: "Nid oes cyfrineiriau. Byddwn yn anfon cod 6 digid i'ch cyfeiriad e-bost: mae'n gweithio unwaith, am 15 munud.",
    description: 'Under "Get a sign-in code".',
  },
  'signIn.sendCode': { en: 'Send me a code', cy: 'Anfon cod ataf', description: 'Button of the first step.' },
  'signIn.codeFormat': { en: 'The code is 6 digits, like 123456', cy: "Mae'r cod yn 6 digid, fel 123456", description: 'Error when the code typed is not 6 digits.' },
  'signIn.enterCode': { en: 'Enter the 6-digit code from the mail', cy: "Rhowch y cod 6 digid o'r neges", description: 'Error when no code was typed.' },
  'signIn.checkEmail': { en: 'Check your email', cy: 'Edrychwch ar eich e-bost', description: 'Heading after the code was asked for.' },
  'signIn.sentIfAccount': {
    en: "If {email} has a Convene account, we've sent a sign-in code there. It works for 15 minutes.",
    cy: "Os oes gan {email} gyfrif Convene, rydym wedi anfon cod mewngofnodi yno. Mae'n gweithio am 15 munud.",
    description: 'After the code was asked for. {email} is the address typed.',
  },
  'signIn.enterYourCode': { en: 'Enter your code', cy: 'Rhowch eich cod', description: 'Heading of the second step.' },
  'signIn.codeLabel': { en: '6-digit code', cy: 'Cod 6 digid', description: 'Label of the code field.' },
  'signIn.codeHint': { en: "The code is in the mail's text, for example 123456", cy: "Mae'r cod yn nhestun y neges, er enghraifft 123456", description: 'Hint under the code field.' },
  'signIn.signingIn': { en: 'Signing in…', cy: "Wrthi'n mewngofnodi…", description: 'The sign-in button while it works.' },
  'signIn.restart': { en: 'Use another email address or get a new code', cy: 'Defnyddio cyfeiriad e-bost arall neu gael cod newydd', description: 'Button back to the first step.' },
} satisfies Catalogue;
