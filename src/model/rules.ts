import type { ArticleShape } from './article-shape.js';
import { DOUBLE_QUOTATION_MARK, QUOTATION_MARK, QUOTING_MARK } from '../text/quotation-marks.js';
import type { Span } from './span.js';

/** A broken rule of the model: where it is (a JSON path) and what is wrong. */
export interface RuleViolation {
  readonly rule: RuleCode;
  readonly path: (string | number)[];
  readonly message: string;
}

/** Stable codes of the rules that JSON Schema cannot express. */
export type RuleCode =
  | 'span-out-of-bounds'
  | 'span-text-mismatch'
  | 'paragraph-index'
  | 'paragraph-order'
  | 'duplicate-id'
  | 'unresolved-reference'
  | 'paragraph-reference'
  | 'quote-kind';

/** The rules JSON Schema cannot express, as documented in the generated schema's description. */
export const RULES_DESCRIPTION =
  'Rules this JSON Schema cannot express, which only newsdoc checks (validateArticle, assertArticle, ArticleSchema): ' +
  'every span lies within text and text.slice(span.start, span.end) equals the element\'s text (or name); ' +
  'paragraphs are numbered 0..n-1 in order, sorted by position and non-overlapping; ' +
  'quote ids and entity ids are unique; every speaker.entityId names an entity; ' +
  'every quote paragraph index names a paragraph; ' +
  "a direct quote's span opens right after a quotation mark, a mixed quote's content holds one and an indirect quote's holds no double quotation mark.";

interface Located {
  readonly path: (string | number)[];
  readonly text: string;
  readonly span: Span;
}

function locatedElements(article: ArticleShape): Located[] {
  const located: Located[] = [];
  const add = (path: (string | number)[], text: string, span: Span) => located.push({ path, text, span });
  if (article.headline) add(['headline'], article.headline.text, article.headline.span);
  if (article.subheadline) add(['subheadline'], article.subheadline.text, article.subheadline.span);
  const addCaption = (path: (string | number)[], caption: NonNullable<ArticleShape['caption']>) => {
    add(path, caption.text, caption.span);
    if (caption.credit) add([...path, 'credit'], caption.credit.text, caption.credit.span);
  };
  if (article.caption) addCaption(['caption'], article.caption);
  article.captions.forEach((caption, i) => addCaption(['captions', i], caption));
  if (article.byline) {
    add(['byline'], article.byline.text, article.byline.span);
    article.byline.authors.forEach((author, i) => add(['byline', 'authors', i], author.name, author.span));
  }
  if (article.dateline) add(['dateline'], article.dateline.text, article.dateline.span);
  article.paragraphs.forEach((paragraph, i) => add(['paragraphs', i], paragraph.text, paragraph.span));
  article.quotes.forEach((quote, i) => {
    add(['quotes', i], quote.text, quote.span);
    if (quote.cue) add(['quotes', i, 'cue'], quote.cue.text, quote.cue.span);
    if (quote.speaker) add(['quotes', i, 'speaker'], quote.speaker.text, quote.speaker.span);
  });
  article.entities.forEach((entity, i) => {
    entity.mentions.forEach((mention, j) => add(['entities', i, 'mentions', j], mention.text, mention.span));
    if (entity.type === 'person') entity.roles.forEach((role, j) => add(['entities', i, 'roles', j], role.text, role.span));
  });
  return located;
}

function describe(path: (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** What the element at a path is called in a message: `the mention`, `the speaker`, `the headline`. */
function noun(path: readonly (string | number)[]): string {
  const NOUNS: Readonly<Record<string, string>> = {
    mentions: 'mention', roles: 'role', authors: "author's name", paragraphs: 'paragraph', captions: 'caption',
    quotes: 'quote', cue: 'cue', speaker: 'speaker', credit: 'credit', headline: 'headline', subheadline: 'subheadline',
    caption: 'caption', byline: 'byline', dateline: 'dateline',
  };
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  return `the ${(key && NOUNS[key]) ?? 'element'}`;
}

function preview(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

function checkSpans(article: ArticleShape, violations: RuleViolation[]): void {
  const length = article.text.length;
  for (const { path, text, span } of locatedElements(article)) {
    if (span.end > length || span.start > span.end) {
      violations.push({
        rule: 'span-out-of-bounds',
        path: [...path, 'span'],
        message: `span ${span.start}..${span.end} of ${describe(path)} lies outside the text (length ${length})`,
      });
      continue;
    }
    const actual = article.text.slice(span.start, span.end);
    if (actual !== text) {
      violations.push({
        rule: 'span-text-mismatch',
        path: [...path, 'span'],
        message: `span ${span.start}..${span.end} of ${describe(path)} reads ${preview(actual)} but ${noun(path)} says ${preview(text)}`,
      });
    }
  }
  article.warnings.forEach((warning, i) => {
    if (warning.span && (warning.span.end > length || warning.span.start > warning.span.end)) {
      violations.push({
        rule: 'span-out-of-bounds',
        path: ['warnings', i, 'span'],
        message: `span ${warning.span.start}..${warning.span.end} of warnings[${i}] lies outside the text (length ${length})`,
      });
    }
  });
}

function checkParagraphs(article: ArticleShape, violations: RuleViolation[]): void {
  let previousEnd = 0;
  article.paragraphs.forEach((paragraph, i) => {
    if (paragraph.index !== i) {
      violations.push({
        rule: 'paragraph-index',
        path: ['paragraphs', i, 'index'],
        message: `paragraphs[${i}] has index ${paragraph.index}; paragraphs are numbered in order from 0`,
      });
    }
    if (paragraph.span.start < previousEnd) {
      violations.push({
        rule: 'paragraph-order',
        path: ['paragraphs', i, 'span'],
        message: `paragraphs[${i}] starts at ${paragraph.span.start}, before the previous paragraph ends at ${previousEnd}`,
      });
    }
    previousEnd = Math.max(previousEnd, paragraph.span.end);
  });
}

function checkUniqueIds(
  items: readonly { id: string }[],
  collection: 'quotes' | 'entities',
  violations: RuleViolation[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      violations.push({
        rule: 'duplicate-id',
        path: [collection, i, 'id'],
        message: `${collection}[${i}] repeats the id ${JSON.stringify(item.id)}`,
      });
    }
    seen.add(item.id);
  });
  return seen;
}

function checkReferences(article: ArticleShape, violations: RuleViolation[]): void {
  checkUniqueIds(article.quotes, 'quotes', violations);
  const entityIds = checkUniqueIds(article.entities, 'entities', violations);
  article.quotes.forEach((quote, i) => {
    const entityId = quote.speaker?.entityId;
    if (entityId != null && !entityIds.has(entityId)) {
      violations.push({
        rule: 'unresolved-reference',
        path: ['quotes', i, 'speaker', 'entityId'],
        message: `quotes[${i}].speaker.entityId ${JSON.stringify(entityId)} names no entity`,
      });
    }
    quote.paragraphs.forEach((index, j) => {
      if (index >= article.paragraphs.length) {
        violations.push({
          rule: 'paragraph-reference',
          path: ['quotes', i, 'paragraphs', j],
          message: `quotes[${i}].paragraphs[${j}] is ${index}, but the article has ${article.paragraphs.length} paragraphs`,
        });
      }
    });
  });
}


/** The kind of a quote agrees with the quotation marks: that is what the kinds mean. */
function checkQuoteKinds(article: ArticleShape, violations: RuleViolation[]): void {
  article.quotes.forEach((quote, i) => {
    const { start, end } = quote.span;
    if (end > article.text.length || start > end) return; // reported as out of bounds
    const content = article.text.slice(start, end);
    const problem =
      quote.kind === 'direct' && !QUOTATION_MARK.test(article.text.charAt(start - 1))
        ? 'is direct, but its span does not open right after a quotation mark'
        : quote.kind === 'mixed' && !QUOTING_MARK.test(content)
          ? 'is mixed, but its content holds no quotation mark'
          : quote.kind === 'indirect' && DOUBLE_QUOTATION_MARK.test(content)
            ? 'is indirect, but its content holds a quotation mark (a quote with a quoted fragment is mixed)'
            : null;
    if (problem) violations.push({ rule: 'quote-kind', path: ['quotes', i, 'kind'], message: `quotes[${i}] ${problem}` });
  });
}

/** Checks the rules of the model that JSON Schema cannot express; returns every violation found. */
export function checkArticleRules(article: ArticleShape): RuleViolation[] {
  const violations: RuleViolation[] = [];
  checkSpans(article, violations);
  checkParagraphs(article, violations);
  checkReferences(article, violations);
  checkQuoteKinds(article, violations);
  return violations;
}
