/** Markdown that plain text copied from a news page practically never contains. */
const STRONG_SIGNS: readonly RegExp[] = [
  /^#{1,6}[ \t]+\S/m, // ATX heading
  // Link and image text holds no `[`, so a run of brackets is tried once per bracket, not to the line's end.
  /!\[[^[\]\n]*\]\([^)\s]+[^)\n]*\)/, // image
  /\[[^[\]\n]+\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]*\)/, // inline link
  /^```/m, // fenced code
  /^\S[^\n]*\n(?:=+|-{3,})[ \t]*$/m, // setext heading
];

/** Markdown-looking text that also occurs in plain articles: counted, never decisive alone. */
const WEAK_SIGNS: readonly RegExp[] = [
  /\*\*[^*\n]+\*\*/, // strong emphasis
  /(?:^|\s)_[^_\n]+_(?=[\s.,;:!?]|$)/m, // underscore emphasis
  /^>[ \t]/m, // block quote
  /^[*+-][ \t]+\S[^\n]*\n[*+-][ \t]+\S/m, // two consecutive bullet items
];

/**
 * Tells Markdown from plain text. One strong sign decides; weak signs (emphasis, block quotes,
 * bullet lists) need company, so that `1. Fed raises rates` or `*Updated*` stay plain text.
 */
export function detectFormat(input: string): 'text' | 'markdown' {
  const sample = input.length > 200_000 ? input.slice(0, 200_000) : input;
  if (STRONG_SIGNS.some((sign) => sign.test(sample))) return 'markdown';
  const weak = WEAK_SIGNS.filter((sign) => sign.test(sample)).length;
  return weak >= 2 ? 'markdown' : 'text';
}
