import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ERASED_NAME } from './erased-name';

/** Whom a part exports or erases: the person's id, their address, and every name they are held under. */
export interface PersonalDataSubject {
  personId: string;
  /** Lower-cased; null when the person has none. */
  email: string | null;
  /**
   * The person's name and the names other libs copied for them (typed at registration, as
   * asked in a question), gathered from every part before any erases: never ERASED_NAME.
   */
  names: string[];
}

export interface PersonalDataPart {
  /** Names this lib holds the person under besides their profile's (what they typed, or a copy). */
  names?(manager: EntityManager, who: { personId: string; email: string | null }): Promise<string[]>;
  /** This lib's section of the person's export (plain JSON: no secrets, no hashes). */
  export(manager: EntityManager, subject: PersonalDataSubject): Promise<object>;
  /**
   * Erases what this lib copied of the person, inside the erasure's transaction (never another
   * connection: all or nothing), before the person's own row loses its address.
   */
  erase(tx: EntityManager, subject: PersonalDataSubject): Promise<void>;
}

/** The export's own sections (PersonalDataExport): a part may not take these names. */
const IDENTITY_SECTIONS = new Set(['exportedAt', 'person', 'organisation', 'sessions', 'apiTokens']);

/**
 * The port through which higher libs (registration, Q&A, liveblog, minutes, calendar) take part
 * in a person's export and erasure, without identity depending on them: each registers its
 * part in `onModuleInit`, and PersonalDataService runs every part.
 */
@Injectable()
export class PersonalDataParts {
  private readonly parts = new Map<string, PersonalDataPart>();

  /** `name` is also the part's section in the export, beside identity's own. */
  register(name: string, part: PersonalDataPart): void {
    if (IDENTITY_SECTIONS.has(name)) throw new Error(`A personal data part may not be named "${name}": the export has that section already`);
    if (this.parts.has(name)) throw new Error(`A personal data part "${name}" is already registered`);
    this.parts.set(name, part);
  }

  /** The registered parts, in the order they registered (lower libs first). */
  list(): Array<[string, PersonalDataPart]> {
    return [...this.parts.entries()];
  }
}

/** Whether a copied name is one of the subject's names (as typed: case and outer spaces aside). */
export function isOneOfNames(name: string | null | undefined, names: readonly string[]): boolean {
  const wanted = name?.trim().toLowerCase();
  return Boolean(wanted) && names.some((one) => one.toLowerCase() === wanted);
}

/**
 * Free text (minutes notes, changelog lines) with every occurrence of the subject's names
 * replaced by ERASED_NAME: whole words only (erasing "Ann" leaves "Annual"), the longest name
 * first, so "Cllr Erin Erased" goes whole.
 */
export function withoutNames(text: string, names: readonly string[]): string {
  let result = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (name.length === 0) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    result = result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), ERASED_NAME);
  }
  return result;
}
