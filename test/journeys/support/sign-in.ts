import type { ReceivedMail } from '@convene/testing';
import { linkIn, type JourneyStack, type Person } from './journey';

/** The sign-in page's words and the sign-in mail's subject, in the language the page is shown in. */
export interface SignInWords {
  email: string;
  send: string;
  code: string;
  signIn: string;
  subject: string;
}

export const SIGN_IN_WORDS: Record<'en' | 'cy', SignInWords> = {
  en: { email: 'Email address', send: 'Send me a code', code: '6-digit code', signIn: 'Sign in', subject: 'sign-in code' },
  cy: { email: 'Cyfeiriad e-bost', send: 'Anfon cod ataf', code: 'Cod 6 digid', signIn: 'Mewngofnodi', subject: 'cod mewngofnodi' },
};

/** Signs a person in as a person does: the sign-in page, the code from the mail. Leaves them on `next`. */
export async function signInThroughPage(stack: JourneyStack, person: Person, email: string, next = '/', words: SignInWords = SIGN_IN_WORDS.en): Promise<void> {
  const { page } = person;
  await page.goto(`${stack.api.url}/sign-in-with-code?next=${encodeURIComponent(next)}`);
  await page.getByLabel(words.email).fill(email);
  // Only a mail sent after this ask: an earlier sign-in's code has been used.
  const before = stack.sink.received.length;
  await page.getByRole('button', { name: words.send }).click();
  const mail = await stack.sink.waitFor(
    (sent) => stack.sink.received.indexOf(sent) >= before && sent.to.toLowerCase().includes(email.toLowerCase()) && sent.subject.includes(words.subject),
    30_000,
  );
  const code = /\b(\d{6})\b/.exec(mail.decoded)?.[1];
  if (!code) throw new Error(`No 6-digit code in the sign-in mail "${mail.subject}"`);
  await page.getByLabel(words.code).fill(code);
  await page.getByRole('button', { name: words.signIn, exact: true }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}

/**
 * The link in a mail, made openable: tests run the API on a random port, while mails carry the
 * configured public address (http://localhost:0), so the origin is swapped for the running API's.
 */
export function mailLink(stack: JourneyStack, mail: ReceivedMail, pathPattern: RegExp): string {
  const link = new URL(linkIn(mail, stack.config.publicUrl, pathPattern));
  return `${stack.api.url}${link.pathname}${link.search}`;
}
