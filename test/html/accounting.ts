/**
 * Checks for HTML input that `test/support/invariants.ts` cannot make (it compares against the
 * input's characters, and an HTML page's tags are not text): block pieces that claim an input
 * position read exactly that input, and every word of the page's visible text is either in the
 * article or inside a `dropped-text` warning's `inputSpan`.
 */
import type { Element, Nodes } from 'hast';
import type { Article } from '../../src/index.js';
import { NEVER_TEXT } from '../../src/input/html/elements.js';
import { parseHtml } from '../../src/input/html/parse.js';
import type { SourceDocument } from '../../src/input/source.js';

/** Pieces whose `inputStart` does not point at their own text in the input. */
export function checkPiecePositions(input: string, source: SourceDocument): string[] {
  const problems: string[] = [];
  for (const [b, block] of source.blocks.entries()) {
    for (const piece of block.pieces) {
      if (piece.inputStart === null) continue;
      const slice = input.slice(piece.inputStart, piece.inputStart + piece.text.length);
      if (slice !== piece.text) problems.push(`block ${b}: piece ${JSON.stringify(piece.text)} at ${piece.inputStart} reads ${JSON.stringify(slice)}`);
    }
  }
  return problems;
}

/** Words of visible text nodes that are neither in `article.text` nor inside a `dropped-text` input span. */
export function checkHtmlAccounted(input: string, article: Article): string[] {
  const spans = article.warnings.filter((w) => w.code === 'dropped-text' && w.inputSpan).map((w) => w.inputSpan!);
  const problems: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element' && NEVER_TEXT.has((node as Element).tagName)) return;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      if (spans.some((span) => span.start <= start && end <= span.end)) return;
      for (const word of node.value.match(/\p{L}+/gu) ?? []) {
        if (!article.text.includes(word)) problems.push(`word ${JSON.stringify(word)} at ${start} is neither in the text nor reported as dropped`);
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parseHtml(input));
  return problems.slice(0, 10);
}
