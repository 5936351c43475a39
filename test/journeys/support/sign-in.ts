import type { ReceivedMail } from '@convene/testing';
import { linkIn, mailTo, type JourneyStack, type Person } from './journey';

/** Signs a person in as a person does: the sign-in page, the code from the mail. Leaves them on `next`. */
export async function signInThroughPage(stack: JourneyStack, person: Person, email: string, next = '/'): Promise<void> {
  const { page } = person;
  await page.goto(`${stack.api.url}/sign-in-with-code?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  const mail = await mailTo(stack, email, 'sign-in code');
  const code = /\b(\d{6})\b/.exec(mail.decoded)?.[1];
  if (!code) throw new Error(`No 6-digit code in the sign-in mail "${mail.subject}"`);
  await page.getByLabel('6-digit code').fill(code);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
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
