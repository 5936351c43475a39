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
} satisfies Catalogue;
