import type { Article } from '../model/article.js';
import type { Quote } from '../model/quote.js';
import type { Span } from '../model/span.js';
import type { ParagraphReading } from '../text/paragraph-reading.js';
import { findQuotes } from './find-quotes.js';
import { SpeakerResolver } from './resolve-speaker.js';

function blockOf(text: string, span: Span) {
  return { text: text.slice(span.start, span.end), span: { start: span.start, end: span.end } };
}

/**
 * The quote stage: finds every attribution in the article's paragraphs (direct, indirect and
 * mixed), with its cue and speaker, and links each speaker to the entity it refers to.
 *
 * @param readings The article's paragraphs as the entity stage split and tokenized them, if it did.
 */
export function addQuotes(article: Article, readings?: readonly ParagraphReading[] | null): Article {
  const { text } = article;
  const found = findQuotes(
    text,
    article.paragraphs.map((paragraph) => paragraph.span),
    readings,
  );
  const resolver = new SpeakerResolver(text, article.entities);
  // Speakers resolve in the order they are written, so a pronoun refers back to the last one.
  const entityIds = new Map<number, string | null>();
  found
    .map((quote, index) => ({ quote, index }))
    .filter(({ quote }) => quote.speaker !== null)
    .sort((a, b) => a.quote.speaker!.start - b.quote.speaker!.start)
    .forEach(({ quote, index }) => entityIds.set(index, resolver.resolve(quote.speaker!)));
  // Literals rather than spreads of `blockOf`: spreading an object costs several times as much.
  const quotes = found.map((quote, index): Quote => {
    const { content, speaker } = quote;
    return {
      id: `q${index + 1}`,
      kind: quote.kind,
      text: text.slice(content.start, content.end),
      span: { start: content.start, end: content.end },
      cue: quote.cue ? blockOf(text, quote.cue) : null,
      speaker: speaker
        ? { text: text.slice(speaker.start, speaker.end), span: { start: speaker.start, end: speaker.end }, entityId: entityIds.get(index) ?? null }
        : null,
      paragraphs: quote.paragraphs.map((position) => article.paragraphs[position]!.index),
    };
  });
  return { ...article, quotes };
}
