/**
 * Writes `src/quotes/cues.generated.ts`, the cue lexicon, from the cues annotated in PolNeAR train
 * (`../shared/corpora/polnear/polnear-train.jsonl`). Only cue words and their counts are kept,
 * never article text. Run with `node --import tsx scripts/build-cues.ts`.
 *
 * For every cue phrase (a contiguous annotated cue, lower-cased) it records how often the
 * phrase is annotated, how often the phrase occurs in the text at all and is part of an
 * annotated cue there (its precision as a cue), and on which side of the cue the content lies.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CUE_CONTEXTS, cueContextOf, type CueContext } from '../src/quotes/cue-context.js';
import { findQuotations } from '../src/quotes/quote-marks.js';
import { tokenize } from '../src/text/tokens.js';
import { STANCE_ADJECTIVES, STANCE_PREPOSITIONS } from './lib/stance-adjectives.js';

const TRAIN = fileURLToPath(new URL('../../shared/corpora/polnear/polnear-train.jsonl', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../src/quotes/cues.generated.ts', import.meta.url));

/** A phrase must be annotated this often, and be a cue this often where it occurs, to be a reliable cue. */
const MIN_COUNT = 3;
const MIN_PRECISION = 0.2;
/**
 * Rarer or less precise phrases are kept as candidates only: the classifier of
 * `scripts/train-cues.ts` decides in context whether they are cues, and the readers of direct
 * quotes never see them. On a held-out fifth of train, adding them (2 and 0.1) gained about one
 * point of overlap F1; taking all phrases annotated once only let the classifier memorize them
 * (but see {@link ONCE_PRECISION}). Once the verbs annotated once were candidates too, a precision
 * of 0.2 rather than 0.1 raised overlap F1 from 80.42 to 80.49 and exact F1 from 58.86 to 59.01
 * (23 fewer spurious readings; 0.15 gained less).
 */
const CANDIDATE_COUNT = 2;
const CANDIDATE_PRECISION = 0.2;
/**
 * A verb form annotated once (`castigated`, `extols`, `retorted`), alone or with its particle
 * (`railed against`, `lashed out`), is a candidate too when it is a cue at least this often where
 * it occurs: PolNeAR's cues have a long tail of such words, each of them rare. On the held-out
 * fifth of train the verb forms alone raised overlap F1 from 80.01 to 80.33 and exact F1 from
 * 58.76 to 58.78, and with their particles to 80.42 and 58.86; taking every one-word phrase so
 * annotated gained overlap (80.46) but lost exact matches (58.69), and every phrase of two words
 * lost more of them (58.42).
 */
const ONCE_PRECISION = 0.5;
const VERB_FORM = /^\p{Ll}+(?:ed|s|ing)(?: (?:at|against|on|about|over|out|back|up|off|to|with|for))?$/u;

/**
 * Whether a phrase is a verb form (with its particle) that train annotates once and seldom uses
 * otherwise. A verb that is a cue alone (`called`, `pledged`) keeps its particle out: the longer
 * phrase would hide it from the readers that take what follows it (`called out his rival`,
 * `pledged to put ...`). `annotatedAlone` is how often train annotates a one-word phrase.
 */
function isVerbSeenOnce(s: { phrase: string; annotated: number; precision: number }, annotatedAlone: (word: string) => number): boolean {
  if (s.annotated !== 1 || s.precision < ONCE_PRECISION || !VERB_FORM.test(s.phrase)) return false;
  const space = s.phrase.indexOf(' ');
  return space < 0 || annotatedAlone(s.phrase.slice(0, space)) < CANDIDATE_COUNT;
}

const MAX_TOKENS = 4;
/** How many occurrences the phrase's overall precision weighs as in each context. */
const CONTEXT_WEIGHT = 4;

interface Segment {
  start: number;
  end: number;
  text: string;
}
interface Attribution {
  source: Segment[] | null;
  cue: Segment[] | null;
  content: Segment[] | null;
}
interface PolnearArticle {
  text: string;
  attributions: Attribution[];
}

interface Stats {
  annotated: number;
  contentAfter: number;
  occurrences: number;
  asCue: number;
  /** Occurrences and cue occurrences by the context of the word before. */
  byContext: Map<CueContext, { occurrences: number; asCue: number }>;
}

function phraseOf(text: string): string {
  return tokenize(text)
    .map((token) => token.text.toLowerCase().replace(/’/g, "'"))
    .join(' ');
}

/** What a curated verb that train never uses is assumed to be: a fair cue whose content follows it. */
const CURATED_PRECISION = 0.5;
const CURATED_CONTENT_AFTER = 0.8;
/**
 * How often a phrase must be a cue where it occurs for its inflections that train never has to be
 * cues too (`conceded` -> `concedes`). On the held-out fifth of train these raised overlap F1 from
 * 79.82 to 79.92 (7 more matches, no more spurious); from any reliable phrase, 1.4 times as many
 * forms gained one match more and one spurious reading more.
 */
const STRONG_CUE_PRECISION = 0.5;

/** The share of a stance adjective's attributions whose content follows it, when train annotates it only inside longer phrases. */
const STANCE_CONTENT_AFTER = 0.9;

/** Reporting and stance verbs (base forms), beside the ones train annotates. */
const REPORTING_VERBS = [
  'say', 'tell', 'add', 'state', 'declare', 'announce', 'claim', 'assert', 'insist', 'maintain', 'argue', 'contend',
  'comment', 'remark', 'observe', 'note', 'explain', 'reply', 'respond', 'retort', 'answer', 'acknowledge', 'admit',
  'concede', 'confirm', 'deny', 'reveal', 'disclose', 'report', 'write', 'tweet', 'post', 'blog', 'recall', 'recount',
  'warn', 'caution', 'urge', 'caution', 'predict', 'forecast', 'estimate', 'suggest', 'propose', 'recommend', 'advise',
  'promise', 'pledge', 'vow', 'swear', 'threaten', 'boast', 'brag', 'complain', 'lament', 'grumble', 'protest', 'object',
  'allege', 'accuse', 'charge', 'blame', 'criticize', 'criticise', 'condemn', 'denounce', 'slam', 'blast', 'decry',
  'praise', 'hail', 'applaud', 'commend', 'thank', 'congratulate', 'defend', 'question', 'ask', 'inquire', 'wonder',
  'believe', 'think', 'feel', 'hope', 'fear', 'worry', 'expect', 'doubt', 'suspect', 'conclude', 'find', 'determine',
  'estimate', 'calculate', 'agree', 'disagree', 'emphasize', 'emphasise', 'stress', 'underscore', 'reiterate', 'repeat',
  'mention', 'indicate', 'signal', 'hint', 'imply', 'concur', 'testify', 'affirm', 'reaffirm', 'assure', 'reassure',
  'remind', 'inform', 'notify', 'tout', 'trumpet', 'quip', 'joke', 'muse', 'scoff', 'sneer', 'snap', 'shout', 'yell',
  'scream', 'whisper', 'mutter', 'exclaim', 'declaim', 'proclaim', 'pronounce', 'opine', 'posit', 'speculate',
  'surmise', 'guess', 'reckon', 'figure', 'acknowledge', 'concede', 'counter', 'rebut', 'dispute', 'challenge',
  'reject', 'dismiss', 'demand', 'request', 'plead', 'beg', 'implore', 'stipulate', 'specify', 'clarify', 'elaborate',
  'testify', 'attest', 'certify', 'contend', 'charge', 'mock', 'ridicule', 'lambaste', 'berate', 'chide', 'scold',
];

/** Verbs of more than one syllable whose last consonant doubles (`admitted`, `regretting`). */
const DOUBLING = new Set(['admit', 'commit', 'submit', 'omit', 'permit', 'regret', 'rebut', 'refer', 'prefer', 'confer', 'infer', 'deter', 'compel', 'repel', 'control', 'patrol', 'abet', 'forget', 'occur', 'concur', 'equip']);

/** The forms of an English verb from its base: `stress` -> `stresses`, `stressed`, `stressing`. */
function verbForms(base: string): string[] {
  const doubles = /[^aeiou][aeiou][bdgklmnprt]$/.test(base) && (base.length <= 4 || DOUBLING.has(base));
  const stem = doubles ? base + base.at(-1)! : base;
  let third: string;
  let past: string;
  let participle: string;
  if (/[^aeiou]y$/.test(base)) {
    third = `${base.slice(0, -1)}ies`;
    past = `${base.slice(0, -1)}ied`;
    participle = `${base}ing`;
  } else if (/e$/.test(base)) {
    third = `${base}s`;
    past = `${base}d`;
    // `agree` -> `agreeing`, `note` -> `noting`.
    participle = /(?:ee|ye|oe)$/.test(base) ? `${base}ing` : `${base.slice(0, -1)}ing`;
  } else {
    third = /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`;
    past = `${stem}ed`;
    participle = `${stem}ing`;
  }
  return [base, third, past, participle];
}

/**
 * The bases an inflected word may come from (`warned`: `warn`, `warne`): guesses, some of them
 * wrong, which is harmless because a guessed form is kept only when train shows it as a cue.
 */
function possibleBases(word: string): string[] {
  const bases = new Set<string>();
  const add = (base: string) => {
    if (base.length >= 3) bases.add(base);
  };
  if (/ie[sd]$/.test(word)) add(`${word.slice(0, -3)}y`);
  else if (/(?:ss|sh|ch|x|z|o)es$/.test(word)) add(word.slice(0, -2));
  else if (/[^su]s$/.test(word) && !/[^s]ss$/.test(word)) add(word.slice(0, -1));
  for (const suffix of ['ed', 'ing']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    add(stem);
    add(`${stem}e`);
    // `admitted` -> `admit`.
    if (/([bdgklmnprt])\1$/.test(stem)) add(stem.slice(0, -1));
  }
  if (bases.size === 0) add(word);
  return [...bases];
}

/** The other forms of an English verb beside `word` (`warned`: `warn`, `warns`, `warning`). */
function inflections(word: string): string[] {
  const forms = new Set(possibleBases(word).flatMap(verbForms));
  forms.delete(word);
  return [...forms];
}

/**
 * The base of `word` that train bears out (`accused`: `accuse`, not `accus`): of the bases whose
 * forms hold `word`, the one whose base and `-s` forms, other than `word`, train has most often
 * (`occurrences`); `null` when train has none of them or two bases tie.
 */
function attestedBase(word: string, occurrences: (form: string) => number): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let tied = false;
  for (const base of possibleBases(word)) {
    const forms = verbForms(base);
    if (!forms.includes(word)) continue;
    const count = forms.slice(0, 2).reduce((sum, form) => sum + (form === word ? 0 : occurrences(form)), 0);
    if (count > bestCount) {
      best = base;
      bestCount = count;
      tied = false;
    } else if (count === bestCount && count > 0) tied = true;
  }
  return tied ? null : best;
}

/** Paragraphs as PolNeAR writes them: its non-empty lines. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

/** 1 at every offset inside the content of a double-marked quotation, as the finder pairs the marks. */
function quotedOffsets(text: string): Uint8Array {
  const quoted = new Uint8Array(text.length);
  for (const quotation of findQuotations(text, paragraphsOf(text))) {
    if (quotation.marks === 'double') quoted.fill(1, quotation.content.start, quotation.content.end);
  }
  return quoted;
}

function main(): void {
  if (!existsSync(TRAIN)) {
    process.stdout.write(`build-cues: ${TRAIN} is absent; nothing to build.\n`);
    return;
  }
  const articles = readFileSync(TRAIN, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PolnearArticle)
    // `--holdout` leaves out the fifth of train that `scripts/train-cues.ts --holdout` measures on.
    .filter((_, i) => !process.argv.includes('--holdout') || i % 5 !== 0);

  const stats = new Map<string, Stats>();
  const entry = (phrase: string): Stats => {
    let found = stats.get(phrase);
    if (!found) stats.set(phrase, (found = { annotated: 0, contentAfter: 0, occurrences: 0, asCue: 0, byContext: new Map() }));
    return found;
  };

  // Pass 1: the annotated phrases and the side their content is on.
  for (const article of articles) {
    for (const { cue, content } of article.attributions) {
      if (cue?.length !== 1 || !cue[0]) continue;
      const phrase = phraseOf(cue[0].text);
      if (phrase === '' || phrase.split(' ').length > MAX_TOKENS) continue;
      const stat = entry(phrase);
      stat.annotated++;
      const first = content?.[0];
      if (first && first.start >= cue[0].end) stat.contentAfter++;
    }
  }

  // The other forms of a frequent one-word cue (`warned` -> `warns`, `warning`, `warn`) are
  // candidates too: the text decides below whether they are cues where they occur.
  const inflectedFrom = new Map<string, string>();
  for (const [phrase, stat] of [...stats.entries()]) {
    if (stat.annotated < MIN_COUNT || !/^\p{L}+$/u.test(phrase)) continue;
    for (const form of inflections(phrase)) {
      if (stats.has(form)) continue;
      entry(form);
      inflectedFrom.set(form, phrase);
    }
  }

  // Reporting verbs every English newsroom uses (`commented`, `cautioned`), in all their forms:
  // kept when train shows them as cues, or when train never has them at all.
  const curated = new Set<string>();
  for (const verb of REPORTING_VERBS) {
    // From the base itself, never from guesses at its base (`stress` is not the plural of `stres`).
    for (const form of verbForms(verb)) {
      if (stats.has(form) && (stats.get(form)!.annotated >= MIN_COUNT || inflectedFrom.has(form))) continue;
      entry(form);
      curated.add(form);
    }
  }

  // A stance adjective with its preposition (`skeptical of`, `divided over`): counted in the text
  // below like the rest, and kept as a candidate wherever train has it as a cue, annotated or not.
  const stance = new Set<string>();
  for (const adjective of STANCE_ADJECTIVES) {
    for (const preposition of STANCE_PREPOSITIONS) {
      const phrase = `${adjective} ${preposition}`;
      if ((stats.get(phrase)?.annotated ?? 0) >= MIN_COUNT) continue;
      entry(phrase);
      stance.add(phrase);
    }
  }

  // Pass 2: every occurrence of those phrases in the text, and whether it lies in an annotated cue.
  const byFirstWord = new Map<string, string[][]>();
  for (const phrase of stats.keys()) {
    const words = phrase.split(' ');
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push(words);
    byFirstWord.set(words[0]!, list);
  }
  for (const article of articles) {
    const tokens = tokenize(article.text);
    const words = tokens.map((token) => token.text.toLowerCase().replace(/’/g, "'"));
    const cueSpans = article.attributions.flatMap((a) => a.cue ?? []);
    const inCue = (start: number, end: number) => cueSpans.some((span) => span.start < end && start < span.end);
    const quoted = quotedOffsets(article.text);
    for (let i = 0; i < tokens.length; i++) {
      // Inside quotation marks a speaker's own `I think` or `we want` is part of the quote, and
      // PolNeAR does not annotate it; the finder never looks for cues there either.
      if (quoted[tokens[i]!.start] === 1) continue;
      for (const candidate of byFirstWord.get(words[i]!) ?? []) {
        if (!candidate.every((word, k) => words[i + k] === word)) continue;
        const stat = entry(candidate.join(' '));
        const cue = inCue(tokens[i]!.start, tokens[i + candidate.length - 1]!.end);
        stat.occurrences++;
        if (cue) stat.asCue++;
        const context = cueContextOf(words[i - 1]);
        const counted = stat.byContext.get(context) ?? { occurrences: 0, asCue: 0 };
        counted.occurrences++;
        if (cue) counted.asCue++;
        stat.byContext.set(context, counted);
      }
    }
  }

  const occurrencesOf = (form: string) => stats.get(form)?.occurrences ?? 0;
  const annotatedAlone = (word: string) => stats.get(word)?.annotated ?? 0;
  const kept = [...stats.entries()]
    .map(([phrase, s]) => ({ phrase, ...s, precision: s.occurrences === 0 ? 0 : s.asCue / s.occurrences }))
    .map((s) => {
      // An inflected form takes the side of its content from the form it comes from.
      const source = inflectedFrom.get(s.phrase);
      const from = source === undefined ? undefined : stats.get(source);
      if (!from || s.annotated >= MIN_COUNT) return { ...s, inflected: false, unseen: false };
      // `concedes`, `recalls`: a form train never has, of a strong cue, is taken for as good a cue
      // as the form it comes from when it is a form of their verb's base as train bears it out,
      // which rules out the guessed bases (`adde`, `acknowledg`) and words that are no verb
      // (`reportedly`). Not a past: a regular past that train never has is no form of its verb
      // (`finded`, `telled`).
      const base = s.occurrences === 0 && from.asCue >= STRONG_CUE_PRECISION * from.occurrences ? attestedBase(source!, occurrencesOf) : null;
      const forms = base === null ? [] : verbForms(base);
      const unseen = forms.includes(s.phrase) && forms[2] !== s.phrase;
      const precision = unseen ? from.asCue / from.occurrences : s.precision;
      return { ...s, inflected: true, contentAfter: (from.contentAfter / from.annotated) * Math.max(1, s.annotated), annotated: Math.max(1, s.annotated), precision, unseen };
    })
    .map((s) =>
      curated.has(s.phrase) && s.annotated < MIN_COUNT && !s.inflected
        ? { ...s, inflected: true, annotated: Math.max(1, s.annotated), contentAfter: Math.max(1, s.annotated) * CURATED_CONTENT_AFTER, precision: s.occurrences === 0 ? CURATED_PRECISION : s.precision, unseen: s.occurrences === 0 }
        : s,
    )
    .map((s) =>
      stance.has(s.phrase) && s.precision >= CANDIDATE_PRECISION
        ? { ...s, stance: true, annotated: Math.max(1, s.annotated), contentAfter: s.annotated === 0 ? STANCE_CONTENT_AFTER : s.contentAfter }
        : { ...s, stance: false },
    )
    .map((s) => ({ ...s, reliable: !s.stance && (s.annotated >= MIN_COUNT || s.unseen || (s.inflected && s.asCue >= 1 && s.occurrences >= 2)) && s.precision >= MIN_PRECISION }))
    .filter((s) => (s.reliable || s.stance || (s.annotated >= CANDIDATE_COUNT && s.precision >= CANDIDATE_PRECISION) || isVerbSeenOnce(s, annotatedAlone)) && /\p{L}/u.test(s.phrase))
    .sort((a, b) => b.annotated - a.annotated || a.phrase.localeCompare(b.phrase));

  const lines = kept.map((s) => {
    // Each context's precision, drawn towards the phrase's own so that a rare context says little.
    const byContext = CUE_CONTEXTS.map((context) => {
      const counted = s.byContext.get(context) ?? { occurrences: 0, asCue: 0 };
      return ((counted.asCue + CONTEXT_WEIGHT * s.precision) / (counted.occurrences + CONTEXT_WEIGHT)).toFixed(2);
    });
    return `  [${JSON.stringify(s.phrase)}, ${s.annotated}, ${s.precision.toFixed(2)}, ${(s.contentAfter / s.annotated).toFixed(2)}, [${byContext.join(', ')}]${s.reliable ? '' : ', true'}],`;
  });
  const source = `// GENERATED FILE: written by \`node --import tsx scripts/build-cues.ts\` from PolNeAR train. Do not edit
// by hand; change the script and run it again. It holds cue words and counts only, no article text.

/**
 * The cue lexicon: phrases that introduce an attribution (\`said\`, \`according to\`, \`told\`),
 * counted from the cues annotated in PolNeAR train (occurrences inside quotation marks are not
 * counted: the finder never looks for cues there). Each entry is
 * \`[phrase, annotated, precision, contentAfter, byContext]\`:
 * - \`phrase\`: lower-case tokens joined by one space (\`'s\` and punctuation are tokens of their own);
 * - \`annotated\`: how often PolNeAR train annotates it as a cue;
 * - \`precision\`: the share of its occurrences in the text that are part of an annotated cue;
 * - \`contentAfter\`: the share of its attributions whose content follows the cue;
 * - \`byContext\`: its precision after each kind of word (\`CUE_CONTEXTS\` of \`cue-context.ts\`);
 * - \`candidateOnly\`: \`true\` for a phrase too rare or too imprecise to be a cue on its own, which
 *   only the classifier of reported speech (\`cue-classifier.ts\`) may accept in context.
 */
export type CueEntry = readonly [phrase: string, annotated: number, precision: number, contentAfter: number, byContext: readonly number[], candidateOnly?: boolean];

export const CUE_LEXICON: readonly CueEntry[] = [
${lines.join('\n')}
];
`;
  writeFileSync(OUTPUT, source);
  process.stdout.write(`build-cues: wrote ${kept.length} cue phrases to ${OUTPUT}\n`);
}

main();
