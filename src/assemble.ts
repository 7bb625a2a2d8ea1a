import type { DroppedInput } from './input/source.js';
import type { Article } from './model/article.js';
import type { Span } from './model/span.js';
import type { Caption, Paragraph } from './model/structure.js';
import { SCHEMA_VERSION } from './model/version.js';
import type { Warning } from './model/warning.js';
import type { LaidBlock, Layout } from './structure/laid-block.js';

/** Blocks are separated by a blank line in `Article.text`, as in the plain text people copy. */
const BLOCK_SEPARATOR = '\n\n';

function blockOf(text: string, span: Span) {
  return { text: text.slice(span.start, span.end), span };
}

function shifted(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

function droppedWarning(dropped: DroppedInput): Warning {
  const what =
    dropped.reason === 'furniture' ? 'page furniture' : dropped.reason === 'boilerplate' ? 'page text around the article' : 'markup without text';
  const preview = dropped.text.length > 50 ? `${dropped.text.slice(0, 47)}...` : dropped.text;
  return {
    code: dropped.reason === 'markup' ? 'dropped-markup' : 'dropped-text',
    message: `Left out ${what} at ${dropped.inputStart}..${dropped.inputEnd} of the input${preview ? `: ${JSON.stringify(preview)}` : ''}`,
    inputSpan: { start: dropped.inputStart, end: dropped.inputEnd },
  };
}

/**
 * Joins the laid-out blocks into `Article.text` and turns every block-local span into a span
 * of that text. Quotes and entities are filled by later stages.
 */
export function assembleArticle(layout: Layout): Article {
  const text = layout.blocks.map((laid) => laid.block.text).join(BLOCK_SEPARATOR);
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    text,
    headline: null,
    caption: null,
    captions: [],
    byline: null,
    dateline: null,
    paragraphs: [],
    quotes: [],
    entities: [],
    warnings: [],
  };
  const blockStarts: number[] = [];
  let offset = 0;
  let seenBody = false;
  for (const laid of layout.blocks) {
    blockStarts.push(offset);
    placeBlock(article, laid, offset, seenBody);
    if (laid.role === 'paragraph') seenBody = true;
    offset += laid.block.text.length + BLOCK_SEPARATOR.length;
  }
  blockStarts.push(text.length + BLOCK_SEPARATOR.length);
  for (const warning of layout.warnings) {
    const range = warning.blocks;
    const span =
      range && range.to > range.from
        ? { start: blockStarts[range.from]!, end: blockStarts[range.to]! - BLOCK_SEPARATOR.length }
        : undefined;
    article.warnings.push(span ? { code: warning.code, message: warning.message, span } : { code: warning.code, message: warning.message });
  }
  article.warnings.push(...layout.dropped.map(droppedWarning));
  return article;
}

function placeBlock(article: Article, laid: LaidBlock, offset: number, seenBody: boolean): void {
  const text = article.text;
  const whole = { start: offset, end: offset + laid.block.text.length };
  switch (laid.role) {
    case 'headline':
      if (article.headline === null) article.headline = blockOf(text, whole);
      else addParagraph(article, whole);
      return;
    case 'subheadline':
      article.subheadline = blockOf(text, whole);
      return;
    case 'caption': {
      const caption: Caption = {
        ...blockOf(text, shifted(laid.caption, offset)),
        credit: laid.credit ? blockOf(text, shifted(laid.credit, offset)) : null,
      };
      article.captions.push(caption);
      if (article.caption === null && (!seenBody || article.captions.length === 1)) article.caption = caption;
      return;
    }
    case 'byline':
      if (article.byline === null) {
        article.byline = {
          ...blockOf(text, whole),
          authors: laid.authors.map((author) => {
            const span = shifted(author, offset);
            return { name: text.slice(span.start, span.end), span };
          }),
        };
      } else {
        addParagraph(article, whole);
      }
      return;
    case 'paragraph': {
      let start = whole.start;
      if (laid.dateline && article.dateline === null) {
        const span = { start: offset, end: offset + laid.dateline.end };
        article.dateline = { ...blockOf(text, span), place: laid.dateline.place, agency: laid.dateline.agency, date: laid.dateline.date };
        start = skipSpace(text, span.end, whole.end);
      }
      if (start < whole.end) addParagraph(article, { start, end: whole.end });
      return;
    }
    default:
      laid satisfies never;
  }
}

function addParagraph(article: Article, span: Span): void {
  const paragraph: Paragraph = { index: article.paragraphs.length, ...blockOf(article.text, span) };
  article.paragraphs.push(paragraph);
}
