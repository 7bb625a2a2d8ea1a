import type { Span } from '../model/span.js';

/** A byline found at the start of a text, in offsets of that text. */
export interface BylineMatch {
  readonly end: number;
  readonly authors: readonly Span[];
}

const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}'’.-]*|de|da|del|van|von|der|bin|al|la|le)`;
const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?: ${NAME_WORD}){0,4}`;
const NAME_LIST = String.raw`${NAME}(?:(?:, | and | & |, and )${NAME}){0,7}`;
const TIMESTAMP = String.raw`\d{1,2}:\d{2}(?: [AP]M)?,? \p{L}+\.? \d{1,2},? \d{4}`;

/** `By Shi Fang ( People's Daily ) 09:20, November 19, 2020`, `( Xinhua ) 08:16, November 13, 2020` */
const OUTLET_BYLINE = new RegExp(String.raw`^(?:By (${NAME_LIST}) ?)?\(\s*[^()\n]{2,60}?\s*\)\s*${TIMESTAMP}`, 'u');
/** `By . Daily Mail Reporter . PUBLISHED: . 01:15 EST, 30 November 2013 . | . UPDATED: . ... .` */
const DOTTED_BYLINE = /^By \. ([^.\n]{2,80}?) \.(?: (?:PUBLISHED|UPDATED|Last updated at): \. [^.\n]{4,40}? \.(?: \| \.)?)*/u;
/** `By JOHN SMITH`, `By Jane Doe and Ann Roe, Associated Press`, `By Jane Doe | Reuters` */
const PLAIN_BYLINE = new RegExp(String.raw`^By:? (${NAME_LIST})(?:(?:, | - | \| | for )[\p{Lu}][\p{L} .'’&-]{1,60})?$`, 'u');

/** Words that name a desk or an outlet rather than a person. */
const NOT_A_PERSON = /\b(?:Reporter|Correspondent|Staff|Writer|Editor|Desk|Press|Reuters|News|Agency|Online|Times|Daily|Bureau|Team)\b/;

function authorSpans(list: string, listStart: number): Span[] {
  const spans: Span[] = [];
  const separator = /, and |, | and | & /g;
  let start = 0;
  const push = (end: number) => {
    const name = list.slice(start, end);
    if (name && !NOT_A_PERSON.test(name)) spans.push({ start: listStart + start, end: listStart + end });
  };
  for (const match of list.matchAll(separator)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(list.length);
  return spans;
}

function matchWithAuthors(text: string, pattern: RegExp): BylineMatch | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const list = match[1];
  const authors = list ? authorSpans(list, text.indexOf(list, match.index)) : [];
  return { end: match.index + match[0].length, authors };
}

/**
 * Finds a byline at the start of `text`. With `wholeText`, the byline must be all of the text
 * (a byline line); without, it may be followed by more (a one-line article).
 */
export function matchByline(text: string, wholeText: boolean): BylineMatch | null {
  const outlet = matchWithAuthors(text, OUTLET_BYLINE);
  if (outlet && (!wholeText || outlet.end === text.length)) return outlet;
  const dotted = matchWithAuthors(text, DOTTED_BYLINE);
  if (dotted && (!wholeText || dotted.end === text.length)) return dotted;
  if (wholeText && text.length <= 160) return matchWithAuthors(text, PLAIN_BYLINE);
  return null;
}

/** Finds an outlet byline (`By X ( Outlet ) 09:20, November 19, 2020`) anywhere in the first part of `text`. */
export function findOutletByline(text: string, within: number): { start: number; match: BylineMatch } | null {
  const head = text.slice(0, within);
  const pattern = new RegExp(String.raw`(?:By ${NAME_LIST} ?)?\(\s*[^()\n]{2,60}?\s*\)\s*${TIMESTAMP}`, 'u');
  const found = pattern.exec(head);
  if (!found) return null;
  const match = matchByline(text.slice(found.index), false);
  return match ? { start: found.index, match } : null;
}
