/**
 * What the tagger reads of a word on its own (its lower-case form, character classes, the
 * hashes its features are made of, its entries in the name lists), worked out once per word and
 * kept across documents in a bounded cache. Lower-casing, hashing and looking words up in the
 * name lists token by token were a good part of the tagger's work before it read words from here.
 */
import { classesOf } from '../../text/character-class.js';
import { gazetteerWord, type GazetteerWord } from '../gazetteer/index.js';
import { shapeHash, strHash } from './feature-hash.js';
import { shapeIdOf } from './shape-ids.js';
import { isSportsWord } from './sports-words.js';

/** A word and what holds of it in every document. */
export interface WordFacts {
  readonly text: string;
  /** `text.toLowerCase()`. */
  readonly lower: string;
  /** `classesOf(text)`: has a letter, a lower-case letter, a capital, a digit. */
  readonly classes: number;
  /** `strHash(lower)` and `shapeHash(text)`, the units of the tagger's features. */
  readonly lowerHash: number;
  readonly shapeHash: number;
  /** A small id for the shape (see `shape-ids.ts`), -1 when it has none. */
  readonly shapeId: number;
  /** What the name lists read of the word. */
  readonly gazetteer: GazetteerWord;
  /** A word of sports reporting (see `sports-words.ts`). */
  readonly sports: boolean;
  /**
   * Where the scores of its word-only features are kept, by the model that last read it (see
   * `word-weights.ts`): the identity of that model's tables, their epoch, and the word's entry in
   * their directory. Fields of the word rather than an object of their own: the tagger reads them
   * for most tokens, and each object on the way is one more cache miss.
   */
  rowsOwner: object | null;
  rowsEpoch: number;
  rowsEntry: number;
}

/**
 * Words kept before the cache starts over: the 192 articles of the test corpus have about
 * 15,000 distinct words. An entry takes a few hundred bytes.
 */
const CAPACITY = 1 << 15;

/**
 * V8 may keep a string of 13 characters or more as a slice of the string it was cut from, and a
 * cached word must not keep a whole document alive: longer words are kept as a copy.
 */
const MAX_SLICE_FREE_LENGTH = 12;

/** Words longer than this (never a news word; hostile input has them) are read afresh in each document. */
const MAX_CACHED_LENGTH = 40;

/** A string equal to `text` that shares no storage with it. */
function copyOf(text: string): string {
  return [...text].join('');
}

const cache = new Map<string, WordFacts>();

function factsOf(text: string): WordFacts {
  const lower = text.toLowerCase();
  const classes = classesOf(text);
  const shape = shapeHash(text);
  return {
    text,
    lower,
    classes,
    lowerHash: strHash(lower),
    shapeHash: shape,
    shapeId: shapeIdOf(shape),
    gazetteer: gazetteerWord(text, lower, classes),
    sports: isSportsWord(text, lower),
    rowsOwner: null,
    rowsEpoch: 0,
    rowsEntry: 0,
  };
}

/** The facts of a word, from the cache when it has them. */
export function readWord(text: string): WordFacts {
  if (text.length > MAX_CACHED_LENGTH) return factsOf(text);
  let facts = cache.get(text);
  if (facts === undefined) {
    const kept = text.length > MAX_SLICE_FREE_LENGTH ? copyOf(text) : text;
    facts = factsOf(kept);
    // Starting over is simpler than evicting by use, and common words come back at once.
    if (cache.size === CAPACITY) cache.clear();
    cache.set(kept, facts);
  }
  return facts;
}
