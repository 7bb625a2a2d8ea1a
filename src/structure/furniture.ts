/**
 * Page furniture: text a copy of a news page carries that is not part of the article. It is
 * left out of `Article.text` and reported as a `dropped-text` warning, never lost silently.
 */
const FURNITURE_LINES: readonly RegExp[] = [
  /^Read (?:the rest|more|the full (?:story|article))(?: here)?\.?$/i,
  /^(?:Advertisement|ADVERTISEMENT|Story continues below(?: advertisement)?|Scroll down for video\.?)$/,
  /^(?:Share|Share this|Share this article|Share on (?:Facebook|Twitter))$/i,
  /^(?:Related|Related articles|Related coverage|Related stories|Recommended)$/i,
  /^Follow (?:us|\S+) on (?:Twitter|Facebook|Instagram)[^.\n]{0,60}\.?$/i,
  /^Sign up (?:for|to) (?:our|the) [^.\n]{0,60}newsletter[^\n]{0,40}$/i,
];

/** Trailing credits of People's Daily pages: `(Web editor: ...)`, `(For the latest China news, ...)`. */
const TRAILING_FURNITURE = /(?:\s*\((?:Web editor:|For the latest China news,)[^()]{0,200}\))+\s*$/;

/** Tells whether a whole block is page furniture. */
export function isFurnitureLine(text: string): boolean {
  return text.length <= 120 && FURNITURE_LINES.some((pattern) => pattern.test(text));
}

/** Where trailing furniture starts at the end of `text`, or `null` when there is none. */
export function findTrailingFurniture(text: string): number | null {
  // Only the tail is searched: the credits are short, and a bounded search stays linear.
  const tailStart = Math.max(0, text.length - 600);
  const match = TRAILING_FURNITURE.exec(text.slice(tailStart));
  return match ? tailStart + match.index : null;
}
