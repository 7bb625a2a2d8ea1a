import type { Span } from '../model/span.js';

/**
 * A quotation found by pairing marks: `open` and `close` are the marks' spans (`close` is `null`
 * when the quotation is never closed and runs to the end of its paragraph), `content` the text
 * between them. A quotation over several paragraphs (no closing mark at the end of a paragraph,
 * a new opening mark at the start of the next) is one quotation listing every paragraph it covers.
 */
export interface Quotation {
  readonly open: Span;
  readonly close: Span | null;
  readonly content: Span;
  /** Indices into the paragraphs given to {@link findQuotations}, in order. */
  readonly paragraphs: readonly number[];
  /** `single` for a quotation in single marks that is not inside a double-marked one. */
  readonly marks: 'double' | 'single';
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  readonly span: Span;
  readonly role: Role;
}

/** Space, the start or end of the text, or a character after which a quotation may open. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:;]/;
/** Characters that may follow a closing mark. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013\-'’]/;

/**
 * Whether a character code may be a quotation mark: the ASCII ones (`"`, `'`, a backtick) or the
 * curly ones (U+2018 to U+201F). The scans over every character skip the rest by their code,
 * without making a string of each character.
 */
function mayBeMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x60 || (code >= 0x2018 && code <= 0x201f);
}

function isSpaceOrEdge(char: string | undefined, edge: RegExp): boolean {
  return char === undefined || edge.test(char);
}

/**
 * The role of a mark from its neighbours: a mark after space and before a word opens, a mark after
 * a word and before space or punctuation closes. Curly marks say which they are, but outlets use
 * `”` for both and `“` after a word too often to trust the glyph alone, so the neighbours decide
 * when they disagree with it.
 */
function roleOf(glyph: 'open' | 'close' | 'straight', before: string | undefined, after: string | undefined): Role {
  const canOpen = isSpaceOrEdge(before, OPENS_AFTER) && !isSpaceOrEdge(after, /\s/);
  const canClose = !isSpaceOrEdge(before, /\s/) && isSpaceOrEdge(after, CLOSES_BEFORE);
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return glyph === 'straight' ? 'either' : glyph;
}

/**
 * The double quotation marks of a paragraph, in order: `"`, `“`, `”`, `„`, and a pair of single
 * marks standing for a double one (`''`, `’’`, `‘‘`, two backticks), as some outlets write them.
 */
function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    if (!mayBeMark(text.charCodeAt(i))) continue;
    const char = text[i]!;
    let glyph: 'open' | 'close' | 'straight' | null = null;
    let length = 1;
    if (char === '"') glyph = 'straight';
    else if (char === '“' || char === '„' || char === '‟') glyph = 'open';
    else if (char === '”') glyph = 'close';
    else if ((char === "'" || char === '’' || char === '‘' || char === '`') && text[i + 1] === char) {
      glyph = char === '‘' || char === '`' ? 'open' : char === '’' ? 'close' : 'straight';
      length = 2;
    }
    if (glyph === null) continue;
    const before = i > from ? text[i - 1] : undefined;
    const after = i + length < to ? text[i + length] : undefined;
    marks.push({ span: { start: i, end: i + length }, role: roleOf(glyph, before, after) });
    i += length - 1;
  }
  return marks;
}

/** The first non-space offset of a paragraph. */
function firstVisible(text: string, paragraph: Span): number {
  let i = paragraph.start;
  while (i < paragraph.end && /\s/.test(text[i]!)) i++;
  return i;
}

/** The end of a paragraph with trailing space excluded. */
function lastVisible(text: string, paragraph: Span): number {
  let i = paragraph.end;
  while (i > paragraph.start && /\s/.test(text[i - 1]!)) i--;
  return i;
}

interface Open {
  readonly mark: Mark;
  readonly paragraphs: number[];
}

/**
 * Pairs the double quotation marks of the paragraphs into quotations, then finds single-marked
 * quotations outside them (headlines and some outlets use single marks as the primary ones).
 * Single marks inside a double-marked quotation are nested quotations and stay part of it.
 * Linear in the length of the text.
 */
export function findQuotations(text: string, paragraphs: readonly Span[]): Quotation[] {
  const found: Quotation[] = [];
  let open: Open | null = null;

  const finish = (close: Mark | null, endParagraph: number) => {
    if (!open) return;
    const end = close ? close.span.start : lastVisible(text, paragraphs[endParagraph]!);
    if (end > open.mark.span.end) {
      found.push({
        open: open.mark.span,
        close: close?.span ?? null,
        content: { start: open.mark.span.end, end },
        paragraphs: open.paragraphs,
        marks: 'double',
      });
    }
    open = null;
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const marks = doubleMarks(text, paragraph.start, paragraph.end);
    let k = 0;
    if (open !== null) {
      // A quotation left open at the end of the previous paragraph continues here only when this
      // paragraph opens with a quotation mark (the multi-paragraph convention); otherwise its
      // closing mark is missing and it ended with its paragraph.
      const first = marks[0];
      if (first && first.span.start === firstVisible(text, paragraph) && first.role !== 'close') {
        (open as Open).paragraphs.push(p);
        k = 1;
      } else {
        finish(null, p - 1);
      }
    }
    for (; k < marks.length; k++) {
      const mark = marks[k]!;
      if (open === null) {
        // A closing mark with nothing open is a stray (or an apostrophe pair); skip it.
        if (mark.role !== 'close') open = { mark, paragraphs: [p] };
      } else if (mark.role !== 'open') {
        finish(mark, p);
      } else if (nestedPair(marks, k)) {
        // `“... even when “your team” needs to be held accountable.”`: a quotation inside the open one,
        // in the same marks; the open one goes on past it.
        k++;
      } else {
        // Two openings in a row: the first one's closing mark is missing. It ends before this one.
        const previous: Open = open;
        found.push({
          open: previous.mark.span,
          close: null,
          content: { start: previous.mark.span.end, end: trimEnd(text, mark.span.start, previous.mark.span.end) },
          paragraphs: previous.paragraphs,
          marks: 'double',
        });
        open = { mark, paragraphs: [p] };
      }
    }
  }
  if (open !== null) finish(null, paragraphs.length - 1);

  // Both lists are in text order: one pointer hands each paragraph the double quotations it meets.
  const singles: Quotation[] = [];
  let first = 0;
  paragraphs.forEach((paragraph, p) => {
    while (first < found.length && extentEnd(found[first]!) < paragraph.start) first++;
    let last = first;
    while (last < found.length && found[last]!.open.start < paragraph.end) last++;
    singles.push(...singleQuotations(text, paragraph, p, found.slice(first, last)));
  });
  return [...found, ...singles].sort((a, b) => a.open.start - b.open.start);
}

/**
 * Whether the opening mark `marks[k]`, met while a quotation is open, opens a quotation nested in it:
 * the next two marks of the paragraph both close (the inner quotation's, then the open one's).
 */
function nestedPair(marks: readonly Mark[], k: number): boolean {
  return marks[k + 1]?.role === 'close' && marks[k + 2]?.role === 'close';
}

/** Where a quotation ends: after its closing mark, or at the end of its content. */
function extentEnd(quotation: Quotation): number {
  return quotation.close?.end ?? quotation.content.end;
}

function trimEnd(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/**
 * Quotations in single marks (`‘...’`, `'...'`) outside the double-marked ones of a paragraph.
 * An apostrophe inside a word (`don’t`, `Xinjiang’s`) never opens or closes one; an opening mark
 * must come after space and before a letter, a closing one after a non-space and before space
 * or punctuation, within the same paragraph.
 */
function singleQuotations(text: string, paragraph: Span, index: number, inside: readonly Quotation[]): Quotation[] {
  // Offsets only grow, so one pointer (`k`) says whether an offset lies in a double quotation.
  let k = 0;
  const found: Quotation[] = [];
  let openAt = -1;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (!mayBeMark(text.charCodeAt(i))) continue;
    const char = text[i]!;
    if (char !== "'" && char !== '‘' && char !== '’') continue;
    if (text[i + 1] === char || text[i - 1] === char) continue;
    while (k < inside.length && extentEnd(inside[k]!) < i) k++;
    if (k < inside.length && inside[k]!.open.start <= i) continue;
    const before = i > paragraph.start ? text[i - 1] : undefined;
    const after = i + 1 < paragraph.end ? text[i + 1] : undefined;
    const opens = char !== '’' && isSpaceOrEdge(before, OPENS_AFTER) && after !== undefined && /[\p{L}\p{N}"“$]/u.test(after);
    const closes = char !== '‘' && before !== undefined && /[^\s]/.test(before) && isSpaceOrEdge(after, /[\s.,;:!?)\]—–-]/);
    if (openAt < 0) {
      // `'90s` and `’em` are elisions, not openings: an opening mark before a digit needs a closing one later.
      if (opens) openAt = i;
    } else if (closes && i > openAt + 1) {
      // `Xinjiang’s` never reaches here; `voters’ ` does and may close early, a risk single marks carry.
      found.push({
        open: { start: openAt, end: openAt + 1 },
        close: { start: i, end: i + 1 },
        content: { start: openAt + 1, end: i },
        paragraphs: [index],
        marks: 'single',
      });
      openAt = -1;
    } else if (opens && char === '‘') {
      openAt = i;
    }
  }
  return found;
}
