import type { Element, Text } from 'hast';
import { makeBlock, type BlockHint, type SourceBlock, type TextPiece } from '../source.js';
import { BLOCK, classAndId, isBylineElement, isElement } from './elements.js';
import { collapseSpaces, piecesOfText } from './pieces.js';
import type { Page } from './page.js';

/**
 * Reads elements into blocks: paragraphs, headings, list items, block quotes, figure captions
 * (with their credits), code and table cells. Inline markup (links, emphasis) only formats and is
 * read through; `<br>` ends a block, as the line break it draws does.
 */
export interface BlockReader {
  readonly input: string;
  readonly page: Page;
  readonly blocks: SourceBlock[];
  /** Text nodes whose text is in a block: everything else on the page was left out. */
  readonly read: Set<Text>;
  /** The `<h1>` taken as the headline, read as `heading-1`; every other heading is a `heading`. */
  readonly headline: Element | null;
  /** Bylines already read: only the first is given the `byline` hint. */
  bylines: number;
}

const MAX_BYLINE_LENGTH = 150;

function hintOf(element: Element, reader: BlockReader, inherited: BlockHint): BlockHint {
  switch (element.tagName) {
    case 'h1':
      return element === reader.headline ? 'heading-1' : 'heading';
    case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return inherited === 'blockquote' ? inherited : 'heading';
    case 'blockquote':
      return 'blockquote';
    case 'li': case 'dd': case 'dt':
      return inherited === 'blockquote' ? inherited : 'list-item';
    case 'pre':
      return 'code';
    case 'figcaption':
      return 'image-caption';
    default:
      return inherited;
  }
}

/** Collects an element's text, skipped parts left out, into `pieces`. */
function collect(reader: BlockReader, element: Element, pieces: TextPiece[], separateBlocks: boolean): void {
  for (const child of element.children) {
    if (child.type === 'text') {
      pieces.push(...piecesOfText(child, reader.input));
      reader.read.add(child);
    } else if (isElement(child) && !reader.page.skipped.has(child)) {
      const separate = separateBlocks && (BLOCK.has(child.tagName) || child.tagName === 'br');
      if (separate) pieces.push({ text: ' ', inputStart: null });
      collect(reader, child, pieces, separateBlocks);
      if (separate) pieces.push({ text: ' ', inputStart: null });
    }
  }
}

function push(reader: BlockReader, pieces: TextPiece[], hint: BlockHint): void {
  const collapsed = collapseSpaces(pieces);
  if (collapsed.length > 0) reader.blocks.push(makeBlock(collapsed, hint));
  pieces.length = 0;
}

/** Class names of captions set outside `<figure>`: `caption`, `wp-caption-text`, `photo-credit`. */
const CAPTION_CLASS = /caption|photo-?credit|image-?credit|img-?credit/;
const MAX_CAPTION_LENGTH = 600;

/**
 * A figure with an image or a caption, or an element whose class says it is a caption: all its
 * text is one caption, credit included.
 */
function isCaptionedFigure(reader: BlockReader, element: Element): boolean {
  if (element.tagName !== 'figure') {
    const length = reader.page.stats.get(element)?.length ?? 0;
    return length > 0 && length <= MAX_CAPTION_LENGTH && CAPTION_CLASS.test(classAndId(element));
  }
  const has = (node: Element): boolean =>
    node.children.some((child) => isElement(child) && (['figcaption', 'img', 'picture', 'video'].includes(child.tagName) || has(child)));
  return has(element);
}

/** Reads a byline element into one `byline` block. */
export function readByline(reader: BlockReader, element: Element): void {
  const pieces: TextPiece[] = [];
  collect(reader, element, pieces, true);
  const before = reader.blocks.length;
  push(reader, pieces, 'byline');
  reader.bylines += reader.blocks.length - before;
}

/** Reads the children of an element into blocks of the given hint. */
export function readBlocks(reader: BlockReader, element: Element, hint: BlockHint): void {
  const pieces: TextPiece[] = [];
  for (const child of element.children) {
    if (child.type === 'text') {
      pieces.push(...piecesOfText(child, reader.input));
      reader.read.add(child);
      continue;
    }
    if (!isElement(child) || reader.page.skipped.has(child)) continue;
    if (child.tagName === 'br' || child.tagName === 'hr') {
      push(reader, pieces, hint);
      continue;
    }
    if (isCaptionedFigure(reader, child)) {
      push(reader, pieces, hint);
      const caption: TextPiece[] = [];
      collect(reader, child, caption, true);
      push(reader, caption, 'image-caption');
      continue;
    }
    if (isBylineElement(child) && reader.bylines === 0 && (reader.page.stats.get(child)?.length ?? 0) <= MAX_BYLINE_LENGTH) {
      push(reader, pieces, hint);
      readByline(reader, child);
      continue;
    }
    if (BLOCK.has(child.tagName)) {
      push(reader, pieces, hint);
      readBlocks(reader, child, hintOf(child, reader, hint));
      continue;
    }
    // Inline: its text runs on in the current block, unless it holds blocks of its own.
    if (containsBlock(child)) {
      push(reader, pieces, hint);
      readBlocks(reader, child, hint);
    } else {
      collect(reader, child, pieces, false);
    }
  }
  push(reader, pieces, hint);
}

function containsBlock(element: Element): boolean {
  return element.children.some((child) => isElement(child) && (BLOCK.has(child.tagName) || child.tagName === 'br' || containsBlock(child)));
}
