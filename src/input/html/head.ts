import type { Element, Text } from 'hast';
import { makeBlock, type SourceBlock, type TextPiece } from '../source.js';
import { isBylineElement, isElement, wordsOf } from './elements.js';
import { collapseSpaces, piecesOfText } from './pieces.js';
import { contains } from './content.js';
import { elementsIn, isSkipped, textOf, type Page } from './page.js';

/**
 * The article's head outside its content: the headline (the `<h1>` inside the content, else the
 * page's `<h1>` that its title names, else `og:title` or `<title>`) and the byline.
 */

function normalized(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The page's title as its metadata gives it: `og:title`, else `<title>`, with their elements. */
function pageTitles(page: Page): { meta: string | null; title: Element | null } {
  let meta: string | null = null;
  let title: Element | null = null;
  const walk = (element: Element) => {
    for (const child of element.children) {
      if (!isElement(child)) continue;
      if (child.tagName === 'meta' && meta === null) {
        const property = String(child.properties.property ?? child.properties.name ?? '').toLowerCase();
        if ((property === 'og:title' || property === 'twitter:title') && typeof child.properties.content === 'string') meta = child.properties.content;
      } else if (child.tagName === 'title' && title === null) {
        title = child;
      }
      walk(child);
    }
  };
  for (const child of page.root.children) if (isElement(child)) walk(child);
  return { meta, title };
}

/** Picks the `<h1>` that is the headline: the first one in the content, else one the page title names. */
export function findHeadlineElement(page: Page, content: readonly Element[]): Element | null {
  const headings = [...elementsIn(page, page.root)].filter((element) => element.tagName === 'h1' && textOf(page, element).length > 0);
  const inContent = headings.find((heading) => content.some((element) => contains(page, element, heading)));
  if (inContent) return inContent;
  const { meta, title } = pageTitles(page);
  const titles = [meta, title ? textOf({ ...page, skipped: new Set() }, title) : null].filter((text): text is string => Boolean(text)).map(normalized);
  const named = headings.find((heading) => {
    const text = normalized(textOf(page, heading));
    return text.length >= 10 && titles.some((t) => t.includes(text) || text.includes(t));
  });
  return named ?? (headings.length === 1 && titles.length === 0 ? headings[0]! : null);
}

/** The headline from the page's metadata when no `<h1>` is it: `og:title`, else `<title>` up to a ` | Site` suffix. */
export function headlineFromMetadata(page: Page, input: string, read: Set<Text>): SourceBlock | null {
  const { meta, title } = pageTitles(page);
  if (meta && meta.trim()) {
    const pieces = collapseSpaces([{ text: meta, inputStart: null }]);
    return pieces.length > 0 ? makeBlock(pieces, 'heading-1') : null;
  }
  if (!title) return null;
  const pieces: TextPiece[] = [];
  for (const child of title.children) {
    if (child.type === 'text') {
      pieces.push(...piecesOfText(child, input));
      read.add(child);
    }
  }
  let collapsed = collapseSpaces(pieces);
  const text = collapsed.map((piece) => piece.text).join('');
  const suffix = /\s+[|\-–—:]\s+[^|\-–—:]{1,40}$/.exec(text);
  if (suffix && suffix.index >= 10) collapsed = cut(collapsed, suffix.index);
  return collapsed.length > 0 ? makeBlock(collapsed, 'heading-1') : null;
}

function cut(pieces: readonly TextPiece[], end: number): TextPiece[] {
  const out: TextPiece[] = [];
  let offset = 0;
  for (const piece of pieces) {
    if (offset >= end) break;
    out.push(offset + piece.text.length <= end ? piece : { text: piece.text.slice(0, end - offset), inputStart: piece.inputStart });
    offset += piece.text.length;
  }
  return out;
}

/**
 * The byline before the content: the first byline element (`rel=author`, `itemprop=author`,
 * class `byline` or `author`) between the headline and the content, or in the content's `<article>`.
 */
export function findBylineElement(page: Page, content: readonly Element[], headline: Element | null): Element | null {
  const first = content[0];
  if (!first) return null;
  let article: Element | null = null;
  for (let at = page.parents.get(first); at; at = page.parents.get(at)) {
    if (at.tagName === 'article' || wordsOf(at, 'itemType').some((type) => /newsarticle|article|blogposting/i.test(type))) {
      article = at;
      break;
    }
  }
  const all = [...elementsIn(page, page.root)];
  const headlineAt = headline ? all.indexOf(headline) : -1;
  const contentAt = all.indexOf(first);
  for (const [i, element] of all.entries()) {
    if (!isBylineElement(element) || content.some((c) => contains(page, c, element) || contains(page, element, c))) continue;
    const inArticle = article !== null && contains(page, article, element);
    const betweenHeadAndContent = headlineAt >= 0 && i > headlineAt && i < contentAt;
    if (!inArticle && !betweenHeadAndContent) continue;
    const length = page.stats.get(element)?.length ?? 0;
    if (length < 3 || length > 150 || isSkipped(page, element)) continue;
    return element;
  }
  return null;
}
