/**
 * `npm run eval`: measures the parser against the real articles in `../shared/corpora/articles`
 * and prints one Markdown table (aligned, so it also reads as plain text), then writes the numbers
 * to `reports/eval-latest.json` for comparison over time.
 *
 * The evaluation is a list of sections; each gets the parsed corpus and returns its table rows,
 * notes to print under the table, and a JSON object. Later sections (PolNeAR quotes, CoNLL
 * entities) are added to `SECTIONS`.
 */
import { WARNING_CODES, parseArticle, type Article } from '../src/index.js';
import { checkCoverage, checkInputAccounted, checkSpans } from '../test/support/invariants.js';
import {
  ARTICLES_DIR,
  REPO_ROOT,
  articlesAvailable,
  formatTable,
  fraction,
  gitRevision,
  loadCorpus,
  writeReport,
  type CorpusArticle,
} from './lib/corpus.js';
import { polnearSection } from './eval/polnear.js';
import { runConll } from './eval/conll.js';
import { syntheticSection } from './eval/synthetic.js';
import { aebSection } from './eval/aeb.js';

/** An article of the corpus with what the parser made of it (or the error it threw). */
interface Parsed {
  readonly entry: CorpusArticle;
  readonly article: Article | null;
  readonly error: string | null;
}

interface EvalContext {
  readonly parsed: readonly Parsed[];
}

interface SectionResult {
  /** Rows of `[metric, subset, result]`; the section title fills the first column. */
  readonly rows: readonly (readonly [string, string, string])[];
  /** Lines printed under the table (mismatch lists and the like). */
  readonly notes: readonly string[];
  readonly json: Record<string, unknown>;
}

interface Section {
  readonly id: string;
  readonly title: string;
  run(context: EvalContext): SectionResult;
}

const MAX_NOTE_LINES = 20;

/** Caps a list of note lines, saying how many were left out. */
function capped(lines: readonly string[], max = MAX_NOTE_LINES): string[] {
  return lines.length <= max ? [...lines] : [...lines.slice(0, max), `... and ${lines.length - max} more`];
}

function ratio(n: number, total: number): number | null {
  return total === 0 ? null : n / total;
}

/** Whitespace collapsed and trimmed, curly quotes made straight, en and em dashes made hyphens. */
function normalizeHeadline(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const headlineSection: Section = {
  id: 'headline',
  title: 'Headline',
  run({ parsed }) {
    const withHeadline = parsed.filter((p) => p.entry.headline !== null);
    const agrees = (p: Parsed) =>
      p.article?.headline != null && normalizeHeadline(p.article.headline.text) === normalizeHeadline(p.entry.headline ?? '');
    const subsets = {
      headline_first: withHeadline.filter((p) => p.entry.layout === 'headline_first'),
      one_line: withHeadline.filter((p) => p.entry.layout === 'one_line'),
      overall: withHeadline,
    };
    const json: Record<string, unknown> = {};
    const rows: [string, string, string][] = [];
    for (const [name, subset] of Object.entries(subsets)) {
      const n = subset.filter(agrees).length;
      json[name] = { agree: n, total: subset.length, rate: ratio(n, subset.length) };
      // The bar for articles whose first line is the headline is 98%.
      const bar = name === 'headline_first' ? ` ${(ratio(n, subset.length) ?? 0) >= 0.98 ? 'meets' : 'BELOW'} bar 98%` : '';
      rows.push(['agreement', name === 'one_line' ? 'one_line with a headline' : name, `${fraction(n, subset.length)}${bar}`]);
    }
    const without = parsed.filter((p) => p.entry.headline === null);
    const foundAnyway = without.filter((p) => p.article?.headline != null).length;
    rows.push(['found where source has none', without.map((p) => p.entry.source).filter((s, i, all) => all.indexOf(s) === i).join(', '), fraction(foundAnyway, without.length)]);
    json.foundWhereSourceHasNone = { found: foundAnyway, total: without.length };
    const mismatches = withHeadline
      .filter((p) => !agrees(p))
      .map((p) => `- ${p.entry.name}: expected ${JSON.stringify(p.entry.headline)}, got ${p.error ? `error ${p.error}` : JSON.stringify(p.article?.headline?.text ?? null)}`);
    json.mismatches = mismatches.length;
    return { rows, notes: mismatches.length > 0 ? ['Headline mismatches:', ...capped(mismatches)] : [], json };
  },
};

/** Recall of caption, byline and dateline against the INDEX.tsv flags (heuristics, not truth). */
const structureSection: Section = {
  id: 'structure',
  title: 'Structure',
  run({ parsed }) {
    const kinds = {
      caption: (a: Article) => a.captions.length > 0 || a.caption !== null,
      byline: (a: Article) => a.byline !== null,
      dateline: (a: Article) => a.dateline !== null,
    } as const;
    const rows: [string, string, string][] = [];
    const json: Record<string, unknown> = {};
    for (const [kind, found] of Object.entries(kinds)) {
      const flagged = parsed.filter((p) => p.entry.flags[kind as keyof typeof kinds]);
      const unflagged = parsed.filter((p) => !p.entry.flags[kind as keyof typeof kinds]);
      const hits = flagged.filter((p) => p.article && found(p.article)).length;
      const extra = unflagged.filter((p) => p.article && found(p.article)).length;
      rows.push([kind, 'recall where flagged', fraction(hits, flagged.length)]);
      rows.push([kind, 'found where unflagged', fraction(extra, unflagged.length)]);
      json[kind] = { recall: { found: hits, total: flagged.length }, foundWhereUnflagged: { found: extra, total: unflagged.length } };
    }
    return { rows, notes: [], json };
  },
};

/** How many articles pass each invariant of `test/support/invariants.ts`. */
const invariantsSection: Section = {
  id: 'invariants',
  title: 'Invariants',
  run({ parsed }) {
    const checks = {
      'spans exact': (article: Article) => checkSpans(article),
      'full coverage': (article: Article) => checkCoverage(article),
      'input accounted for': (article: Article, input: string) => checkInputAccounted(input, article, 'text'),
    } as const;
    const rows: [string, string, string][] = [];
    const notes: string[] = [];
    const json: Record<string, unknown> = {};
    for (const [name, check] of Object.entries(checks)) {
      const failures = parsed.flatMap((p) => {
        const problems = p.article ? check(p.article, p.entry.text) : [`parse error: ${p.error}`];
        return problems.length > 0 ? [`- ${name}: ${p.entry.name}: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`] : [];
      });
      const passed = parsed.length - failures.length;
      rows.push([name, 'all articles', fraction(passed, parsed.length)]);
      json[name] = { passed, total: parsed.length };
      if (failures.length > 0) notes.push(`First failures, ${name}:`, ...capped(failures, 5));
    }
    return { rows, notes, json };
  },
};

/** Warnings by code, every known code listed (a zero is news too), plus parse errors. */
const warningsSection: Section = {
  id: 'warnings',
  title: 'Warnings',
  run({ parsed }) {
    const counts: Record<string, number> = Object.fromEntries(WARNING_CODES.map((code) => [code, 0]));
    for (const p of parsed) for (const warning of p.article?.warnings ?? []) counts[warning.code] = (counts[warning.code] ?? 0) + 1;
    const errors = parsed.filter((p) => p.error !== null).length;
    const rows: [string, string, string][] = Object.entries(counts).map(([code, n]) => [code, 'all articles', String(n)]);
    rows.push(['parse errors (thrown)', 'all articles', String(errors)]);
    return { rows, notes: [], json: { ...counts, parseErrors: errors } };
  },
};

/** Quotes on PolNeAR dev (issue 4): newsdoc against the compromise and regex baselines. */
const quotesSection: Section = { id: 'quotes', title: 'Quotes (PolNeAR dev)', run: () => polnearSection() };

/** Entities on CoNLL-2003 dev: the built-in recognizer against the compromise baseline (see scripts/eval/conll.ts). */
const entitiesSection: Section = { id: 'entities', title: 'Entities (CoNLL-2003 dev)', run: () => runConll() };

/** Generated articles (issue 5): how much of what generateArticle wrote the parser reads back. */
const generatedSection: Section = { id: 'synthetic', title: 'Generated articles', run: () => syntheticSection() };

/** HTML input (issue 6) on the Article Extraction Benchmark: article body P/R/F1 (see scripts/eval/aeb.ts). */
const aebHtmlSection: Section = { id: 'aeb', title: 'HTML body (AEB)', run: () => aebSection() };

const SECTIONS: readonly Section[] = [
  headlineSection,
  structureSection,
  invariantsSection,
  warningsSection,
  quotesSection,
  entitiesSection,
  generatedSection,
  aebHtmlSection,
];

function parseAll(corpus: readonly CorpusArticle[]): Parsed[] {
  return corpus.map((entry) => {
    try {
      return { entry, article: parseArticle(entry.text, { format: 'text' }), error: null };
    } catch (error) {
      return { entry, article: null, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  });
}

function main(): void {
  const print = (text: string) => process.stdout.write(`${text}\n`);
  if (!articlesAvailable()) {
    print(`eval: ${ARTICLES_DIR} is absent (../shared is not beside the repository); nothing to evaluate.`);
    return;
  }
  const corpus = loadCorpus();
  const started = performance.now();
  const context: EvalContext = { parsed: parseAll(corpus) };
  const parseMs = performance.now() - started;

  const rows: string[][] = [];
  const notes: string[] = [];
  const sections: Record<string, unknown> = {};
  for (const section of SECTIONS) {
    const result = section.run(context);
    rows.push(...result.rows.map(([metric, subset, value]) => [section.title, metric, subset, value]));
    notes.push(...result.notes);
    sections[section.id] = result.json;
  }

  print(`newsdoc eval: ${corpus.length} articles from ../shared/corpora/articles (parsed in ${parseMs.toFixed(0)} ms)\n`);
  print(formatTable(['Section', 'Metric', 'Subset', 'Result'], rows));
  if (notes.length > 0) print(`\n${notes.join('\n')}`);

  const path = writeReport('eval-latest.json', {
    timestamp: new Date().toISOString(),
    git: gitRevision(),
    corpus: { articles: corpus.length },
    sections,
  });
  print(`\nWrote ${path.replace(REPO_ROOT, '')}`);
}

main();
