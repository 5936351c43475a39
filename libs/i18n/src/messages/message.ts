import type { Language } from '../languages';

/**
 * One string a person reads, in both languages (ICU MessageFormat), with a note for translators:
 * what it is and where it shows.
 */
export type Message = Record<Language, string> & { description: string };

/** A catalogue is a plain object literal (`{ ... } satisfies Catalogue`): no call, so bundlers drop unused ones. */
export type Catalogue = Record<string, Message>;
