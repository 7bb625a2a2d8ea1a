/**
 * Invariants every parsed article must satisfy, whatever the input: spans are exact, every word
 * of the text belongs to exactly one structural element, and nothing of the input is lost without
 * a `dropped-text` warning saying so. Pure functions returning a list of problems (empty = fine),
 * used by `test/corpus.test.ts` and by `scripts/eval.ts`.
 */
import { ArticleSchema, type Article, type Caption, type Span } from '../../src/index.js';

const WORD_CHAR = /[\p{L}\p{N}]/gu;
const MAX_PROBLEMS = 20;

interface Located {
  readonly path: string;
  readonly text: string;
  readonly span: Span;
}

/** Every element of the article that claims a piece of `text`, with its JSON path. */
function locatedElements(article: Article): Located[] {
  const out: Located[] = [];
  const add = (path: string, text: string, span: Span) => out.push({ path, text, span });
  const addCaption = (path: string, caption: Caption) => {
    add(path, caption.text, caption.span);
    if (caption.credit) add(`${path}.credit`, caption.credit.text, caption.credit.span);
  };
  if (article.headline) add('headline', article.headline.text, article.headline.span);
  if (article.subheadline) add('subheadline', article.subheadline.text, article.subheadline.span);
  if (article.caption) addCaption('caption', article.caption);
  article.captions.forEach((caption, i) => addCaption(`captions[${i}]`, caption));
  if (article.byline) {
    add('byline', article.byline.text, article.byline.span);
    article.byline.authors.forEach((author, i) => add(`byline.authors[${i}]`, author.name, author.span));
  }
  if (article.dateline) add('dateline', article.dateline.text, article.dateline.span);
  article.paragraphs.forEach((paragraph, i) => add(`paragraphs[${i}]`, paragraph.text, paragraph.span));
  article.quotes.forEach((quote, i) => {
    add(`quotes[${i}]`, quote.text, quote.span);
    if (quote.cue) add(`quotes[${i}].cue`, quote.cue.text, quote.cue.span);
    if (quote.speaker) add(`quotes[${i}].speaker`, quote.speaker.text, quote.speaker.span);
  });
  article.entities.forEach((entity, i) =>
    entity.mentions.forEach((mention, j) => add(`entities[${i}].mentions[${j}]`, mention.text, mention.span)),
  );
  return out;
}

function preview(text: string, max = 50): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 3)}...` : text);
}

function inBounds(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

/**
 * Checks that every span lies within `article.text` and reads exactly the element's text (or
 * name), and that `ArticleSchema` accepts the article. Checked here independently of the schema's
 * own rules, so that a bug in one does not hide a bug in the other.
 */
export function checkSpans(article: Article): string[] {
  const problems: string[] = [];
  const length = article.text.length;
  for (const { path, text, span } of locatedElements(article)) {
    if (!inBounds(span, length)) {
      problems.push(`${path}: span ${span.start}..${span.end} is out of bounds (text length ${length})`);
    } else if (article.text.slice(span.start, span.end) !== text) {
      problems.push(`${path}: span ${span.start}..${span.end} reads ${preview(article.text.slice(span.start, span.end))}, element says ${preview(text)}`);
    }
  }
  article.warnings.forEach((warning, i) => {
    if (warning.span && !inBounds(warning.span, length)) {
      problems.push(`warnings[${i}] (${warning.code}): span ${warning.span.start}..${warning.span.end} is out of bounds (text length ${length})`);
    }
  });
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`schema: ${issue.path.join('.')}: ${issue.message}`);
  }
  return problems.slice(0, MAX_PROBLEMS);
}

/** Compresses positions into ranges `start..end`, each with a preview, for a short report. */
function describeRanges(text: string, positions: readonly number[], label: string): string[] {
  const problems: string[] = [];
  let i = 0;
  while (i < positions.length && problems.length < MAX_PROBLEMS) {
    const start = positions[i]!;
    let end = start + 1;
    // Merge positions separated only by characters that need no covering (spaces, punctuation).
    while (i + 1 < positions.length && !/[\p{L}\p{N}]/u.test(text.slice(end, positions[i + 1]!))) {
      i += 1;
      end = positions[i]! + 1;
    }
    problems.push(`${label} ${start}..${end}: ${preview(text.slice(start, end))}`);
    i += 1;
  }
  return problems;
}

/** The spans a caption claims: its own and its credit's (the credit may lie inside or beside it). */
function captionSpans(caption: Caption): Span[] {
  return caption.credit ? [caption.span, caption.credit.span] : [caption.span];
}

/**
 * Checks that every letter or digit of `article.text` lies in exactly one structural element:
 * the headline, subheadline, a caption (with its credit), the byline, the dateline or a paragraph.
 * Spacing and punctuation between elements (the parentheses around a credit) may lie outside.
 * The lead `caption` is one of `captions`, so it is counted once. The dateline may lie inside the
 * first paragraph, since the model describes it as opening that paragraph.
 */
export function checkCoverage(article: Article): string[] {
  const { text } = article;
  const owners = new Uint8Array(text.length);
  const claim = (spans: readonly Span[]) => {
    // A caption and its credit are one element: a character in both counts once.
    const mine = new Set<number>();
    for (const span of spans) {
      for (let i = Math.max(0, span.start); i < Math.min(text.length, span.end); i += 1) mine.add(i);
    }
    for (const i of mine) owners[i] = Math.min(255, owners[i]! + 1);
  };
  const problems: string[] = [];
  if (article.headline) claim([article.headline.span]);
  if (article.subheadline) claim([article.subheadline.span]);
  for (const caption of article.captions) claim(captionSpans(caption));
  const lead = article.caption;
  if (lead && !article.captions.some((c) => c.span.start === lead.span.start && c.span.end === lead.span.end)) {
    problems.push(`caption ${lead.span.start}..${lead.span.end} is not one of captions[]`);
    claim(captionSpans(lead));
  }
  if (article.byline) claim([article.byline.span]);
  const first = article.paragraphs[0];
  const dateline = article.dateline;
  const datelineInFirst = dateline && first && dateline.span.start >= first.span.start && dateline.span.end <= first.span.end;
  if (dateline && !datelineInFirst) claim([dateline.span]);
  for (const paragraph of article.paragraphs) claim([paragraph.span]);

  const uncovered: number[] = [];
  const doubled: number[] = [];
  for (const match of text.matchAll(WORD_CHAR)) {
    const count = owners[match.index]!;
    if (count === 0) uncovered.push(match.index);
    else if (count > 1) doubled.push(match.index);
  }
  problems.push(...describeRanges(text, uncovered, 'not in any element:'));
  problems.push(...describeRanges(text, doubled, 'in more than one element:'));
  return problems.slice(0, MAX_PROBLEMS);
}

/** Merges ranges into sorted, disjoint ones. */
function mergeRanges(ranges: readonly Span[]): Span[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** The letters and digits of `text` outside `removed`, each with its offset in `text`. */
function wordChars(text: string, removed: readonly Span[] = []): { char: string; at: number }[] {
  const out: { char: string; at: number }[] = [];
  let r = 0;
  for (const match of text.matchAll(WORD_CHAR)) {
    while (r < removed.length && removed[r]!.end <= match.index) r += 1;
    const range = removed[r];
    if (range && match.index >= range.start) continue;
    out.push({ char: match[0], at: match.index });
  }
  return out;
}

/** Every character that is not white space, outside the removed ranges, with its offset. */
function* nonSpaceChars(text: string, removed: readonly Span[]): Generator<{ char: string; at: number }> {
  let r = 0;
  for (const match of text.matchAll(/\S/gu)) {
    while (r < removed.length && removed[r]!.end <= match.index) r += 1;
    const range = removed[r];
    if (range && match.index >= range.start) continue;
    yield { char: match[0], at: match.index };
  }
}

function context(text: string, at: number): string {
  return preview(text.slice(Math.max(0, at - 25), at + 25), 60);
}

/** The `inputSpan`s of warnings with the given codes, checking that they lie within the input. */
function warnedInputRanges(input: string, article: Article, codes: readonly string[], problems: string[]): Span[] {
  const ranges: Span[] = [];
  article.warnings.forEach((warning, i) => {
    if (!codes.includes(warning.code)) return;
    if (!warning.inputSpan) {
      if (warning.code === 'dropped-text') problems.push(`warnings[${i}] (dropped-text) has no inputSpan`);
    } else if (!inBounds(warning.inputSpan, input.length)) {
      problems.push(`warnings[${i}] (${warning.code}): inputSpan ${warning.inputSpan.start}..${warning.inputSpan.end} is out of bounds (input length ${input.length})`);
    } else {
      ranges.push(warning.inputSpan);
    }
  });
  return mergeRanges(ranges);
}

/** Markdown constructs whose words are not article text: tags, comments, URLs, link destinations, definitions. */
const MARKDOWN_NON_TEXT: readonly RegExp[] = [
  /<!--[\s\S]*?-->/g, // HTML comment
  /<\/?[A-Za-z][^<>]*>/g, // HTML tag (and autolink)
  /\]\(\s*<?[^)\s>]*>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, // inline link/image destination and title
  /\]\[[^\]]*\]/g, // reference link label
  /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, // link reference definition
  /^ {0,3}(?:`{3,}|~{3,})[^\n]*$/gm, // code fence and its info string
  /\b(?:https?|ftp|mailto):[^\s<>()[\]]*/gi, // bare URL
  /\bwww\.[^\s<>()[\]]*/gi,
  /&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);/g, // character reference (`&amp;` is not the word "amp")
];

const NAMED_REFERENCES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes numeric and the common named character references, so `&#233;` counts as `é`. */
function decodeReferences(text: string): string {
  return text.replace(/&(?:#([0-9]+)|#[xX]([0-9A-Fa-f]+)|([A-Za-z][A-Za-z0-9]*));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[name ?? ''] ?? whole;
  });
}

/** Replaces the matches of `MARKDOWN_NON_TEXT` with spaces, keeping offsets. */
function blankMarkdownNonText(input: string): string {
  let out = input;
  for (const pattern of MARKDOWN_NON_TEXT) out = out.replace(pattern, (match) => ' '.repeat(match.length));
  return out;
}

/**
 * Checks that nothing of the input was lost silently. Removing the `inputSpan`s of `dropped-text`
 * warnings from the input must leave exactly the letters and digits of `article.text`, in order
 * (format `'text'`). Markdown is checked leniently, since markup letters (`&amp;`, link URLs) are
 * legitimately gone: the text's letters and digits must be a subsequence of the input's, and every
 * word of the input outside URLs, link destinations, HTML tags and `dropped-markup` ranges must
 * appear in the text, in order.
 */
export function checkInputAccounted(input: string, article: Article, format: 'text' | 'markdown'): string[] {
  const problems: string[] = [];
  const dropped = warnedInputRanges(input, article, ['dropped-text'], problems);
  const produced = wordChars(article.text);

  if (format === 'text') {
    // Plain text: every character but white space is kept, in order (not only letters and digits).
    const keptAll = [...nonSpaceChars(input, dropped)];
    const producedAll = [...nonSpaceChars(article.text, [])];
    const first = keptAll.findIndex((entry, i) => producedAll[i]?.char !== entry.char);
    if (first >= 0 || producedAll.length !== keptAll.length) {
      const i = first >= 0 ? first : Math.min(keptAll.length, producedAll.length);
      problems.push(
        `characters diverge after ${i} matching: input at ${keptAll[i]?.at ?? input.length} ${context(input, keptAll[i]?.at ?? input.length)} vs text at ${producedAll[i]?.at ?? article.text.length} ${context(article.text, producedAll[i]?.at ?? article.text.length)}`,
      );
      return problems;
    }
    const kept = wordChars(input, dropped);
    const length = Math.min(kept.length, produced.length);
    let i = 0;
    while (i < length && kept[i]!.char === produced[i]!.char) i += 1;
    if (i < kept.length || i < produced.length) {
      const inputAt = kept[i]?.at ?? input.length;
      const textAt = produced[i]?.at ?? article.text.length;
      problems.push(
        `letters/digits diverge after ${i} matching: input at ${inputAt} ${context(input, inputAt)} vs text at ${textAt} ${context(article.text, textAt)}`,
      );
    }
    return problems;
  }

  // Markdown, part 1: every letter or digit of the text comes from the input, in order. Offsets in
  // messages are those of the input with dropped text removed and character references decoded.
  let keptText = '';
  let from = 0;
  for (const range of dropped) {
    keptText += `${input.slice(from, range.start)} `;
    from = range.end;
  }
  const decoded = decodeReferences(keptText + input.slice(from));
  const available = wordChars(decoded);
  let k = 0;
  for (const [i, { char, at }] of produced.entries()) {
    while (k < available.length && available[k]!.char !== char) k += 1;
    if (k === available.length) {
      problems.push(`text letter ${i} at ${at} ${context(article.text, at)} is not in the input (after what matched the text before it)`);
      break;
    }
    k += 1;
  }
  // Part 2: every word of the input that is article text appears in the text, in order. Words are
  // found as substrings, so that intraword emphasis (`foo*bar*`) still matches `foobar`.
  const ignored = [...dropped, ...warnedInputRanges(input, article, ['dropped-markup'], problems)];
  let blanked = blankMarkdownNonText(input);
  for (const range of ignored) blanked = blanked.slice(0, range.start) + ' '.repeat(range.end - range.start) + blanked.slice(range.end);
  let cursor = 0;
  for (const match of blanked.matchAll(/\p{L}+/gu)) {
    const found = article.text.indexOf(match[0], cursor);
    if (found < 0) {
      problems.push(`input word ${JSON.stringify(match[0])} at ${match.index} ${context(input, match.index)} is missing from the text after offset ${cursor} ${context(article.text, cursor)}`);
      break;
    }
    cursor = found + match[0].length;
  }
  return problems;
}
