import { sliceBlock, type DroppedInput, type SourceBlock, inputOffsetOf } from '../input/source.js';
import type { Span } from '../model/span.js';
import { findOutletByline, matchByline } from './byline.js';
import { findTrailingCredit } from './credit.js';
import { findWireDateline, matchDateline } from './dateline.js';
import { findTrailingFurniture } from './furniture.js';
import type { LaidBlock, Layout, LayoutWarning } from './laid-block.js';
import { recoverParagraphs } from './paragraph-breaks.js';
import { splitSentences } from '../text/sentences.js';

/** An article this long on one line has lost its paragraph breaks. */
const MIN_ONE_LINE_LENGTH = 600;
/** Bylines of one-line pages sit right after the headline. */
const BYLINE_SEARCH_WINDOW = 400;
/** A caption right after the byline is at most this long; further in, only its last sentence is. */
const MAX_LEAD_CAPTION_LENGTH = 500;
const MAX_LEAD_CAPTION_SENTENCES = 2;

/** Photo credits inside running text name an agency or say `Photo`, so `(HIV/Aids)` is not one. */
const INLINE_CREDIT =
  /\((?:(?:Photo|PHOTO|Photos)(?: by [^()/\n]{2,40})?|Xinhua|CNS|VCG|IC|CFP|China Daily|Global Times|People['’]s Daily(?: Online)?|Reuters|AP|AFP|EPA|Getty Images)\s*\/\s*[^()\n]{1,60}\)/gu;
/** Wire captions open with what the photo shows: `Photo taken on Nov. 17, 2020 shows ...`, `Aerial photo taken ...`. */
const CAPTION_OPENING = /^(?:[\p{L}-]+ )?(?:photos?|Photos?|PHOTO) (?:taken|shows)\b|^(?:A|The) (?:file )?photo\b/u;
/** How many sentences before a credit a caption may reach back to its opening. */
const CAPTION_REACH = 3;

/**
 * Captions left in the running text by the CNN/Daily Mail scrape end in a detached full stop
 * (`Campaign: Magic Johnson has dedicated his life to ... 22 years .`).
 */
function isResidueCaption(sentence: string): boolean {
  // A detached stop inside the sentence is line-wrap residue of body text, not a caption's end.
  return sentence.length >= 40 && /\S \.$/.test(sentence) && !/ \. /.test(sentence) && !/["“”]/.test(sentence);
}

/** Tells whether the input is an article whose paragraph breaks were lost (one long line). */
export function isOneLineArticle(blocks: readonly SourceBlock[]): boolean {
  // A paragraph the format marks as one (HTML `<p>`) is one paragraph, however long.
  if (blocks.length !== 1 || blocks[0]!.hint === 'paragraph') return false;
  const text = blocks[0]!.text;
  return text.length >= MIN_ONE_LINE_LENGTH || findOutletByline(text, BYLINE_SEARCH_WINDOW) !== null;
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

interface Head {
  readonly headline: Span | null;
  readonly byline: { span: Span; authors: readonly Span[] } | null;
}

function findHead(text: string): Head {
  const outlet = findOutletByline(text, BYLINE_SEARCH_WINDOW);
  if (outlet) {
    const headline = outlet.start > 0 ? trimmed(text, { start: 0, end: outlet.start }) : null;
    const shift = (span: Span) => ({ start: span.start + outlet.start, end: span.end + outlet.start });
    return {
      headline: headline && headline.end > headline.start ? headline : null,
      byline: { span: shift({ start: 0, end: outlet.match.end }), authors: outlet.match.authors.map(shift) },
    };
  }
  const dotted = matchByline(text, false);
  if (dotted) return { headline: null, byline: { span: { start: 0, end: dotted.end }, authors: dotted.authors } };
  return { headline: null, byline: null };
}

/** Captions in running text: from the sentence before an inline photo credit to the credit's end. */
function findInlineCaptions(text: string, from: number, to: number): { span: Span; credit: Span }[] {
  const captions: { span: Span; credit: Span }[] = [];
  let segmentStart = from;
  for (const match of text.slice(0, to).matchAll(INLINE_CREDIT)) {
    if (match.index < segmentStart) continue;
    const before = trimmed(text, { start: segmentStart, end: match.index });
    const sentences = splitSentences(text.slice(before.start, before.end), before.start);
    const isLead =
      segmentStart === from &&
      before.end - before.start <= MAX_LEAD_CAPTION_LENGTH &&
      sentences.length <= MAX_LEAD_CAPTION_SENTENCES &&
      matchDateline(text.slice(before.start, before.end)) === null;
    const opening = sentences
      .slice(-CAPTION_REACH)
      .find((sentence) => CAPTION_OPENING.test(text.slice(sentence.start, sentence.end)));
    const start = isLead ? before.start : (opening ?? sentences.at(-1))?.start ?? before.start;
    const end = match.index + match[0].length;
    const credit = findTrailingCredit(text.slice(start, end));
    captions.push({
      span: { start, end },
      credit: credit ? { start: start + credit.creditStart, end: start + credit.creditEnd } : { start: match.index + 1, end: end - 1 },
    });
    segmentStart = end;
  }
  return captions;
}

/**
 * Lays out an article that came as one line: headline and byline from the head of the line,
 * captions from their photo credits, a dateline at the start of the body, and paragraphs
 * recovered at sentence boundaries.
 */
export function layOutOneLine(block: SourceBlock): Layout {
  const text = block.text;
  const blocks: LaidBlock[] = [];
  const dropped: DroppedInput[] = [];
  const head = findHead(text);
  if (head.headline) blocks.push({ role: 'headline', block: sliceBlock(block, head.headline.start, head.headline.end) });
  let position = 0;
  if (head.byline) {
    const { span, authors } = head.byline;
    const shift = (author: Span) => ({ start: author.start - span.start, end: author.end - span.start });
    blocks.push({ role: 'byline', block: sliceBlock(block, span.start, span.end), authors: authors.map(shift) });
    position = span.end;
  }
  const furnitureStart = findTrailingFurniture(text);
  const bodyEnd = furnitureStart ?? text.length;
  if (furnitureStart !== null) {
    const span = trimmed(text, { start: furnitureStart, end: text.length });
    const inputStart = inputOffsetOf(block, span.start);
    const inputEnd = inputOffsetOf(block, span.end);
    if (inputStart !== null && inputEnd !== null) {
      dropped.push({ inputStart, inputEnd, reason: 'furniture', text: text.slice(span.start, span.end) });
    }
  }
  const bodyStart = blocks.length;
  let firstParagraph = true;
  const layParagraphs = (from: number, to: number) => {
    for (const span of recoverParagraphs(text.slice(0, to), from)) {
      if (isResidueCaption(text.slice(span.start, span.end))) {
        blocks.push({ role: 'caption', block: sliceBlock(block, span.start, span.end), caption: { start: 0, end: span.end - span.start }, credit: null });
        continue;
      }
      const paragraph = sliceBlock(block, span.start, span.end);
      blocks.push({ role: 'paragraph', block: paragraph, dateline: firstParagraph ? matchDateline(paragraph.text) : null });
      firstParagraph = false;
    }
  };
  // A wire dateline inside the line (after a summary or highlights) opens a paragraph of its own.
  const dateline = findWireDateline(text, position, bodyEnd);
  const layBody = (from: number, to: number) => {
    if (dateline !== null && from < dateline && dateline < to) {
      layParagraphs(from, dateline);
      firstParagraph = true;
      layParagraphs(dateline, to);
    } else {
      layParagraphs(from, to);
    }
  };
  for (const caption of findInlineCaptions(text, position, bodyEnd)) {
    layBody(position, caption.span.start);
    const captionBlock = sliceBlock(block, caption.span.start, caption.span.end);
    const local = (span: Span) => ({ start: span.start - caption.span.start, end: span.end - caption.span.start });
    const creditStart = caption.credit.start - caption.span.start;
    const captionEnd = trimmed(captionBlock.text, { start: 0, end: Math.max(0, creditStart - 1) }).end;
    blocks.push({ role: 'caption', block: captionBlock, caption: { start: 0, end: captionEnd }, credit: local(caption.credit) });
    position = caption.span.end;
  }
  layBody(position, bodyEnd);
  const warnings: LayoutWarning[] = [{
    code: 'lost-paragraph-breaks',
    message: 'The article came as one line; paragraphs were recovered at sentence boundaries and may not match the original breaks.',
    blocks: { from: bodyStart, to: blocks.length },
  }];
  if (!head.headline) warnings.push({ code: 'missing-headline', message: 'No headline was found at the start of the line.' });
  return { blocks, dropped, warnings };
}
