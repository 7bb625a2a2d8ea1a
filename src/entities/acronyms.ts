import { mentionsWithin, notOverlapping, type Mention } from './mention.js';

/** An acronym the article defines for a longer name, in offsets of the text. */
export interface AcronymDefinition {
  readonly acronym: string;
  /** The mention it stands for. */
  readonly long: Mention;
  /** Where the acronym is written in the definition. */
  readonly start: number;
  readonly end: number;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.-]{1,9}$/u;
/** `the Office of ... Rights, or OHCHR,` and `the Office of ... Rights (OHCHR)`. */
const AFTER_LONG = /^(?:,? or (?:the )?|\s*\()([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})(?=[),.;:\s]|$)/u;

/**
 * Finds acronyms the text defines right after a name: `the Office of the UN High Commissioner for
 * Human Rights, or OHCHR,` and `... Human Rights (OHCHR)`.
 */
export function findAcronymDefinitions(text: string, mentions: readonly Mention[]): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = [];
  for (const long of mentions) {
    if (long.type === 'date' || long.type === 'person') continue;
    const after = AFTER_LONG.exec(text.slice(long.end, long.end + 16));
    const acronym = after?.[1];
    if (!after || !acronym || !ACRONYM.test(acronym)) continue;
    const longText = text.slice(long.start, long.end);
    if (longText === acronym || !/\s/.test(longText)) continue;
    const start = long.end + after[0].length - acronym.length;
    definitions.push({ acronym, long, start, end: start + acronym.length });
  }
  return definitions;
}

/** Small words a long form keeps between its capitalised words (`Office of the UN ...`). */
const LONG_FORM_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'de', '&']);
const MAX_LONG_FORM_WORDS = 14;
const DEFINED_ACRONYM = /(?:,? or (?:the )?|\s*\()(\p{Lu}[\p{Lu}\p{N}&.-]{1,9})(?=[),.;:\s]|$)/gu;

/** What a capitalised word can stand for in an acronym: its initial, or every letter of an acronym it is. */
function lettersOf(word: string): string[] {
  const initial = word[0]!.toUpperCase();
  return word.length > 1 && word === word.toUpperCase() ? [initial, word.replace(/[^\p{Lu}]/gu, '')] : [initial];
}

/** Whether the acronym spells the words' initials in order, each word giving its letters or none. */
function spells(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}\p{N}]/gu, '');
  const match = (a: number, w: number): boolean => {
    if (a === letters.length) return true;
    if (w === words.length) return false;
    for (const option of lettersOf(words[w]!)) {
      if (letters.startsWith(option, a) && match(a + option.length, w + 1)) return true;
    }
    // A word the acronym leaves out (`UN` in OHCHR), never the first.
    return w > 0 && match(a, w + 1);
  };
  return words.length > 0 && letters[0] === words[0]![0]!.toUpperCase() && match(0, 0);
}

/**
 * The whole name an acronym is defined for, when a recognizer cut it into pieces: in `the Office
 * of the UN High Commissioner for Human Rights, or OHCHR`, the capitalised words whose initials
 * spell the acronym become one mention, in place of the pieces it covers.
 */
export function joinAcronymLongForms(text: string, mentions: readonly Mention[]): Mention[] {
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start);
  const joined: Mention[] = [];
  for (const definition of text.matchAll(DEFINED_ACRONYM)) {
    const end = definition.index;
    const before = text.slice(Math.max(0, end - 200), end);
    const words = [...before.matchAll(/[\p{L}\p{N}&][\p{L}\p{N}&'’.-]*/gu)];
    // Walk back over capitalised words and connectors; the farthest start that spells it wins.
    let best: number | null = null;
    const taken: string[] = [];
    for (let i = words.length - 1; i >= 0 && words.length - i <= MAX_LONG_FORM_WORDS; i--) {
      const word = words[i]![0];
      const next = words[i + 1];
      const gap = before.slice(words[i]!.index + word.length, next ? next.index : before.length);
      if (gap.trim() !== '') break;
      if (/^\p{Lu}/u.test(word)) {
        taken.unshift(word);
        if (spells(definition[1]!, taken)) best = i;
      } else if (LONG_FORM_CONNECTORS.has(word)) {
        continue;
      } else break;
    }
    if (best === null || words.length - best < 2) continue;
    const start = end - before.length + words[best]!.index;
    const inside = mentionsWithin(sortedMentions, start, end);
    // Only a name a recognizer saw in part: otherwise `the plan, or GDP` would make names of prose.
    if (inside.length === 0 || inside.some((mention) => mention.type === 'date')) continue;
    const type = inside.find((mention) => mention.type !== 'misc' && mention.type !== 'person')?.type ?? 'organization';
    joined.push({ type, start, end });
  }
  // Joined long forms hold the pieces they replace; they never overlap each other.
  const kept = notOverlapping(mentions, joined);
  return [...kept, ...joined].sort((a, b) => a.start - b.start);
}
