// What the translators' checks look for (messages.spec.ts runs them on every catalogue): a
// message missing in a language or without a description, a message that does not parse, a
// different set of placeholders or tags across languages, a Welsh plural without all six
// categories, a key defined twice, or a key no code uses.
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LANGUAGES } from './languages';
import type { Catalogue } from './messages/message';

const WELSH_PLURALS = ['zero', 'one', 'two', 'few', 'many', 'other'];

interface Shape {
  arguments: Set<string>;
  tags: Set<string>;
  /** Each plural argument with the categories it covers. */
  plurals: { name: string; categories: string[] }[];
}

function shapeOf(elements: MessageFormatElement[], shape: Shape = { arguments: new Set(), tags: new Set(), plurals: [] }): Shape {
  for (const element of elements) {
    if (element.type === TYPE.tag) {
      shape.tags.add(element.value);
      shapeOf(element.children, shape);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      shape.arguments.add(element.value);
      if (element.type === TYPE.plural) shape.plurals.push({ name: element.value, categories: Object.keys(element.options) });
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    } else if (element.type !== TYPE.literal && element.type !== TYPE.pound) {
      shape.arguments.add(element.value);
    }
  }
  return shape;
}

const sorted = (set: Set<string>) => [...set].sort().join(', ');

/** Problems with one catalogue's messages, each a sentence naming the key. */
export function messageProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const [key, message] of Object.entries(catalogue)) {
    if (!message.description?.trim()) problems.push(`${key}: no description for translators`);
    const shapes: Partial<Record<string, Shape>> = {};
    for (const language of LANGUAGES) {
      const text = message[language];
      if (typeof text !== 'string' || !text.trim()) {
        problems.push(`${key}: missing in ${language}`);
        continue;
      }
      try {
        shapes[language] = shapeOf(parse(text));
      } catch (error) {
        problems.push(`${key}: does not parse in ${language} (${(error as Error).message})`);
      }
    }
    const { cy, en } = shapes;
    if (!cy || !en) continue;
    if (sorted(cy.arguments) !== sorted(en.arguments)) problems.push(`${key}: placeholders differ (en: ${sorted(en.arguments)}; cy: ${sorted(cy.arguments)})`);
    if (sorted(cy.tags) !== sorted(en.tags)) problems.push(`${key}: tags differ (en: ${sorted(en.tags)}; cy: ${sorted(cy.tags)})`);
    for (const plural of cy.plurals) {
      const missing = WELSH_PLURALS.filter((category) => !plural.categories.includes(category));
      if (missing.length) problems.push(`${key}: the Welsh plural of {${plural.name}} lacks ${missing.join(', ')}`);
    }
    for (const plural of en.plurals) {
      if (!plural.categories.includes('one') || !plural.categories.includes('other')) problems.push(`${key}: the English plural of {${plural.name}} needs one and other`);
    }
  }
  return problems;
}

/** Keys defined in more than one catalogue. */
export function duplicateKeys(catalogues: Record<string, Catalogue>): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const [name, catalogue] of Object.entries(catalogues)) {
    for (const key of Object.keys(catalogue)) {
      const first = seen.get(key);
      if (first) problems.push(`${key}: defined in ${first} and ${name}`);
      else seen.set(key, name);
    }
  }
  return problems;
}

/** Keys that appear nowhere in the code as a quoted literal ('key', "key" or `key`). */
export function unusedKeys(catalogues: Record<string, Catalogue>, sources: string[]): string[] {
  const code = sources.join('\n');
  const keys = Object.values(catalogues).flatMap((catalogue) => Object.keys(catalogue));
  return keys.filter((key) => !["'", '"', '`'].some((quote) => code.includes(`${quote}${key}${quote}`))).map((key) => `${key}: not used`);
}
