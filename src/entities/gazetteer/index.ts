import { GAZETTEER_CATEGORIES, type GazetteerCategory } from './categories.js';
import { GAZETTEER_DATA } from './data.js';
import { fold, isLowerCase } from './name-tree.js';

export { GAZETTEER_CATEGORIES, type GazetteerCategory, type GazetteerTag } from './categories.js';
export { gazetteerWord, matchGazetteerFacts, matchGazetteers, matchGazetteerWords, type GazetteerWord } from './match.js';

/** What {@link lookupName} knows about a name. */
export interface GazetteerEntry {
  /** The first list, in {@link GAZETTEER_CATEGORIES} order, that has the name. */
  readonly category: GazetteerCategory;
  /** The list's main form of the name (`United States` for `US`). */
  readonly canonical: string;
}

interface Names {
  /** Whole name or alias -> its first category and canonical name. */
  readonly names: Map<string, GazetteerEntry>;
  /** Lower-case names and aliases -> their first category and canonical name. */
  readonly lowerNames: Map<string, GazetteerEntry>;
}

let names: Names | undefined;

function buildNames(): Names {
  const byName = new Map<string, GazetteerEntry>();
  const lowerNames = new Map<string, GazetteerEntry>();
  for (const category of GAZETTEER_CATEGORIES) {
    for (const line of GAZETTEER_DATA[category].split('\n')) {
      const forms = line.split('|');
      const canonical = forms[0];
      if (!canonical) continue;
      const entry: GazetteerEntry = { category, canonical };
      for (const form of forms) {
        if (!byName.has(form)) byName.set(form, entry);
        if (isLowerCase(form) && !lowerNames.has(form)) lowerNames.set(form, entry);
      }
    }
  }
  return { names: byName, lowerNames };
}

/**
 * Looks up a whole name or alias exactly: case-sensitive for names, any case for the lower-case
 * role and place words (`President` finds `president`).
 *
 * @param name A full name as written (`US`, `United Nations`, `Xinhua`, `spokesman`).
 * @returns Its category and canonical name, or `null` when no list has it. A name in several
 *   lists answers with the first category of {@link GAZETTEER_CATEGORIES}.
 * @example
 * ```ts
 * lookupName('US'); // { category: 'country', canonical: 'United States' }
 * ```
 */
export function lookupName(name: string): GazetteerEntry | null {
  names ??= buildNames();
  const key = fold(name.trim().replace(/\s+/g, ' '));
  const { names: byName, lowerNames } = names;
  return byName.get(key) ?? lowerNames.get(key.toLowerCase()) ?? null;
}
