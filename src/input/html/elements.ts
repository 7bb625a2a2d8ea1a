import type { Element, ElementContent, Nodes } from 'hast';

/**
 * What HTML elements are, for reading an article out of a page: which ones hold no article text,
 * which ones start a block, and what their class and id say about them.
 */

/** Elements whose content is never article text: code, styling, embedded documents, controls. */
export const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'map', 'head', 'title', 'meta', 'link', 'base', 'button', 'input',
  'select', 'option', 'textarea', 'label', 'dialog', 'img', 'picture', 'source',
]);

/** Elements that are page chrome wherever they are, unless they hold the article itself. */
export const CHROME = new Set(['nav', 'aside', 'footer', 'menu']);

/** Elements that start and end a block of text. */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'body', 'html',
]);

export const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The class names and id of an element, lower-cased, as one string to match hints against. */
export function classAndId(element: Element): string {
  const className = element.properties.className;
  const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : '';
  const id = typeof element.properties.id === 'string' ? element.properties.id : '';
  return `${classes} ${id}`.toLowerCase();
}

/** A property as a list of lower-cased words (`itemProp`, `rel`, `role`). */
export function wordsOf(element: Element, property: string): string[] {
  const value = element.properties[property];
  if (Array.isArray(value)) return value.map((word) => String(word).toLowerCase());
  if (typeof value === 'string') return value.toLowerCase().split(/\s+/).filter(Boolean);
  return [];
}

/** Whether the page hides the element: `hidden`, `aria-hidden`, `display: none` or `visibility: hidden`. */
export function isHidden(element: Element): boolean {
  const { properties } = element;
  if (properties.hidden !== undefined && properties.hidden !== false && properties.hidden !== null) return true;
  if (String(properties.ariaHidden) === 'true' && element.tagName !== 'figure') return true;
  const style = typeof properties.style === 'string' ? properties.style.replace(/\s+/g, '').toLowerCase() : '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Whether the element is a byline or its author's name: `rel=author`, `itemprop=author`, class `byline`/`author`. */
export function isBylineElement(element: Element): boolean {
  if (wordsOf(element, 'rel').includes('author') || wordsOf(element, 'itemProp').includes('author')) return true;
  return /(?:^|[\s_-])(?:byline|by-line|author|authors|author-name|writer)(?:$|[\s_-])/.test(classAndId(element));
}

export function isElement(node: Nodes | ElementContent): node is Element {
  return node.type === 'element';
}

/** An embedded post (`<blockquote class="twitter-tweet">` in a `social-embed` wrapper) quotes text the article cites. */
export function isEmbeddedPost(element: Element, depth = 0): boolean {
  const children = element.children.filter((child): child is Element => isElement(child) && !NEVER_TEXT.has(child.tagName));
  const only = children.length === 1 ? children[0]! : null;
  return only !== null && (only.tagName === 'blockquote' || (depth < 3 && isEmbeddedPost(only, depth + 1)));
}
