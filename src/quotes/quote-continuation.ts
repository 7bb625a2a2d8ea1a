import { isQuoteMark, type QuoteDocument } from './document.js';

/*
 * Whether a quotation goes on with the quote before it: `"...," he said. "..."` is one quote in
 * two parts, and a quote may run over paragraphs (no closing mark at a paragraph's end, a new
 * opening mark at the next one's start). A short quotation in title case names something
 * (`on "Meet the Press."`) and neither goes on with a quote nor starts one.
 */

/** A token that ends a sentence in a quote's attribution (a semicolon too). */
export const SENTENCE_STOP = /^[.!?;]$/;

/** The first token of the sentence that holds token `index` (walking back to a stop or the paragraph start). */
export function sentenceFloor(doc: QuoteDocument, index: number): number {
  let i = index;
  const paragraph = doc.paragraphOf[index];
  // Bounded, so that a long paragraph without stops and with many quotations stays linear.
  while (i > 0 && index - i < 60 && doc.paragraphOf[i - 1] === paragraph && !SENTENCE_STOP.test(doc.words[i - 1]!)) i--;
  // `...attack." But, he said, "there ...`: the closing marks right after the stop end the sentence before.
  while (i < index && i > 0 && doc.paragraphOf[i - 1] === paragraph && isQuoteMark(doc.words[i]!) && doc.tokens[i]!.start === doc.tokens[i - 1]!.end) i++;
  return i;
}

/** Whether nothing but stops and marks follow token `index` in its paragraph. */
export function endsParagraph(doc: QuoteDocument, index: number): boolean {
  const paragraph = doc.paragraphOf[index];
  for (let i = index + 1; i < doc.words.length && doc.paragraphOf[i] === paragraph; i++) {
    if (!/^[.!?,]$/.test(doc.words[i]!) && !isQuoteMark(doc.words[i]!)) return false;
  }
  return true;
}

/**
 * Whether the attribution that ends at token `index` (`,” Viguerie tells Breitbart News in an
 * exclusive interview.`) goes on to the end of its paragraph with no other sentence or quotation.
 */
export function attributionEndsParagraph(doc: QuoteDocument, index: number): boolean {
  const paragraph = doc.paragraphOf[index];
  // `...45.” She is 45.`: a quotation that ends with a stop ends its sentence; what follows is another.
  let stopped = SENTENCE_STOP.test(doc.words[index]!);
  for (let i = index + 1; i < doc.words.length && doc.paragraphOf[i] === paragraph; i++) {
    const word = doc.words[i]!;
    if (SENTENCE_STOP.test(word)) stopped = true;
    else if (stopped || isQuoteMark(word)) return false;
  }
  return true;
}

/**
 * How many tokens the rest of an attribution's sentence may have before the quote goes on
 * (`“...,” Spencer said, as a few young fighters worked out inside the gym, while outside ... “...`:
 * on PolNeAR train 45 joined more of the quotes the annotators join than 30, and a longer gap no more).
 */
const CONTINUATION_GAP = 45;

/**
 * Whether the quotation opening at `openToken` goes on with the quote whose attribution ends at
 * `coveredLast`: same paragraph, no other quotation between, and the opening mark starts a sentence
 * or follows a comma. After a colon a quotation is introduced anew (`Trump said ... . He went further:
 * "..."`: on PolNeAR train the annotators split 20 such pairs in 21).
 */
export function continues(doc: QuoteDocument, coveredLast: number, openToken: number): boolean {
  if (doc.paragraphOf[coveredLast] !== doc.paragraphOf[openToken] || openToken - coveredLast > CONTINUATION_GAP) return false;
  // `," he said on “Meet the Press.” “But ...`: a title in marks within the attribution is no new quotation.
  const marks: number[] = [];
  for (let i = coveredLast + 1; i < openToken; i++) if (isQuoteMark(doc.words[i]!)) marks.push(i);
  if (marks.length > 0 && !(marks.length === 2 && looksLikeTitle(doc, marks[0]!, marks[1]! - (doc.words[marks[1]! - 1] === '.' ? 2 : 1)))) return false;
  const lead = marks.length > 0 && marks.at(-1) === openToken - 1 ? openToken - 2 : openToken - 1;
  // `said Sen. Lindsey Graham, R-S.C. "I get that."`: an abbreviation's period ends the sentence too
  // (on PolNeAR train this joins 3 more quotes, each as the annotators join it).
  return openToken === coveredLast + 1 || /^[.,;!?]$/.test(doc.words[lead]!) || /\p{L}\.$/u.test(doc.words[lead]!);
}

/**
 * A short quotation that names something rather than quotes someone: a title in title case
 * (`“Orange is the New Black” star ...`, `on Fox News Channel’s “Fox & Friends,”`) or one or two
 * words (`for “R,” or “D,”`). A cue near it belongs to the sentence, not to it.
 */
export function looksLikeTitle(doc: QuoteDocument, first: number, last: number): boolean {
  const words: string[] = [];
  for (let i = first + 1; i <= last; i++) {
    if (!/\p{L}/u.test(doc.tokens[i]!.text)) continue;
    words.push(doc.tokens[i]!.text);
    // A quotation of many paragraphs is no title: stop at the seventh word rather than read it all.
    if (words.length > 6) return false;
  }
  if (words.length === 0) return true;
  // `on the TV show "Shark Tank."`: the sentence's full stop inside the closing mark is not the title's.
  const end = doc.words[last] === '.' ? last - 1 : last;
  for (let i = first + 1; i <= end; i++) if (/^[.!?]$/.test(doc.words[i]!)) return false;
  const small = /^(?:a|an|the|of|and|or|in|on|at|to|for|is|with|by|from|as|&)$/;
  return words.every((word, k) => /^\p{Lu}/u.test(word) || (k > 0 && small.test(word)));
}
