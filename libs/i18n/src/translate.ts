import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { LOCALE_OF, type Language } from './languages';

/** A message as IntlMessageFormat takes it: ICU text, or that text already parsed (the web build's). */
type MessageSource = ConstructorParameters<typeof IntlMessageFormat>[0];

export type MessageValues = Record<string, PrimitiveType>;

/** Values that may also hold rich parts (React elements, or tag functions for `<b>…</b>` in a message). */
export type RichValues<T> = Record<string, PrimitiveType | T | ((parts: (string | T)[]) => T)>;

export interface Translator<K extends string> {
  /** The message in that language, its placeholders filled; plural and select through ICU. */
  (language: Language, key: K, values?: MessageValues): string;
  /** The same, keeping rich values (elements) as parts instead of flattening them to text. */
  rich<T>(language: Language, key: K, values: RichValues<T>): (string | T)[];
}

/**
 * A `t(language, key, values)` over one catalogue. Each message is parsed once per language and
 * kept: formatting is then cheap enough for every mail of a fan-out.
 */
export function createTranslator<C extends Record<string, Record<Language, MessageSource>>>(catalogue: C): Translator<keyof C & string> {
  const formats = new Map<string, IntlMessageFormat>();
  const formatOf = (language: Language, key: string): IntlMessageFormat => {
    const id = `${language}\u0000${key}`;
    let format = formats.get(id);
    if (!format) {
      const message = catalogue[key];
      if (!message) throw new Error(`No message "${key}"`);
      format = new IntlMessageFormat(message[language], LOCALE_OF[language]);
      formats.set(id, format);
    }
    return format;
  };
  const t = ((language: Language, key: string, values?: MessageValues) => {
    const result = formatOf(language, key).format<string>(values);
    return Array.isArray(result) ? result.join('') : String(result);
  }) as Translator<keyof C & string>;
  t.rich = <T>(language: Language, key: string, values: RichValues<T>) => {
    const result = formatOf(language, key).format<T>(values as never);
    return Array.isArray(result) ? (result as (string | T)[]) : [result as string | T];
  };
  return t;
}
