import type { Article } from '../model/article.js';
import type { Span } from '../model/span.js';
import { splitSentences } from '../text/sentences.js';

/** The sentences of an article's regions, and which of them are each paragraph's. */
export interface ArticleSentences {
  /** Every region's sentences, in text order. */
  readonly sentences: readonly Span[];
  /** For each of `article.paragraphs`, its sentences: `sentences[first]` up to, not including, `sentences[end]`. */
  readonly paragraphs: readonly { readonly first: number; readonly end: number }[];
}

/**
 * The parts of the article that name things, each split into sentences: headline, deck, captions
 * and their credits, the dateline and every paragraph. (Byline authors are people by construction.)
 * Each paragraph's run of sentences is recorded, so that the quote stage can reuse them.
 */
export function articleSentences(article: Article): ArticleSentences {
  const regions: { readonly span: Span; readonly paragraph: number }[] = [];
  const add = (span: Span, paragraph = -1) => regions.push({ span, paragraph });
  if (article.headline) add(article.headline.span);
  if (article.subheadline) add(article.subheadline.span);
  for (const caption of article.captions) {
    add(caption.span);
    if (caption.credit) add(caption.credit.span);
  }
  if (article.dateline) add(article.dateline.span);
  article.paragraphs.forEach((paragraph, index) => add(paragraph.span, index));
  regions.sort((a, b) => a.span.start - b.span.start);
  const sentences: Span[] = [];
  const paragraphs = article.paragraphs.map(() => ({ first: 0, end: 0 }));
  for (const { span, paragraph } of regions) {
    const first = sentences.length;
    if (span.end > span.start) {
      // A loop rather than a spread: a long one-line article is one paragraph of many sentences.
      for (const sentence of splitSentences(article.text.slice(span.start, span.end), span.start)) sentences.push(sentence);
    }
    if (paragraph >= 0) paragraphs[paragraph] = { first, end: sentences.length };
  }
  return { sentences, paragraphs };
}
