// The pseudo-locale: every message's English with each letter accented and the message bracketed
// ("[Ŕéĝîšţéŕ]"), so a page rendered in it shows at a glance, and a test can tell by machine, which
// words came through the message library and which did not (an ASCII letter left on the page is
// either content or a string the code wrote itself). Placeholders and tags stay as they are: the
// values filled in (titles, names, dates) are not messages. Only a test build of the web app
// (CONVENE_PSEUDO_LOCALE=1, see apps/web/vite.config.mts) speaks it: no person is ever shown it.
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçðéƒĝĥîĵķļṁñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const ACCENT_OF = new Map([...PLAIN].map((letter, index) => [letter, [...ACCENTED][index]]));

/** The brackets around each message: where one message ends and the next begins shows (concatenation). */
export const PSEUDO_OPEN = '[';
export const PSEUDO_CLOSE = ']';

/** "Register" -> "Ŕéĝîšţéŕ": each ASCII letter accented, everything else as it is. */
export function pseudoText(text: string): string {
  return [...text].map((character) => ACCENT_OF.get(character) ?? character).join('');
}

function pseudoElement(element: MessageFormatElement): MessageFormatElement {
  switch (element.type) {
    case TYPE.literal:
      return { ...element, value: pseudoText(element.value) };
    case TYPE.tag:
      return { ...element, children: element.children.map(pseudoElement) };
    case TYPE.plural:
    case TYPE.select:
      return {
        ...element,
        options: Object.fromEntries(Object.entries(element.options).map(([name, option]) => [name, { ...option, value: option.value.map(pseudoElement) }])),
      } as typeof element;
    default:
      return element;
  }
}

/** A parsed message in the pseudo-locale: its literal text accented, the whole bracketed. */
export function pseudoMessage(elements: MessageFormatElement[]): MessageFormatElement[] {
  return [{ type: TYPE.literal, value: PSEUDO_OPEN }, ...elements.map(pseudoElement), { type: TYPE.literal, value: PSEUDO_CLOSE }];
}
