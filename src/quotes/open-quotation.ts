import type { Span } from '../model/span.js';
import type { Quotation } from './quote-marks.js';
import { firstNotBefore } from '../text/search.js';

/**
 * `Brooks said the tone “was because ... themselves. And I think ... I don’t think.”`: reported
 * speech is read sentence by sentence, but a quotation it opens may run over several sentences.
 * The report goes on to the quotation's closing mark (on PolNeAR train the annotators end it there).
 *
 * @param text The article's text.
 * @param quotations All quotations of the text, in the order they open.
 * @returns `content` ending at the closing mark of the last double-marked quotation it opens and
 *   does not close (within one paragraph), or `content` itself.
 */
export function throughOpenQuotation(text: string, quotations: readonly Quotation[], content: Span): Span {
  // The quotations opening inside the content are a run from `first`; the last one that is still
  // open at the content's end is the one the report goes into.
  const first = firstNotBefore(quotations, (quotation) => quotation.open.start < content.start);
  let open: Quotation | null = null;
  for (let i = first; i < quotations.length && quotations[i]!.open.start < content.end; i++) {
    const quotation = quotations[i]!;
    if (quotation.marks === 'double' && quotation.close && quotation.paragraphs.length === 1 && quotation.content.end > content.end) open = quotation;
  }
  if (!open) return content;
  // Without the commas and stops before the closing mark, as the reader trims its contents.
  let end = open.content.end;
  while (end > content.end && /[\s,.;:—–-]/.test(text[end - 1]!)) end--;
  return { start: content.start, end };
}
