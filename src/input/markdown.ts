import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { makeBlock, type BlockHint, type DroppedInput, type SourceBlock, type SourceDocument, type TextPiece } from './source.js';

const markdownParser = unified().use(remarkParse);

function startOf(node: Nodes): number | null {
  return node.position?.start.offset ?? null;
}

/** The text inside raw HTML, without tags, comments, scripts and styles. */
function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Raw HTML in Markdown: its text is article text and is kept (`<p>Hello</p>` gives `Hello`); HTML
 * with no text (`<div class="ad"></div>`, comments) is left out and reported.
 */
function keepHtmlText(node: Nodes & { value: string }, pieces: TextPiece[], dropped: DroppedInput[] | null): void {
  const text = htmlText(node.value);
  if (text) pieces.push({ text, inputStart: null });
  else if (dropped) dropMarkup(node, dropped);
}

function dropMarkup(node: Nodes, dropped: DroppedInput[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  dropped.push({ inputStart: start, inputEnd: end, reason: 'markup', text: 'value' in node ? String(node.value) : '' });
}

/** Collects the text of phrasing content with emphasis and links removed, keeping input positions. */
function collectPhrasing(nodes: readonly PhrasingContent[], pieces: TextPiece[], dropped: DroppedInput[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        // Soft line breaks become spaces of the same length, so positions stay exact.
        pieces.push({ text: node.value.replace(/[\r\n]/g, ' '), inputStart: startOf(node) });
        break;
      case 'break':
        pieces.push({ text: ' ', inputStart: null });
        break;
      case 'image':
      case 'imageReference': {
        const alt = toString(node);
        if (alt) pieces.push({ text: alt, inputStart: null });
        else dropMarkup(node, dropped);
        break;
      }
      case 'html':
        // Inline tags (`<b>`, `</b>`, `<br>`) only format; they are not worth a warning each.
        keepHtmlText(node, pieces, null);
        break;
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) collectPhrasing(node.children, pieces, dropped);
    }
  }
}

/** Trims whitespace at both ends of the pieces, keeping positions. */
function trimPieces(pieces: readonly TextPiece[]): TextPiece[] {
  const out = pieces.map((piece) => ({ ...piece }));
  while (out.length > 0) {
    const first = out[0]!;
    const trimmed = first.text.replace(/^\s+/, '');
    if (trimmed.length === 0) { out.shift(); continue; }
    const cut = first.text.length - trimmed.length;
    out[0] = { text: trimmed, inputStart: first.inputStart === null ? null : first.inputStart + cut };
    break;
  }
  while (out.length > 0) {
    const last = out.at(-1)!;
    const trimmed = last.text.replace(/\s+$/, '');
    if (trimmed.length === 0) { out.pop(); continue; }
    out[out.length - 1] = { text: trimmed, inputStart: last.inputStart };
    break;
  }
  return out;
}

function isImageOnly(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.every((child) =>
    child.type === 'image' || child.type === 'imageReference' || (child.type === 'text' && child.value.trim() === ''));
}

/** A paragraph that is all emphasis, as a caption set under an image is. */
function isEmphasisOnly(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.length > 0 && node.children.every((child) =>
    child.type === 'emphasis' || child.type === 'strong' || (child.type === 'text' && child.value.trim() === ''));
}

interface Reader {
  readonly blocks: SourceBlock[];
  readonly dropped: DroppedInput[];
}

function pushPhrasing(reader: Reader, children: readonly PhrasingContent[], hint: BlockHint): void {
  const pieces: TextPiece[] = [];
  collectPhrasing(children, pieces, reader.dropped);
  const trimmed = trimPieces(pieces);
  if (trimmed.length > 0) reader.blocks.push(makeBlock(trimmed, hint));
}

function readChildren(reader: Reader, parent: Parent, hint: BlockHint): void {
  let image: { node: RootContent; blockCount: number } | null = null;
  for (const node of parent.children as RootContent[]) {
    const isCaptionUnderImage = image !== null && isEmphasisOnly(node);
    const captionHint: BlockHint = isCaptionUnderImage ? 'image-caption' : hint;
    if (image && isCaptionUnderImage && image.blockCount === reader.blocks.length - 1) {
      // The caption under an image says what its alt text says, better: the alt text is markup.
      reader.blocks.pop();
      dropMarkup(image.node, reader.dropped);
    }
    image = null;
    switch (node.type) {
      case 'heading':
        pushPhrasing(reader, node.children, node.depth === 1 ? 'heading-1' : 'heading');
        break;
      case 'paragraph':
        if (isImageOnly(node)) {
          pushPhrasing(reader, node.children, 'image-caption');
          image = { node, blockCount: reader.blocks.length - 1 };
        } else {
          pushPhrasing(reader, node.children, captionHint);
        }
        break;
      case 'blockquote':
        readChildren(reader, node, 'blockquote');
        break;
      case 'list':
        for (const item of node.children) readChildren(reader, item, 'list-item');
        break;
      case 'code': {
        const start = startOf(node);
        const text = node.value.replace(/\s+$/, '');
        if (text) reader.blocks.push(makeBlock([{ text: text.replace(/[\r\n]/g, ' '), inputStart: null }], 'code'));
        void start;
        break;
      }
      case 'html': {
        const pieces: TextPiece[] = [];
        keepHtmlText(node, pieces, reader.dropped);
        if (pieces.length > 0) reader.blocks.push(makeBlock(pieces, hint));
        break;
      }
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) => toString(cell)).filter(Boolean);
          if (cells.length > 0) reader.blocks.push(makeBlock([{ text: cells.join(' | '), inputStart: null }], hint));
        }
        break;
      default:
        if ('children' in node) readChildren(reader, node as Parent, hint);
    }
  }
}

/**
 * Reads Markdown through unified + remark-parse: headings, paragraphs, block quotes, list items and
 * image captions become blocks; emphasis, links and other markup are removed from the text.
 */
export function readMarkdown(input: string): SourceDocument {
  const tree = markdownParser.parse(input) as Root;
  const reader: Reader = { blocks: [], dropped: [] };
  readChildren(reader, tree, 'line');
  return { blocks: reader.blocks, dropped: reader.dropped, hardWrapped: false };
}
