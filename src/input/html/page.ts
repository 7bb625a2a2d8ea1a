import type { Element, Root, RootContent, Text } from 'hast';
import { CHROME, NEVER_TEXT, classAndId, isElement, isEmbeddedPost, isHidden, wordsOf } from './elements.js';

/**
 * A parsed page with what reading it needs to know about every element: its parent, how much
 * text and link text it holds, and whether it is left out before the article is looked for.
 */
export interface Page {
  readonly root: Root;
  readonly parents: Map<Element, Element | null>;
  /** Elements never read: scripts, styles, forms, hidden elements and, unless lenient, page chrome. */
  readonly skipped: Set<Element>;
  readonly stats: Map<Element, TextStats>;
}

export interface TextStats {
  /** Letters and other characters of the text, white space collapsed. */
  readonly length: number;
  /** Of which inside links. */
  readonly linkLength: number;
  readonly commas: number;
}

/** Class and id words of elements that are not the article: menus, comments, sharing, adverts. */
const UNLIKELY = /-ad-|\bads?\b|ad-slot|advert|banner|breadcrumb|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|recommend|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|newsletter|subscribe|promo|trending|most-popular|mostpopular|outbrain|taboola|share|sharing|nav\b|navigation|signup|modal|toolbar/;
/** Words that make an unlikely-looking element possibly the article after all. */
const MAYBE = /and|article|body|column|content|main|shadow|story|text|post/;
/** ARIA roles of page chrome. */
const CHROME_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);

/** Whether an element is page chrome by its tag, role, or class and id. */
function isUnlikely(element: Element, parentSkippedAsChrome: boolean): boolean {
  if (parentSkippedAsChrome) return false;
  if (element.tagName === 'body' || element.tagName === 'html' || element.tagName === 'a' || element.tagName === 'article' || element.tagName === 'main') return false;
  if (wordsOf(element, 'itemProp').includes('articlebody')) return false;
  if (CHROME.has(element.tagName)) return true;
  if (wordsOf(element, 'role').some((role) => CHROME_ROLES.has(role))) return true;
  const hints = classAndId(element);
  return UNLIKELY.test(hints) && !MAYBE.test(hints) && !isEmbeddedPost(element);
}


/** The length of text as rendered: white space runs count as one character. */
export function renderedLength(text: string): number {
  return text.replace(/\s+/g, ' ').length;
}

const COMMAS = /[,，、]/g;

/**
 * Walks the page once: records parents, what is skipped, and the text statistics of every element.
 * With `lenient`, page chrome found by class and id is kept (for pages where that rule removes the article).
 */
export function analysePage(root: Root, lenient: boolean): Page {
  const parents = new Map<Element, Element | null>();
  const skipped = new Set<Element>();
  const stats = new Map<Element, TextStats>();

  const visit = (element: Element, parent: Element | null, inLink: boolean, inTable: boolean): TextStats => {
    parents.set(element, parent);
    const never = NEVER_TEXT.has(element.tagName) || isHidden(element);
    const chrome = !never && !lenient && !inTable && isUnlikely(element, false);
    if (never || chrome) skipped.add(element);
    let length = 0;
    let linkLength = 0;
    let commas = 0;
    const link = inLink || element.tagName === 'a';
    for (const child of element.children) {
      if (isElement(child)) {
        const childStats = visit(child, element, link, inTable || element.tagName === 'table');
        if (skipped.has(child)) continue;
        length += childStats.length;
        linkLength += childStats.linkLength;
        commas += childStats.commas;
      } else if (child.type === 'text') {
        const n = renderedLength(child.value);
        length += n;
        if (link) linkLength += n;
        commas += child.value.match(COMMAS)?.length ?? 0;
      }
    }
    const result = { length, linkLength, commas };
    stats.set(element, result);
    return result;
  };
  for (const child of root.children) if (isElement(child)) visit(child, null, false, false);
  return { root, parents, skipped, stats };
}

/** Whether the element or one of its ancestors is skipped. */
export function isSkipped(page: Page, element: Element): boolean {
  for (let at: Element | null | undefined = element; at; at = page.parents.get(at)) {
    if (page.skipped.has(at)) return true;
  }
  return false;
}

/** The share of an element's text that is link text. */
export function linkDensity(page: Page, element: Element): number {
  const stats = page.stats.get(element);
  return stats && stats.length > 0 ? stats.linkLength / stats.length : 0;
}

/** Every element under `node`, in document order, with skipped subtrees left out. */
export function* elementsIn(page: Page, node: Root | Element): Generator<Element> {
  for (const child of node.children as RootContent[]) {
    if (!isElement(child) || page.skipped.has(child)) continue;
    yield child;
    yield* elementsIn(page, child);
  }
}

/** The text of an element as rendered, skipped parts left out, white space collapsed. */
export function textOf(page: Page, element: Element): string {
  const parts: string[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (isElement(child)) {
        if (!page.skipped.has(child)) walk(child);
      } else if (child.type === 'text') {
        parts.push((child as Text).value);
      }
    }
  };
  walk(element);
  return parts.join('').replace(/[\s\u00a0]+/g, ' ').trim();
}
