// Generate realistic, valid, typed articles for your own tests, and a small fixture with overrides.
// Run: npx tsx examples/generate-fixtures.ts [seed]
import { articleFixture, generateArticle, validateArticle, type Article } from 'newsdoc';

const seed = Number(process.argv[2] ?? 1);
const article: Article = generateArticle({ seed, paragraphs: 3 });
console.log(article.text);
console.log();
console.log('people:', article.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name));
console.log('quotes:', article.quotes.map((quote) => `${quote.kind}: ${quote.speaker?.text ?? '?'} ${quote.cue?.text ?? ''}`));
console.log('valid:', validateArticle(article).ok);

// The same seed gives the same article on every machine.
console.log('deterministic:', JSON.stringify(generateArticle({ seed, paragraphs: 3 })) === JSON.stringify(article));

const fixture = articleFixture({ headline: { text: 'Council approves new bike lanes' } });
console.log('fixture headline:', fixture.headline?.text, fixture.headline?.span, 'valid:', validateArticle(fixture).ok);
