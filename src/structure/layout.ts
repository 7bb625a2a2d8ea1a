import { inputOffsetOf, type DroppedInput, type SourceBlock, type SourceDocument } from '../input/source.js';
import { matchByline } from './byline.js';
import { isCaption, layCaption } from './caption.js';
import { matchDateline } from './dateline.js';
import { isFurnitureLine } from './furniture.js';
import { couldBeParagraph, isHeadlineLike } from './headline.js';
import type { LaidBlock, Layout, LayoutWarning } from './laid-block.js';
import { isOneLineArticle, layOutOneLine } from './one-line.js';

/** How far into the article a headline, deck and byline are looked for. */
const HEAD_WINDOW = 6;

function dropBlock(block: SourceBlock, dropped: DroppedInput[]): void {
  const inputStart = inputOffsetOf(block, 0);
  const inputEnd = inputOffsetOf(block, block.text.length);
  if (inputStart !== null && inputEnd !== null) {
    dropped.push({ inputStart, inputEnd, reason: 'furniture', text: block.text });
  }
}

function layByline(block: SourceBlock): LaidBlock | null {
  const byline = matchByline(block.text, true);
  return byline ? { role: 'byline', block, authors: byline.authors } : null;
}

/**
 * A block the input marks as a byline (HTML `rel=author`, class `byline`): its authors are those a
 * byline pattern finds, else its text after `By` when that reads as a name.
 */
function layMarkedByline(block: SourceBlock): LaidBlock {
  const matched = layByline(block);
  if (matched) return matched;
  const name = /^(?:by:?\s+)?(\p{Lu}[\p{L}'’. -]{1,60}?)\s*$/iu.exec(block.text);
  const start = name ? block.text.length - name[1]!.length - (name[0].length - name[0].trimEnd().length) : 0;
  return { role: 'byline', block, authors: name ? [{ start, end: start + name[1]!.length }] : [] };
}

/** Picks the headline among the first blocks: a Markdown heading, or a short first line of plain text. */
function findHeadline(blocks: readonly SourceBlock[], warnings: LayoutWarning[]): number | null {
  const window = blocks.slice(0, HEAD_WINDOW);
  const firstHeading = window.findIndex((block) => block.hint === 'heading-1');
  if (firstHeading >= 0) {
    if (window.filter((block) => block.hint === 'heading-1').length > 1) {
      warnings.push({ code: 'ambiguous-headline', message: 'Several top-level headings open the article; the first was taken as the headline.' });
    }
    return firstHeading;
  }
  const first = window.findIndex((block) => !isCaption(block) && !isFurnitureLine(block.text));
  const candidate = blocks[first];
  if (first < 0 || !candidate || first + 1 >= blocks.length) return null;
  if (candidate.hint === 'heading') return first;
  if (candidate.hint !== 'line' || !isHeadlineLike(candidate)) return null;
  if (couldBeParagraph(candidate)) {
    warnings.push({
      code: 'ambiguous-headline',
      message: `The first line reads like a sentence; it was taken as the headline: "${candidate.text.slice(0, 60)}"`,
    });
  }
  return first;
}

/** A deck: in Markdown, a sub-heading right under the headline; in plain text, a line between the headline and a byline. */
function isSubheadline(block: SourceBlock, next: SourceBlock | undefined): boolean {
  if (block.hint === 'heading') return true;
  if (block.hint !== 'line' || !next) return false;
  return isHeadlineLike(block) && !isCaption(block) && matchByline(next.text, true) !== null;
}

/**
 * Gives every block a role: headline, subheadline, caption, byline or paragraph; drops page
 * furniture; finds the dateline opening the first paragraph.
 */
export function layOut(source: SourceDocument): Layout {
  if (isOneLineArticle(source.blocks)) {
    const layout = layOutOneLine(source.blocks[0]!);
    return { ...layout, dropped: [...source.dropped, ...layout.dropped] };
  }
  const warnings: LayoutWarning[] = [];
  const dropped = [...source.dropped];
  const blocks: LaidBlock[] = [];
  const headline = findHeadline(source.blocks, warnings);
  if (headline === null) {
    warnings.push({ code: 'missing-headline', message: 'No line could be told apart as the headline.' });
  }
  let inHead = true;
  let datelineLooked = false;
  source.blocks.forEach((block, i) => {
    if (isFurnitureLine(block.text)) return dropBlock(block, dropped);
    if (i === headline) return blocks.push({ role: 'headline', block });
    if (block.hint === 'byline') return blocks.push(layMarkedByline(block));
    if (isCaption(block)) return blocks.push(layCaption(block));
    if (inHead && i < HEAD_WINDOW) {
      const byline = layByline(block);
      if (byline) return blocks.push(byline);
      if (headline !== null && i === headline + 1 && isSubheadline(block, source.blocks[i + 1])) {
        return blocks.push({ role: 'subheadline', block });
      }
    }
    inHead = false;
    const dateline = datelineLooked ? null : matchDateline(block.text);
    datelineLooked = true;
    return blocks.push({ role: 'paragraph', block, dateline });
  });
  if (source.hardWrapped) {
    warnings.push({ code: 'hard-wrapped-text', message: 'Lines wrapped at a fixed width were re-joined into paragraphs.' });
  }
  return { blocks, dropped, warnings };
}
