import type { Element } from 'hast';
import { BLOCK, classAndId, isElement, wordsOf } from './elements.js';
import { elementsIn, linkDensity, renderedLength, textOf, type Page, type TextStats } from './page.js';

/**
 * Finds the article's content on a page, the way Readability does: every paragraph scores its
 * ancestors by its length and commas, class and id hints add or take away, link-heavy elements
 * score less, and the best element is taken with those of its siblings that read like it.
 */

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|recommend|newsletter|subscribe|gallery|slideshow|carousel/;

/** How much an element's class and id say it is (positive) or is not (negative) the article. */
export function classWeight(element: Element): number {
  let weight = 0;
  const className = Array.isArray(element.properties.className) ? element.properties.className.join(' ').toLowerCase() : '';
  const id = typeof element.properties.id === 'string' ? element.properties.id.toLowerCase() : '';
  for (const hints of [className, id]) {
    if (!hints) continue;
    if (NEGATIVE.test(hints)) weight -= 25;
    if (POSITIVE.test(hints)) weight += 25;
  }
  if (wordsOf(element, 'itemProp').includes('articlebody')) weight += 50;
  if (element.tagName === 'article') weight += 10;
  return weight;
}

function tagWeight(tagName: string): number {
  switch (tagName) {
    case 'div': case 'article': case 'main': case 'section': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

const SCORED = new Set(['p', 'td', 'pre', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A `div` with no block inside is a paragraph as far as scoring goes. */
function hasBlockChild(element: Element): boolean {
  return element.children.some((child) => isElement(child) && (BLOCK.has(child.tagName) || child.tagName === 'img'));
}

function isScored(element: Element): boolean {
  return SCORED.has(element.tagName) || (element.tagName === 'div' && !hasBlockChild(element));
}

const COMMAS = /[,，、]/g;

/** The text an element holds outside its block children, as if it were a paragraph of its own. */
function looseText(page: Page, element: Element): TextStats {
  let length = 0;
  let linkLength = 0;
  let commas = 0;
  for (const child of element.children) {
    if (child.type === 'text') {
      length += child.value.trim() ? renderedLength(child.value) : 0;
      commas += child.value.match(COMMAS)?.length ?? 0;
    } else if (isElement(child) && !page.skipped.has(child) && !BLOCK.has(child.tagName)) {
      const stats = page.stats.get(child);
      if (!stats) continue;
      length += stats.length;
      linkLength += stats.linkLength;
      commas += stats.commas;
    }
  }
  return { length: linkLength > length / 2 ? 0 : length, linkLength, commas };
}

/** The content chosen: one element, or the best element's parent with only some of its children. */
export interface Content {
  /** Elements whose text is the article, in document order. */
  readonly elements: readonly Element[];
  /** How much text they hold. */
  readonly length: number;
}

/** Scores the page's elements and picks the article's content, or `null` when nothing scores. */
export function findContent(page: Page): Content | null {
  const scores = new Map<Element, number>();
  const addScore = (element: Element, by: number) => {
    if (!scores.has(element)) scores.set(element, tagWeight(element.tagName) + classWeight(element));
    scores.set(element, scores.get(element)! + by);
  };
  const scoreParagraph = (stats: TextStats, parent: Element | null) => {
    if (stats.length < 25) return;
    const score = 1 + stats.commas + Math.min(Math.floor(stats.length / 100), 3);
    let ancestor = parent;
    for (let level = 0; ancestor && level < 5; level++, ancestor = page.parents.get(ancestor) ?? null) {
      if (ancestor.tagName === 'html') break;
      addScore(ancestor, score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  };
  for (const element of elementsIn(page, page.root)) {
    if (isScored(element)) {
      const stats = page.stats.get(element);
      if (stats) scoreParagraph(stats, page.parents.get(element) ?? null);
    } else if (BLOCK.has(element.tagName) && element.tagName !== 'body' && element.tagName !== 'html') {
      // Text set straight in a container (`<div>Text<br><br>More text</div>`) is a paragraph of it.
      scoreParagraph(looseText(page, element), element);
    }
  }
  const ranked = [...scores.entries()]
    .map(([element, score]) => ({ element, score: score * (1 - linkDensity(page, element)) }))
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return null;
  const finalScore = new Map(ranked.map((entry) => [entry.element, entry.score]));
  let top = best.element;
  let topScore = best.score;

  // When several strong candidates share an ancestor, the article is that ancestor.
  const alternatives = ranked.slice(1, 6).filter((entry) => entry.score >= topScore * 0.75).map((entry) => entry.element);
  if (alternatives.length >= 3) {
    for (let parent = page.parents.get(top) ?? null; parent && parent.tagName !== 'body'; parent = page.parents.get(parent) ?? null) {
      const containing = alternatives.filter((alternative) => contains(page, parent!, alternative)).length;
      if (containing >= 3) {
        top = parent;
        break;
      }
    }
  }
  // A lone child says nothing its parent does not.
  for (let parent = page.parents.get(top) ?? null; parent && parent.tagName !== 'body'; parent = page.parents.get(parent) ?? null) {
    const children = parent.children.filter((child) => isElement(child) && !page.skipped.has(child));
    if (children.length !== 1) break;
    top = parent;
  }
  topScore = finalScore.get(top) ?? topScore;

  // Siblings that score like the top candidate, or read like paragraphs, belong to the article too.
  const parent = page.parents.get(top);
  if (!parent || parent.tagName === 'html') return { elements: [top], length: page.stats.get(top)?.length ?? 0 };
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = classAndId(top);
  const elements: Element[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling) || page.skipped.has(sibling)) continue;
    if (sibling === top) {
      elements.push(sibling);
      continue;
    }
    const bonus = topClass.trim() && classAndId(sibling) === topClass ? topScore * 0.2 : 0;
    const score = finalScore.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      elements.push(sibling);
    } else if (sibling.tagName === 'p') {
      const density = linkDensity(page, sibling);
      const text = textOf(page, sibling);
      if ((text.length > 80 && density < 0.25) || (text.length > 0 && text.length <= 80 && density === 0 && /\.( |$)/.test(text))) {
        elements.push(sibling);
      }
    }
  }
  // A body split in parts (around an advert, a paywall) repeats its container's class names.
  if (topClass.trim()) {
    for (const [element, score] of finalScore) {
      if (score < threshold || classAndId(element) !== topClass || isTeaserList(page, element)) continue;
      if (elements.some((chosen) => contains(page, chosen, element) || contains(page, element, chosen))) continue;
      elements.push(element);
    }
  }
  const order = new Map([...elementsIn(page, page.root)].map((element, i) => [element, i]));
  elements.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const length = elements.reduce((sum, element) => sum + (page.stats.get(element)?.length ?? 0), 0);
  return { elements, length };
}

/** A list of story teasers (`Most popular`): headings that are links, or mostly link text. */
function isTeaserList(page: Page, element: Element): boolean {
  if (linkDensity(page, element) > 0.3) return true;
  return [...elementsIn(page, element)].some(
    (heading) => /^h[1-6]$/.test(heading.tagName) && [...elementsIn(page, heading)].some((inner) => inner.tagName === 'a'),
  );
}

/** Whether `ancestor` contains `element` (or is it). */
export function contains(page: Page, ancestor: Element, element: Element): boolean {
  for (let at: Element | null | undefined = element; at; at = page.parents.get(at)) {
    if (at === ancestor) return true;
  }
  return false;
}
