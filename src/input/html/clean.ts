import type { Element } from 'hast';
import { HEADING, classAndId, isBylineElement, isElement, isEmbeddedPost } from './elements.js';
import { classWeight } from './content.js';
import { linkDensity, textOf, type Page } from './page.js';

/**
 * Removes what the article's content holds besides the article: link lists, share bars, related
 * stories, image galleries, forms. Readability's "clean conditionally", applied to the elements
 * inside the chosen content; what it removes is reported as left out, never lost silently.
 */

const CLEANED = new Set(['form', 'fieldset', 'table', 'ul', 'ol', 'div', 'section', 'header', 'aside', 'dl']);
const EMBEDS = new Set(['iframe', 'object', 'embed', 'video']);
/** Class names of publication times: `date`, `timestamp`, `published`, `updated`. */
const TIMESTAMP_CLASS = /(?:^|[\s_-])(?:date|dateline|time|timestamp|pubdate|published|updated|posted|publish-date|post-date)(?:$|[\s_-])/;
/** Elements in which a `<time>` is part of a sentence. */
const PHRASING_PARENTS = new Set(['p', 'li', 'span', 'a', 'b', 'strong', 'em', 'i', 'small', 'td', 'figcaption', 'blockquote', 'dd']);

interface Counts {
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
}

function count(element: Element, counts: Counts = { p: 0, img: 0, li: 0, input: 0, embed: 0 }): Counts {
  for (const child of element.children) {
    if (!isElement(child)) continue;
    const tag = child.tagName;
    if (tag === 'p') counts.p++;
    else if (tag === 'img') counts.img++;
    else if (tag === 'li') counts.li++;
    else if (tag === 'input' || tag === 'select' || tag === 'textarea') counts.input++;
    else if (EMBEDS.has(tag)) counts.embed++;
    count(child, counts);
  }
  return counts;
}

function isInFigure(page: Page, element: Element): boolean {
  for (let at = page.parents.get(element); at; at = page.parents.get(at)) if (at.tagName === 'figure') return true;
  return false;
}

/** Whether an element inside the content is not part of the article. */
function isClutter(page: Page, element: Element, contentLength: number): boolean {
  const stats = page.stats.get(element);
  const length = stats?.length ?? 0;
  // An element holding most of the article is the article, whatever its class says.
  if (length > contentLength * 0.5) return false;
  if (isBylineElement(element) || isEmbeddedPost(element)) return false;
  const weight = classWeight(element);
  if (HEADING.has(element.tagName)) return weight < 0;
  // Publication and update times set apart from the text are page metadata, not paragraphs.
  if (length < 100 && TIMESTAMP_CLASS.test(classAndId(element)) && /\d/.test(textOf(page, element))) return true;
  // A paragraph that is one short link (a kicker, `Read more: ...`) is navigation.
  if (element.tagName === 'p') return length < 80 && linkDensity(page, element) > 0.9;
  // A date set apart from the text (`<time>` under the headline) is page metadata, not a paragraph.
  if (element.tagName === 'time') return !PHRASING_PARENTS.has(page.parents.get(element)?.tagName ?? '');
  if (!CLEANED.has(element.tagName)) return false;
  if (weight < 0) return true;
  if ((stats?.commas ?? 0) >= 10) return false;
  const counts = count(element);
  const isList = element.tagName === 'ul' || element.tagName === 'ol' || element.tagName === 'dl';
  const density = linkDensity(page, element);
  const inFigure = element.tagName === 'figure' || isInFigure(page, element);
  if (counts.img > 1 && counts.p / counts.img < 0.5 && !inFigure) return true;
  if (!isList && counts.li - 100 > counts.p) return true;
  if (counts.input > Math.floor(counts.p / 3)) return true;
  if (!isList && !inFigure && length < 25 && (counts.img === 0 || counts.img > 2) && counts.p === 0 && length > 0 && density > 0) return true;
  if (weight < 25 && density > 0.2 + (isList ? 0.3 : 0)) return true;
  if (weight >= 25 && density > 0.5) return true;
  if ((counts.embed === 1 && length < 75) || counts.embed > 1) return true;
  return false;
}

/** Marks the clutter inside the content elements as skipped, outermost first. */
export function cleanContent(page: Page, content: readonly Element[], contentLength: number): void {
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (!isElement(child) || page.skipped.has(child)) continue;
      if (isClutter(page, child, contentLength)) page.skipped.add(child);
      else visit(child);
    }
  };
  for (const element of content) visit(element);
}
