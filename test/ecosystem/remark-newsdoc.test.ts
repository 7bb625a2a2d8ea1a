import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type RemarkNewsdocOptions, remarkNewsdoc } from '../../src/ecosystem/remark-newsdoc.js';
import { type Article, isNewsdocError, parseArticle } from '../../src/index.js';

/** A compiler that writes nothing, so that `process` runs the whole pipeline. */
const noCompiler: Plugin = function () {
  this.compiler = () => '';
};

const fixture = (name: string, file: string) => readFileSync(new URL(`../fixtures/${name}/${file}`, import.meta.url), 'utf8');

describe('remarkNewsdoc', () => {
  it('puts the article on file.data.article, as parseArticle builds it', async () => {
    const input = fixture('markdown-article', 'input.md');
    const file = await unified().use(remarkParse).use(remarkNewsdoc).use(noCompiler).process(input);
    expectTypeOf(file.data.article).toEqualTypeOf<Article | undefined>();
    expect(file.data.article).toEqual(parseArticle(input, { format: 'markdown' }));
    expect(file.data.article?.headline?.text).toBe('Council votes to expand bike lanes');
  });

  it('takes the options of parseArticle', () => {
    expectTypeOf<RemarkNewsdocOptions['format']>().toEqualTypeOf<'auto' | 'text' | 'markdown' | 'html' | undefined>();
    expectTypeOf<RemarkNewsdocOptions>().toHaveProperty('publishedAt');
    expectTypeOf<RemarkNewsdocOptions>().toHaveProperty('recognizer');
  });

  it('passes its options to parseArticle', async () => {
    const input = '# Storm hits coast\n\nMIAMI (AP) — A storm hit the coast on Monday, Gov. Ana Ruiz said.\n';
    const processor = unified().use(remarkParse).use(remarkNewsdoc, { publishedAt: '2026-11-25', quotes: false });
    const file = new VFile(input);
    await processor.run(processor.parse(file), file);
    expect(file.data.article).toEqual(parseArticle(input, { format: 'markdown', publishedAt: '2026-11-25', quotes: false }));
    expect(file.data.article?.entities.find((entity) => entity.name === 'Monday')).toMatchObject({ value: '2026-11-23' });
    expect(file.data.article?.quotes).toEqual([]);
  });

  it('reports warnings as vfile messages with place, ruleId and source', async () => {
    const input = fixture('markdown-article', 'input.md');
    const file = new VFile({ path: 'article.md', value: input });
    const processor = unified().use(remarkParse).use(remarkNewsdoc);
    await processor.run(processor.parse(file), file);
    const warning = file.data.article?.warnings[0];
    expect(warning?.code).toBe('dropped-markup');
    expect(file.messages).toHaveLength(1);
    const [message] = file.messages;
    expect(message).toMatchObject({
      reason: warning?.message,
      ruleId: 'dropped-markup',
      source: 'newsdoc',
      fatal: false,
      file: 'article.md',
      place: { start: { line: 3, column: 1, offset: 38 }, end: { line: 3, column: 67, offset: 104 } },
    });
    // The place is the input span: line 3 is the Markdown image, dropped because it has no text of its own.
    expect(input.slice(38, 104)).toBe('![A cyclist rides along Main Street](https://example.com/bike.jpg)');
    expect(String(message)).toBe(`article.md:3:1-3:67: ${warning?.message}`);
  });

  it('counts lines and columns across CRLF line endings', async () => {
    const input = '# Storm hits coast\r\n\r\nMIAMI (AP) — A storm hit the coast.\r\n\r\nRead the rest here.\r\n';
    const file = new VFile(input);
    const processor = unified().use(remarkParse).use(remarkNewsdoc);
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((m) => [m.ruleId, m.place])).toEqual([
      ['dropped-text', { start: { line: 5, column: 1, offset: 61 }, end: { line: 5, column: 20, offset: 80 } }],
    ]);
    expect(input.slice(61, 80)).toBe('Read the rest here.');
  });

  it('locates warnings that only have a span in the article text when their text is in the file', async () => {
    const input = fixture('peoplesdaily-one-line', 'input.txt');
    const file = new VFile(input);
    const processor = unified().use(remarkParse).use(remarkNewsdoc);
    await processor.run(processor.parse(file), file);
    const article = file.data.article!;
    const lost = article.warnings.find((w) => w.code === 'lost-paragraph-breaks');
    expect(lost?.span).toBeDefined();
    const message = file.messages.find((m) => m.ruleId === 'lost-paragraph-breaks');
    const place = message?.place as { start: { offset: number }; end: { offset: number } } | undefined;
    expect(place).toBeDefined();
    // The located range of the one-line input is the span's text, with the recovered breaks undone.
    const claimed = article.text.slice(lost!.span!.start, lost!.span!.end);
    const located = input.slice(place!.start.offset, place!.end.offset);
    expect(located.replace(/\s+/g, ' ')).toBe(claimed.replace(/\s+/g, ' '));
    expect(message?.place).toMatchObject({ start: { line: 1 }, end: { line: 1 } });
  });

  it('gives warnings with no span a message with no place', async () => {
    const file = new VFile('# One\n\n# Two\n\nA storm hit the coast on Monday.\n');
    const processor = unified().use(remarkParse).use(remarkNewsdoc);
    await processor.run(processor.parse(file), file);
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]).toMatchObject({ ruleId: 'ambiguous-headline', source: 'newsdoc', place: undefined });
  });

  it('reads plain-text files when asked to', async () => {
    const input = fixture('seed', 'input.txt');
    const file = new VFile(input);
    const processor = unified().use(remarkParse).use(remarkNewsdoc, { format: 'text' });
    await processor.run(processor.parse(file), file);
    expect(file.data.article).toEqual(parseArticle(input, { format: 'text' }));
    expect(file.messages).toEqual([]);
  });

  it('fails the file with a fatal message when the input cannot be parsed', async () => {
    const file = new VFile('   \n');
    const processor = unified().use(remarkParse).use(remarkNewsdoc);
    await expect(processor.run(processor.parse(file), file)).rejects.toMatchObject({
      fatal: true,
      ruleId: 'empty-input',
      source: 'newsdoc',
    });
    expect(file.data.article).toBeUndefined();
  });

  it('validates its options when the processor is frozen', () => {
    const bad = unified().use(remarkParse).use(remarkNewsdoc, { fromat: 'text' } as never);
    expect(() => bad.freeze()).toThrow(/^options: Unrecognized key: "fromat"$/);
    try {
      unified().use(remarkParse).use(remarkNewsdoc, { maxInputLength: -1 }).freeze();
      expect.unreachable();
    } catch (error) {
      expect(isNewsdocError(error) && error.code).toBe('invalid-option');
    }
  });
});
