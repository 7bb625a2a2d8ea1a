import type { Element, Root, RootContent, Text } from 'hast';
import { InputError } from '../../errors/input-error.js';
import type { DroppedInput, SourceDocument } from '../source.js';
import { readBlocks, readByline, type BlockReader } from './blocks.js';
import { cleanContent } from './clean.js';
import { findContent, contains } from './content.js';
import { NEVER_TEXT, isElement, wordsOf } from './elements.js';
import { findBylineElement, findHeadlineElement, headlineFromMetadata } from './head.js';
import { analysePage, type Page } from './page.js';
import { parseHtml } from './parse.js';

/** Content shorter than this, in characters, is looked for again with page chrome kept. */
const MIN_CONTENT_LENGTH = 250;

function bodyOf(root: Root): Element | null {
  const html = (root.children as RootContent[]).find((child): child is Element => isElement(child) && child.tagName === 'html');
  return html?.children.find((child): child is Element => isElement(child) && child.tagName === 'body') ?? null;
}

/** Finds the content, again with chrome kept when the strict pass finds too little. */
function chooseContent(root: Root): { page: Page; elements: readonly Element[]; length: number } {
  const strict = analysePage(root, false);
  const found = findContent(strict);
  if (found && found.length >= MIN_CONTENT_LENGTH) return { page: strict, ...found };
  const lenient = analysePage(root, true);
  const again = findContent(lenient);
  const best = again && again.length > (found?.length ?? 0) ? { page: lenient, ...again } : found ? { page: strict, ...found } : null;
  if (best) return best;
  const body = bodyOf(root);
  return { page: lenient, elements: body ? [body] : [], length: body ? (lenient.stats.get(body)?.length ?? 0) : 0 };
}

/** How much more text than the content its `<article>` may hold and still be read whole. */
const ARTICLE_SLACK = 1.6;

/**
 * The `<article>` (or schema.org Article) around the content, when it adds little text: read whole,
 * it brings the headline, deck, byline and lead figure that sit beside the body.
 */
function widenToArticle(page: Page, elements: readonly Element[], length: number): readonly Element[] {
  const first = elements[0];
  if (!first) return elements;
  for (let at = page.parents.get(first); at && at.tagName !== 'body'; at = page.parents.get(at)) {
    const isArticle = at.tagName === 'article' || wordsOf(at, 'itemType').some((type) => /(?:news)?article|blogposting|reportage/i.test(type));
    if (!isArticle) continue;
    const holdsAll = elements.every((element) => contains(page, at!, element));
    const articleLength = page.stats.get(at)?.length ?? 0;
    return holdsAll && !page.skipped.has(at) && articleLength <= length * ARTICLE_SLACK ? [at] : elements;
  }
  return elements;
}

/** A wrapper so that an element is read with its own tag's meaning. */
function wrap(element: Element): Element {
  return { type: 'element', tagName: 'div', properties: {}, children: [element] };
}

interface PlacedText {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
  readonly inContent: boolean;
}

/**
 * The page's text left out of the article, as ranges of the input: one per stretch of left-out
 * text between kept text, marked `boilerplate` outside the content and `furniture` inside it.
 */
function leftOut(page: Page, content: readonly Element[], read: Set<Text>): DroppedInput[] {
  const placed: PlacedText[] = [];
  const walk = (element: Element, inContent: boolean) => {
    if (NEVER_TEXT.has(element.tagName)) return;
    const inside = inContent || content.includes(element);
    for (const child of element.children) {
      if (isElement(child)) walk(child, inside);
      else if (child.type === 'text' && child.position && child.value.trim()) {
        placed.push({ node: child, start: child.position.start.offset ?? 0, end: child.position.end.offset ?? 0, inContent: inside });
      }
    }
  };
  for (const child of page.root.children as RootContent[]) if (isElement(child)) walk(child, false);
  placed.sort((a, b) => a.start - b.start);
  const dropped: DroppedInput[] = [];
  let region: { start: number; end: number; inContent: boolean; texts: string[] } | null = null;
  const close = () => {
    if (!region) return;
    const text = region.texts.join(' ').replace(/\s+/g, ' ').trim();
    dropped.push({ inputStart: region.start, inputEnd: region.end, reason: region.inContent ? 'furniture' : 'boilerplate', text });
    region = null;
  };
  for (const text of placed) {
    if (read.has(text.node)) {
      close();
      continue;
    }
    if (region && region.inContent !== text.inContent) close();
    if (!region) region = { start: text.start, end: text.end, inContent: text.inContent, texts: [] };
    region.end = Math.max(region.end, text.end);
    region.texts.push(text.node.value);
  }
  close();
  return dropped;
}

/**
 * Reads an HTML page or fragment: finds the article's content (Readability-style), reads its
 * paragraphs, headings, quotes, lists and figure captions into blocks, puts the headline and the
 * byline first, and reports the rest of the page's text as left out.
 *
 * @throws {@link InputError} `empty-input` when the HTML has no text at all, `invalid-input` when
 *   it nests elements too deeply to be walked.
 */
export function readHtml(input: string): SourceDocument {
  try {
    return readPage(input);
  } catch (error) {
    // The tree is walked recursively, by the parser too: markup nested thousands of levels deep
    // overflows the stack. No news page nests so; say so, typed, instead of crashing.
    if (error instanceof RangeError) {
      throw new InputError('invalid-input', 'The HTML nests elements too deeply to be read (thousands of levels); no news page does. Pass the article fragment instead.');
    }
    throw error;
  }
}

function readPage(input: string): SourceDocument {
  const root = parseHtml(input);
  const chosen = chooseContent(root);
  const { page, length } = chosen;
  const elements = widenToArticle(page, chosen.elements, length);
  cleanContent(page, elements, length);
  const headline = findHeadlineElement(page, elements);
  const reader: BlockReader = { input, page, blocks: [], read: new Set(), headline, bylines: 0 };
  if (headline) {
    readBlocks(reader, wrap(headline), 'paragraph');
    page.skipped.add(headline);
  } else {
    const fromMetadata = headlineFromMetadata(page, input, reader.read);
    if (fromMetadata) reader.blocks.push(fromMetadata);
  }
  const byline = findBylineElement(page, elements, headline);
  if (byline && !elements.some((element) => contains(page, element, byline))) readByline(reader, byline);
  const headBlocks = reader.blocks.length;
  for (const element of elements) readBlocks(reader, wrap(element), 'paragraph');
  // A page title alone is no article; a headline on the page with nothing under it still is one.
  if (reader.blocks.length === headBlocks && headline === null) {
    throw new InputError('empty-input', 'The HTML has no article text: no paragraph, heading or other text outside scripts, styles and hidden elements.');
  }
  return { blocks: reader.blocks, dropped: leftOut(page, elements, reader.read), hardWrapped: false };
}
