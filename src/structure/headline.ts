import type { SourceBlock } from '../input/source.js';
import { matchByline } from './byline.js';
import { matchDateline } from './dateline.js';

/** Headlines in the corpora run up to about 200 characters; a longer block is body text. */
const MAX_HEADLINE_LENGTH = 250;

/**
 * Tells whether a plain-text block reads like a headline: short, not a byline or a dateline,
 * and not a sentence running on into the next block.
 */
export function isHeadlineLike(block: SourceBlock): boolean {
  const text = block.text;
  if (text.length === 0 || text.length > MAX_HEADLINE_LENGTH) return false;
  // A dateline opens a paragraph; a short line that looks like one (`BREAKING NEWS: ...`) is a headline.
  if (matchByline(text, true) || (matchDateline(text) && text.length > 120)) return false;
  if (/[,;:]$/.test(text)) return false;
  return true;
}

/** Tells whether a block that would be the headline could as well be the article's first paragraph. */
export function couldBeParagraph(block: SourceBlock): boolean {
  return block.text.length > 120 && /[.!?]["'”’]?$/.test(block.text);
}
