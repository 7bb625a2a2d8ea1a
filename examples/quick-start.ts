// Parse a news article copied from a web page and print what newsdoc found in it.
// Run: npx tsx examples/quick-start.ts [file]
import { readFileSync } from 'node:fs';
import { parseArticle } from 'newsdoc';

const file = process.argv[2] ?? new URL('../test/fixtures/seed/input.txt', import.meta.url);
const article = parseArticle(readFileSync(file, 'utf8'));

console.log('headline:', article.headline?.text);
console.log('caption: ', article.caption?.text);
console.log('credit:  ', article.caption?.credit?.text);
console.log('byline:  ', article.byline?.authors.map((author) => author.name).join(', ') ?? null);
console.log('dateline:', article.dateline && { place: article.dateline.place, agency: article.dateline.agency });
console.log('paragraphs:', article.paragraphs.length);
for (const paragraph of article.paragraphs.slice(0, 2)) {
  console.log(`  [${paragraph.index}] ${paragraph.span.start}..${paragraph.span.end} ${paragraph.text.slice(0, 60)}...`);
}
console.log('warnings:', article.warnings.map((warning) => warning.code));
