import { InputError } from '../errors/input-error.js';
import type { ResolvedParseOptions } from '../options.js';
import { detectFormat } from './detect-format.js';
import { readHtml } from './html/read-html.js';
import { readMarkdown } from './markdown.js';
import type { SourceDocument } from './source.js';
import { readPlainText } from './text.js';

/** Checks that the input can be parsed at all, and says what to do when it cannot. */
export function checkInput(input: unknown, options: ResolvedParseOptions): asserts input is string {
  if (typeof input !== 'string') {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    throw new InputError('invalid-input', `parseArticle expects the article as a string, got ${got}. Read the file as UTF-8 text first.`);
  }
  if (input.length > options.maxInputLength) {
    throw new InputError(
      'input-too-large',
      `The input is ${input.length} UTF-16 code units long, over the limit of ${options.maxInputLength}. Pass a larger options.maxInputLength if this is really one article.`,
    );
  }
  if (input.trim().length === 0) {
    throw new InputError('empty-input', 'The input is empty or only whitespace: there is no article to parse.');
  }
}

/** Reads the input in its format (detected when `auto`) into blocks with input positions. */
export function readInput(input: string, format: ResolvedParseOptions['format']): SourceDocument {
  const resolved = format === 'auto' ? detectFormat(input) : format;
  switch (resolved) {
    case 'text':
      return readPlainText(input);
    case 'markdown':
      return readMarkdown(input);
    case 'html':
      return readHtml(input);
    default:
      return resolved satisfies never;
  }
}
