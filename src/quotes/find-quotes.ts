import type { Span } from '../model/span.js';
import { withoutNestedReports } from './content-nesting.js';
import { withoutDuplicateContents } from './duplicate-contents.js';
import { findDirectQuotes } from './direct.js';
import { readDocument, spanOf, type Attribution, type QuoteDocument } from './document.js';
import { findIndirectQuotes } from './indirect.js';
import { findQuotations } from './quote-marks.js';
import { reportedSpeaker } from './reported-speaker.js';
import type { ParagraphReading } from '../text/paragraph-reading.js';
import { firstNotBefore } from '../text/search.js';

/** An attribution found in an article's text; every span indexes into that text. */
export interface FoundQuote {
  /** `direct`: content in quotation marks; `indirect`: reported speech; `mixed`: reported speech holding a quoted fragment. */
  readonly kind: 'direct' | 'indirect' | 'mixed';
  /** What was said, without the quotation marks of a direct quote. */
  readonly content: Span;
  /** The verb or phrase that introduces it (`said`, `told`, `according to`), when there is one. */
  readonly cue: Span | null;
  /** Who said it, as the text names them (`Xu Guixiang, spokesman for ...`, `He`, `sources`). */
  readonly speaker: Span | null;
  /** Indices into the given paragraphs of those the content covers, in order. */
  readonly paragraphs: number[];
}

/**
 * Finds every attribution in an article: direct quotes (in quotation marks, over several
 * paragraphs too), reported speech (`X said that ...`, `..., X said.`, `according to X, ...`)
 * and mixed quotes (reported speech with a quoted fragment), each with its cue and speaker.
 *
 * @param text The article's text.
 * @param paragraphs The paragraphs' spans in `text`, in order.
 * @param readings The paragraphs already split into sentences and tokenized, when a stage before did it.
 * @returns The attributions in the order their content starts; spans index into `text`.
 * @example
 * ```ts
 * const text = '"We have nothing to hide," the spokesman said.';
 * const [quote] = findQuotes(text, [{ start: 0, end: text.length }]);
 * // quote.kind === 'direct'; text.slice(quote.content.start, quote.content.end) === 'We have nothing to hide,'
 * ```
 */
export function findQuotes(text: string, paragraphs: readonly Span[], readings?: readonly ParagraphReading[] | null): FoundQuote[] {
  const doc = readDocument(text, paragraphs, readings);
  return withoutNestedReports(doc, readAttributions(doc)).map((attribution) => toFound(doc, attribution));
}

/**
 * The direct and reported attributions of a document, one per content, before reports nested in
 * others are judged (`content-nesting.ts`, whose trainer reads them here too).
 *
 * @returns The attributions in the order their content starts, the longer first.
 */
export function readAttributions(doc: QuoteDocument): Attribution[] {
  const quotations = findQuotations(doc.text, doc.paragraphs);
  const direct = findDirectQuotes(doc, quotations);
  const indirect = findIndirectQuotes(doc, quotations, direct);
  const all: Attribution[] = [...direct, ...indirect].sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  return withoutDuplicateContents(doc, all);
}

function toFound(doc: QuoteDocument, attribution: Attribution): FoundQuote {
  const { content, cue } = attribution;
  // `"...," said X, a spokesman.`: the content starts before the cue, its speaker comes after it; a
  // report without marks ends there too (`X had, according to Y, killed ...` goes on after Y).
  const before = cue !== null && attribution.speaker !== null && attribution.speaker.first > cue.last && content.start < doc.tokens[cue.first]!.start;
  const closing = before && (attribution.kind !== 'indirect' || content.end <= doc.tokens[cue.first]!.start);
  const speaker = attribution.speaker && reportedSpeaker(doc, attribution.speaker, closing, cue?.first ?? attribution.speaker.last + 1);
  const covered: number[] = [];
  // The paragraphs are in order: find the first one the content reaches, then walk on.
  const low = firstNotBefore(doc.paragraphs, (paragraph) => paragraph.end <= content.start);
  for (let index = low; index < doc.paragraphs.length && doc.paragraphs[index]!.start < content.end; index++) covered.push(index);
  return {
    kind: attribution.kind,
    content,
    cue: attribution.cue ? spanOf(doc, attribution.cue) : null,
    speaker: speaker ? spanOf(doc, speaker) : null,
    paragraphs: covered,
  };
}
