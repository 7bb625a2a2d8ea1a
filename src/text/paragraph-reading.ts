import type { Span } from '../model/span.js';
import { splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

/**
 * A paragraph split into sentences and tokens once, for every stage that reads it: the entity
 * stage tokenizes sentence by sentence, the quote stage reads whole paragraphs, and tokenizing
 * the text twice was close to a tenth of the pipeline's time.
 */
export interface ParagraphReading {
  /** `splitSentences` of the paragraph, with offsets in the article's text. */
  readonly sentences: readonly Span[];
  /** `tokenize` of the paragraph, with offsets in the article's text. */
  readonly tokens: readonly Token[];
}

/** Splits and tokenizes the paragraph `span` of `text`. */
export function readParagraph(text: string, span: Span): ParagraphReading {
  const slice = text.slice(span.start, span.end);
  return { sentences: splitSentences(slice, span.start), tokens: tokenize(slice, span.start) };
}

/**
 * The reading of a paragraph from its sentences (`splitSentences` of the paragraph) and the
 * tokens of each of them (`tokenize` of the sentence's text).
 *
 * Their tokens, one sentence after the other, are the paragraph's: `splitSentences` ends a
 * sentence only before white space and leaves only white space between sentences, which the
 * tokenizer skips; and the tokenizer looks at most two characters past a token, where it reads
 * the white space after a sentence just as it reads the end of the sentence's own text (no
 * joiner, no full stop, no `s` of a possessive). `test/text/paragraph-reading.test.ts` checks it.
 */
export function paragraphReadingOf(sentences: readonly Span[], sentenceTokens: readonly (readonly Token[])[]): ParagraphReading {
  if (sentenceTokens.length === 1) return { sentences, tokens: sentenceTokens[0]! };
  // A loop, not `flat()`, which takes several times as long on these short arrays.
  const tokens: Token[] = [];
  for (const sentence of sentenceTokens) for (const token of sentence) tokens.push(token);
  return { sentences, tokens };
}
