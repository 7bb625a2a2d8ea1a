import type { Span } from '../model/span.js';
import { splitSentences } from '../text/sentences.js';

/** Paragraphs of news copy run one to three sentences; past this length a break is due. */
const TARGET_PARAGRAPH_LENGTH = 220;

const QUOTE_MARKS = /["“”]/g;

function opensQuote(text: string): boolean {
  return /^["“‘']/.test(text);
}

/** A sentence that ends in a detached full stop is caption residue and stands alone (see one-line.ts). */
function standsAlone(text: string): boolean {
  return text.length >= 40 && /\S \.$/.test(text) && !/ \. /.test(text);
}

/**
 * Recovers paragraph breaks in text that lost them: sentences are grouped into paragraphs of
 * news length, a quotation is never split, and a sentence that opens a quotation starts a
 * new paragraph (the convention of news copy).
 */
export function recoverParagraphs(text: string, offset: number): Span[] {
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  let openQuotes = 0;
  for (const sentence of splitSentences(text.slice(offset), offset)) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const breakHere =
      current !== null &&
      openQuotes % 2 === 0 &&
      (current.end - current.start >= TARGET_PARAGRAPH_LENGTH || opensQuote(sentenceText) || standsAlone(sentenceText) || standsAlone(text.slice(current.start, current.end)));
    if (current === null || breakHere) {
      if (current) paragraphs.push(current);
      current = { ...sentence };
      openQuotes = 0;
    } else {
      current.end = sentence.end;
    }
    openQuotes += sentenceText.match(QUOTE_MARKS)?.length ?? 0;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
