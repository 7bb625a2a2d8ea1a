/**
 * A sign of Markdown: its pattern, and pieces of text of which every match holds one (none when
 * no piece is worth it). Most inputs hold none of the pieces, and `includes` rules them out for a
 * fraction of a regex's scan (the setext heading's was half of telling the seed's format).
 */
interface Sign {
  readonly pattern: RegExp;
  readonly holds?: readonly string[];
}

/** Markdown that plain text copied from a news page practically never contains. */
const STRONG_SIGNS: readonly Sign[] = [
  { pattern: /^#{1,6}[ \t]+\S/m }, // ATX heading
  // Link and image text holds no `[`, so a run of brackets is tried once per bracket, not to the line's end.
  { pattern: /!\[[^[\]\n]*\]\([^)\s]+[^)\n]*\)/ }, // image
  { pattern: /\[[^[\]\n]+\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]*\)/, holds: [']('] }, // inline link
  { pattern: /^```/m }, // fenced code
  { pattern: /^\S[^\n]*\n(?:=+|-{3,})[ \t]*$/m, holds: ['\n=', '\n---'] }, // setext heading
];

/** Markdown-looking text that also occurs in plain articles: counted, never decisive alone. */
const WEAK_SIGNS: readonly Sign[] = [
  { pattern: /\*\*[^*\n]+\*\*/ }, // strong emphasis
  { pattern: /(?:^|\s)_[^_\n]+_(?=[\s.,;:!?]|$)/m, holds: ['_'] }, // underscore emphasis
  { pattern: /^>[ \t]/m }, // block quote
  { pattern: /^[*+-][ \t]+\S[^\n]*\n[*+-][ \t]+\S/m }, // two consecutive bullet items
];

function shows(sign: Sign, sample: string): boolean {
  if (sign.holds && !sign.holds.some((piece) => sample.includes(piece))) return false;
  return sign.pattern.test(sample);
}

/** How an HTML document opens: a doctype, `<html>`, `<head>` or `<body>`, after any comments. */
const HTML_DOCUMENT = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
/** Block tags of article markup: a fragment made mostly of these is HTML. */
const BLOCK_TAG = /<\/?(?:p|div|article|section|h[1-6]|blockquote|figure|figcaption|ul|ol|li|main|header|footer|table|tr|td)(?:\s[^<>]*)?>/gi;

/**
 * Whether the input is HTML: it opens as an HTML document does, or it opens with a block tag and
 * its markup is mostly block tags (`<p>`, `<article>`, `<h1>`) with at least two of them. A
 * stray `<b>` or `<br>` in plain text is not enough.
 */
function isHtml(sample: string): boolean {
  if (HTML_DOCUMENT.test(sample)) return true;
  if (!/^\uFEFF?\s*</.test(sample)) return false;
  const blockTags = sample.match(BLOCK_TAG)?.length ?? 0;
  const allTags = sample.match(/<\/?[A-Za-z][^<>]*>/g)?.length ?? 0;
  return blockTags >= 2 && blockTags * 2 >= allTags;
}

/**
 * Tells HTML, Markdown and plain text apart. HTML needs strong signs (see `isHtml`). For Markdown
 * one strong sign decides; weak signs (emphasis, block quotes, bullet lists) need company, so
 * that `1. Fed raises rates` or `*Updated*` stay plain text.
 */
export function detectFormat(input: string): 'text' | 'markdown' | 'html' {
  const sample = input.length > 200_000 ? input.slice(0, 200_000) : input;
  if (isHtml(sample)) return 'html';
  if (STRONG_SIGNS.some((sign) => shows(sign, sample))) return 'markdown';
  const weak = WEAK_SIGNS.filter((sign) => shows(sign, sample)).length;
  return weak >= 2 ? 'markdown' : 'text';
}
