import { NewsdocError } from '../errors/newsdoc-error.js';
import type { Article } from '../model/article.js';
import type { Quote } from '../model/quote.js';
import type { Dateline, Paragraph } from '../model/structure.js';
import { SCHEMA_VERSION } from '../model/version.js';
import { BodyWriter, type QuoteDraft } from './body.js';
import { drawCast } from './cast.js';
import type { EntityRef } from './entity-registry.js';
import { writeByline, writeCaption, writeDateline, writeHeadline } from './front-matter.js';
import { GenerateOptionsSchema, type GenerateOptions, type ResolvedGenerateOptions } from './options.js';
import { createRandom } from './random.js';
import { ArticleWriter } from './writer.js';

/** Blocks are separated by a blank line, as `parseArticle` lays out `article.text` (see `assemble.ts`). */
const BLOCK_SEPARATOR = '\n\n';

function resolveOptions(options: GenerateOptions): ResolvedGenerateOptions {
  const result = GenerateOptionsSchema.safeParse(options);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `options.${issue.path.join('.')}` : 'options';
    throw new NewsdocError('invalid-option', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  return Object.freeze(result.data);
}

function toQuotes(drafts: readonly QuoteDraft[], idOf: ((ref: EntityRef) => string | null) | null): Quote[] {
  return [...drafts]
    .sort((a, b) => a.content.span.start - b.content.span.start)
    .map((draft, i) => ({
      id: `q${i + 1}`,
      kind: draft.kind,
      text: draft.content.text,
      span: draft.content.span,
      cue: draft.cue,
      speaker: {
        text: draft.speaker.block.text,
        span: draft.speaker.block.span,
        entityId: draft.speaker.person && idOf ? idOf(draft.speaker.person) : null,
      },
      paragraphs: [draft.paragraph],
    }));
}

/**
 * Generates a realistic news article from a seed: caption and credit, headline, byline, a dateline
 * opening the lead, paragraphs with direct, reported and mixed quotes whose speakers are linked
 * to person entities, and the people, organizations, places and dates mentioned, every mention
 * located. The text is written piece by piece and every span taken as it is written, so that text
 * and spans agree by construction; the article passes `validateArticle`, and `parseArticle` reads
 * its text back to the same headline and paragraphs.
 *
 * Deterministic: the same options give the same article on every machine (a seeded generator,
 * built-in vocabulary, no locale). Each part draws from its own stream, so turning the caption,
 * byline or dateline off leaves the other parts' texts unchanged.
 *
 * Annotation conventions, which follow the parser's: a direct quote's text is everything between
 * its quotation marks; a reported quote's text includes a leading `that`; a speaker is the phrase
 * as written (`Foreign Ministry spokesman Wang Jun`, later `Wang`), and `officials` names no
 * entity; entities are annotated in the caption, headline, dateline and paragraphs, not in the
 * byline or the credit (the model holds those as `byline.authors` and `caption.credit`).
 *
 * @param options - `seed` (required) and which parts to write; see {@link GenerateOptions}.
 * @returns A valid {@link Article}.
 * @throws {@link NewsdocError} with code `invalid-option` when an option is not valid.
 *
 * @example
 * ```ts
 * import { generateArticle, parseArticle } from 'newsdoc';
 *
 * const article = generateArticle({ seed: 7, paragraphs: 5 });
 * article.paragraphs.length; // 5
 * article.text.slice(article.headline!.span.start, article.headline!.span.end) === article.headline!.text; // true
 * parseArticle(article.text).headline?.text === article.headline?.text; // true
 *
 * const bare = generateArticle({ seed: 7, caption: false, byline: false, quotes: false });
 * bare.caption; // null
 * bare.quotes; // []
 * ```
 */
export function generateArticle(options: GenerateOptions): Article {
  const resolved = resolveOptions(options);
  const stream = (name: string) => createRandom(resolved.seed, name);
  const cast = drawCast(stream('cast'));
  const writer = new ArticleWriter(cast);
  let blocks = 0;
  const block = <T>(write: () => T): T => {
    if (blocks++ > 0) writer.write(BLOCK_SEPARATOR);
    return write();
  };

  const caption = resolved.caption ? block(() => writeCaption(writer, stream('caption'))) : null;
  const headline = block(() => writeHeadline(writer, stream('headline')));
  const byline = resolved.byline ? block(() => writeByline(writer, stream('byline'))) : null;

  const body = new BodyWriter(writer, stream('body'));
  const count = resolved.paragraphs ?? stream('size').int(4, 8);
  const paragraphs: Paragraph[] = [];
  let dateline: Dateline | null = null;
  for (let index = 0; index < count; index++) {
    const paragraph = block(() => {
      if (index === 0 && resolved.dateline) {
        dateline = writeDateline(writer, stream('dateline'));
        writer.write(' ');
      }
      const start = writer.builder.offset;
      if (index === 0) body.lead(index, resolved.quotes);
      else body.paragraph(index, resolved.quotes);
      return writer.builder.blockFrom(start);
    });
    paragraphs.push({ index, ...paragraph });
  }

  const { entities, idOf } = writer.registry.toEntities();
  return {
    schemaVersion: SCHEMA_VERSION,
    text: writer.builder.text,
    headline,
    caption,
    captions: caption ? [caption] : [],
    byline,
    dateline,
    paragraphs,
    quotes: toQuotes(body.quotes, resolved.entities ? idOf : null),
    entities: resolved.entities ? entities : [],
    warnings: [],
  };
}
