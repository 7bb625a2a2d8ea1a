import type { Article } from '../model/article.js';
import type { Span } from '../model/span.js';
import { splitSentences } from '../text/sentences.js';

/**
 * The parts of the article that name things, each split into sentences: headline, deck, captions
 * and their credits, the dateline and every paragraph. (Byline authors are people by construction.)
 */
export function sentencesOf(article: Article): Span[] {
  const regions: Span[] = [];
  if (article.headline) regions.push(article.headline.span);
  if (article.subheadline) regions.push(article.subheadline.span);
  for (const caption of article.captions) {
    regions.push(caption.span);
    if (caption.credit) regions.push(caption.credit.span);
  }
  if (article.dateline) regions.push(article.dateline.span);
  for (const paragraph of article.paragraphs) regions.push(paragraph.span);
  regions.sort((a, b) => a.start - b.start);
  return regions.flatMap((region) =>
    region.end > region.start ? splitSentences(article.text.slice(region.start, region.end), region.start) : [],
  );
}
