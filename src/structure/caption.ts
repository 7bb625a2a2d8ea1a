import type { SourceBlock } from '../input/source.js';
import type { Span } from '../model/span.js';
import { findTrailingCredit } from './credit.js';
import type { LaidBlock } from './laid-block.js';

/** Captions are short; a long paragraph that happens to end in a parenthesis is not one. */
const MAX_CAPTION_LENGTH = 600;
/** `1 of 2.` opening a slideshow caption. */
const SLIDESHOW_PREFIX = /^\d{1,3} of \d{1,3}\.?\s/;

/** Lays out a caption block: its text and, when it ends in one, its credit. */
export function layCaption(block: SourceBlock): LaidBlock {
  const credit = findTrailingCredit(block.text);
  const caption: Span = { start: 0, end: credit ? credit.captionEnd : block.text.length };
  const creditSpan = credit ? { start: credit.creditStart, end: credit.creditEnd } : null;
  return { role: 'caption', block, caption, credit: creditSpan };
}

/** Tells whether a block is a photo caption: an image's text, a slideshow caption, or text closed by a photo credit. */
export function isCaption(block: SourceBlock): boolean {
  if (block.hint === 'image-caption') return true;
  if (block.text.length > MAX_CAPTION_LENGTH) return false;
  if (SLIDESHOW_PREFIX.test(block.text)) return true;
  // A credit alone (`(Graphic: Global assets in 2019 - here)`) captions nothing.
  const credit = findTrailingCredit(block.text);
  return credit !== null && credit.captionEnd > 0;
}
