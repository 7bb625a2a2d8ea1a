// Validate article JSON that another system sent (a CMS, a scraper, a model) and print every issue.
// Run: npx tsx examples/validate-json.ts [file.json]
import { readFileSync } from 'node:fs';
import { generateArticle, validateArticle } from 'newsdoc';

// Without a file, a generated article with two mistakes another system might make.
const value: unknown = process.argv[2]
  ? JSON.parse(readFileSync(process.argv[2], 'utf8'))
  : (() => {
      const article = structuredClone(generateArticle({ seed: 3 }));
      const mention = article.entities[0]!.mentions[0]!;
      mention.span = { start: mention.span.start, end: mention.span.end + 2 };
      article.paragraphs[0]!.index = 4;
      return article;
    })();

const result = validateArticle(value);
if (result.ok) {
  console.log(`valid: "${result.article.headline?.text}", ${result.article.paragraphs.length} paragraphs`);
} else {
  console.log(`invalid (${result.issues.length} issues):`);
  for (const issue of result.issues) console.log(`  ${issue.path}: ${issue.message} (${issue.code})`);
  if (process.argv[2]) process.exitCode = 1; // the built-in demo is invalid on purpose
}
