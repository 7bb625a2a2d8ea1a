/**
 * Reading a document for the entity tagger: its sentences tokenized, each word with its facts
 * (see `lexicon.ts`), and the document-level case evidence the features use.
 */
import type { Span } from '../../model/span.js';
import { allCaps, LETTER, LOWER } from '../../text/character-class.js';
import { tokenize, type Token } from '../../text/tokens.js';
import { readWord, type WordFacts } from './lexicon.js';

/** A sentence of the document ready for feature extraction. */
export interface PreparedSentence {
  readonly tokens: readonly Token[];
  /** Token texts as written (upper-cased for augmented copies). */
  readonly raw: readonly string[];
  /** Forms used for features: all-caps words true-cased from the rest of the document when known. */
  readonly words: readonly string[];
  /** The facts of each word of {@link raw} and of {@link words}. */
  readonly rawFacts: readonly WordFacts[];
  readonly wordFacts: readonly WordFacts[];
  /** The sentence has no lower-case letter (a headline, a dateline). */
  readonly caps: boolean;
  /** The document reads as a sports report (see {@link isSportsDocument}). */
  readonly sports: boolean;
  /** Per-token document flags (see `FLAG_*`). */
  readonly flags: Uint8Array;
}

const FLAG_DOC_LOWER = 1;
const FLAG_DOC_CAP = 2;
const FLAG_TRUECASED = 4;

/** How a lower-case form is written outside all-caps sentences. */
interface CaseStats {
  lower: number;
  cap: number;
  /** How often each form is written; kept only for the words true-casing looks up (see {@link wordsToTrueCase}). */
  forms: Map<string, number> | null;
}

/**
 * A distinct word of the document: its facts, and what the document says of it, looked up once
 * for all its tokens.
 */
interface DocumentWord {
  readonly facts: WordFacts;
  /** The case evidence of its lower-case form: `undefined` until looked up, `null` when there is none. */
  stats: CaseStats | null | undefined;
}

/** Starts with an upper-case letter. */
function isCapitalized(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** True when a sentence reads as all-caps (at least three letters, none lower case). */
function capsSentence(words: readonly DocumentWord[]): boolean {
  let letters = 0;
  for (const { facts } of words) {
    if ((facts.classes & LOWER) !== 0) return false;
    if ((facts.classes & LETTER) !== 0) letters += facts.text.length;
  }
  return letters >= 3;
}

/** At least three sports words, and one per 150 words (headlines and tables included). */
function isSportsDocument(sentences: readonly { readonly words: readonly DocumentWord[] }[]): boolean {
  let hits = 0;
  let count = 0;
  for (const { words } of sentences) {
    count += words.length;
    for (const word of words) if (word.facts.sports) hits++;
  }
  return hits >= 3 && hits * 150 >= count;
}

/**
 * The lower-case forms of the all-caps words of all-caps sentences, the only words true-casing
 * looks up (null when no sentence is all caps): only their forms are counted, rather than a map
 * of forms for every word of the document (a credit line like `(PHOTO/XINHUA)` is enough to make
 * a sentence all caps, and those maps were a twentieth of what a parse allocated).
 */
function wordsToTrueCase(sentences: readonly { readonly words: readonly DocumentWord[]; readonly caps: boolean }[]): Set<string> | null {
  let lowers: Set<string> | null = null;
  for (const { words, caps } of sentences) {
    if (!caps) continue;
    lowers ??= new Set();
    for (const { facts } of words) if ((facts.classes & LETTER) !== 0 && allCaps(facts.classes)) lowers.add(facts.lower);
  }
  return lowers;
}

/**
 * Tokenizes the sentences of a document and gathers document-level case evidence: how each word
 * is written outside all-caps sentences, used to true-case headlines and to flag capitalised words
 * that also occur in lower case.
 *
 * @param upper Indices of sentences to upper-case (training augmentation: headline-like copies).
 */
export function prepareDocument(text: string, sentences: readonly Span[], upper?: ReadonlySet<number>): PreparedSentence[] {
  // The document's words: a small map, read per token, in front of the lexicon's large one.
  const known = new Map<string, DocumentWord>();
  const wordOf = (text: string): DocumentWord => {
    let word = known.get(text);
    if (word === undefined) {
      word = { facts: readWord(text), stats: undefined };
      known.set(text, word);
    }
    return word;
  };
  // The tokenizer hands over the text of each token in order: each is looked up once, as it is
  // made, and the tokens of a word share the lexicon's string.
  let sentenceWords: DocumentWord[] = [];
  const learn = (value: string): string => {
    const word = wordOf(value);
    sentenceWords.push(word);
    return word.facts.text;
  };
  const tokenized = sentences.map((span, index) => {
    sentenceWords = [];
    const tokens = tokenize(text.slice(span.start, span.end), span.start, learn);
    const upperCased = upper?.has(index) === true;
    const raw = upperCased ? tokens.map((t) => t.text.toUpperCase()) : tokens.map((t) => t.text);
    const words = upperCased ? raw.map(wordOf) : sentenceWords;
    return { tokens, raw, words, caps: capsSentence(words) };
  });
  const stats = new Map<string, CaseStats>();
  const casedLater = wordsToTrueCase(tokenized);
  for (const sentence of tokenized) {
    if (sentence.caps) continue;
    const words = sentence.words;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const { text: form, lower, classes } = word.facts;
      if ((classes & LETTER) === 0) continue;
      let entry = word.stats;
      if (!entry) {
        entry = stats.get(lower);
        if (entry === undefined) {
          entry = { lower: 0, cap: 0, forms: casedLater?.has(lower) === true ? new Map() : null };
          stats.set(lower, entry);
        }
        word.stats = entry;
      }
      if (form === lower) entry.lower++;
      else if (i > 0 && isCapitalized(form)) entry.cap++;
      if (entry.forms !== null && (i > 0 || form === lower)) entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    }
  }
  const sports = isSportsDocument(tokenized);
  return tokenized.map(({ tokens, raw, words, caps }) => {
    const flags = new Uint8Array(raw.length);
    const rawFacts = words.map((word) => word.facts);
    // Only all-caps sentences are true-cased: the others share `raw` (one array less per
    // sentence, which counts on inputs of megabytes).
    const cased = caps ? [...raw] : raw;
    const casedFacts = caps ? [...rawFacts] : rawFacts;
    for (let i = 0; i < raw.length; i++) {
      const word = words[i]!;
      if ((word.facts.classes & LETTER) === 0) continue;
      if (word.stats === undefined) word.stats = stats.get(word.facts.lower) ?? null;
      const entry = word.stats;
      if (entry === null) continue;
      let flag = 0;
      if (entry.lower > 0) flag |= FLAG_DOC_LOWER;
      if (entry.cap > 0) flag |= FLAG_DOC_CAP;
      let form = word.facts.text;
      if (caps && allCaps(word.facts.classes)) {
        let best = 0;
        for (const [candidate, count] of entry.forms ?? []) {
          if (count > best) {
            best = count;
            form = candidate;
          }
        }
        if (best > 0) flag |= FLAG_TRUECASED;
      }
      flags[i] = flag;
      if (form !== word.facts.text) {
        // Only in all-caps sentences, whose `words` is a copy.
        cased[i] = form;
        casedFacts[i] = wordOf(form).facts;
      }
    }
    return { tokens, raw, words: cased, rawFacts, wordFacts: casedFacts, caps, sports, flags };
  });
}
