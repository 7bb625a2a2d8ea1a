// Parse a news article copied from a web page and print what newsdoc found in it.
// Run: npx tsx examples/quick-start.ts [file]
import { readFileSync } from 'node:fs';
import { parseArticle, quotesBySpeaker } from 'newsdoc';

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

console.log('entities:', article.entities.length);
for (const entity of article.entities.filter((e) => e.type === 'person')) {
  const roles = entity.roles.map((role) => role.text).join('; ');
  console.log(`  ${entity.id} person ${entity.name}${entity.aliases.length ? ` (${entity.aliases.join(', ')})` : ''}, ${entity.mentions.length} mentions${roles ? ` — ${roles}` : ''}`);
}
for (const entity of article.entities.filter((e) => e.type !== 'person')) {
  const value = entity.type === 'date' ? ` = ${entity.value ?? 'null'}` : '';
  console.log(`  ${entity.id} ${entity.type} ${entity.name}${entity.aliases.length ? ` (${entity.aliases.join(', ')})` : ''}${value}`);
}

console.log('quotes:', article.quotes.length);
for (const { entity, quotes } of quotesBySpeaker(article)) {
  console.log(`  ${entity?.name ?? '(no entity)'}:`);
  for (const quote of quotes) {
    console.log(`    ${quote.id} ${quote.kind} [${quote.speaker?.text ?? '?'} | ${quote.cue?.text ?? '?'}] ${quote.text.slice(0, 60)}...`);
  }
}
console.log('warnings:', article.warnings.map((warning) => warning.code));
