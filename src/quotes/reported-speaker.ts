import { RELATIVE } from './closing-attribution.js';
import { isQuoteMark, type QuoteDocument } from './document.js';
import { FINITE_AUXILIARY, type TokenRange } from './speaker.js';
import { SUBORDINATOR } from './trailing-clause.js';

/*
 * The speaker a reading reports, from the stretch the walk back from the cue found. The readers
 * use that stretch as it is (a long one, or one holding a verb, tells them a clause stands there,
 * not a name); what the quote shows as its speaker leaves out the words around the name that only
 * tie it into its sentence.
 */

const STARTS_UPPER_CASE = /^\p{Lu}/u;

/** Words that open a sentence or clause before its subject: connectives and subordinators. */
const LEADING_WORD: ReadonlySet<string> = new Set([...SUBORDINATOR, 'but', 'and', 'so', 'yet', 'or', 'still', 'however', 'meanwhile', 'instead']);

/** Prepositions that open an adverbial put before the subject (`In Nevada, exit polls`, `On Monday, he`). */
const FRONTED_PREPOSITION: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'by', 'for', 'from', 'over', 'under', 'amid', 'despite', 'following', 'throughout', 'within']);

/** The longest adverbial before a comma that is left out of a speaker. */
const MAX_FRONTED_TOKENS = 8;

/** `When Mr. Rubio`, `But Chris Christie`, `In Nevada, exit polls`: the speaker after such an opening, or `null` when nothing is left. */
function pastOpening(doc: QuoteDocument, speaker: TokenRange): TokenRange | null {
  const { words } = doc;
  let first = speaker.first;
  // `Instead of`, `Because of`: a preposition, not an opening word.
  if (LEADING_WORD.has(words[first]!) && words[first + 1] !== 'of') {
    first++;
    if (words[first] === ',') first++;
  }
  if (FRONTED_PREPOSITION.has(words[first]!)) {
    for (let i = first + 1; i < speaker.last && i <= first + MAX_FRONTED_TOKENS; i++) {
      if (FINITE_AUXILIARY.test(words[i]!) || RELATIVE.has(words[i]!)) break;
      if (words[i] === ',') {
        first = i + 1;
        break;
      }
    }
  }
  return first <= speaker.last ? { first, last: speaker.last } : null;
}

/**
 * `The Ohio Democratic Party is trying to convince`, `The U.S. media has always claimed`: a speaker
 * that runs on over a finite auxiliary (the walk back skips the usual ones before the cue, not
 * those before a catenative verb or an adverb it does not know) ends before it; an auxiliary
 * inside a relative clause (`Kasich, who has 25 delegates,`) or opening the range stays.
 */
function subjectBeforeAuxiliary(doc: QuoteDocument, speaker: TokenRange): TokenRange {
  const { words, tokens } = doc;
  for (let i = speaker.first + 1; i <= speaker.last; i++) {
    if (RELATIVE.has(words[i]!) || words[i] === '(' || words[i] === ',') return speaker;
    if (!FINITE_AUXILIARY.test(words[i]!)) continue;
    // `there is the small matter that Clinton`, `have renewed Republican`: another subject or name after it may be the speaker.
    for (let j = i + 1; j <= speaker.last; j++) if (words[j] === 'that' || STARTS_UPPER_CASE.test(tokens[j]!.text)) return speaker;
    return { first: speaker.first, last: i - 1 };
  }
  return speaker;
}

/** The longest appositive after a speaker named after its cue that joins it. */
const MAX_TRAILING_APPOSITIVE = 30;
const SENTENCE_END = /^[.;:!?]$/;

/**
 * `"...," said Jock A. Finlayson, head of policy at the Business Council.`, `said Hollande, who
 * returned to Paris ...`: a speaker named after its cue takes the appositive or relative clause
 * after its comma, up to the end of the sentence, as one before its cue does (`Xu Guixiang,
 * spokesman for ..., said`), up to a participle after a comma (`, adding that`) at most; not when
 * the stretch holds a report of its own (`, who told reporters "...`): a `that` or a quotation mark.
 */
function withTrailingAppositive(doc: QuoteDocument, speaker: TokenRange): TokenRange {
  const { words } = doc;
  if (words[speaker.last + 1] !== ',') return speaker;
  for (let i = speaker.last + 2; i < words.length && i - speaker.last <= MAX_TRAILING_APPOSITIVE; i++) {
    const word = words[i]!;
    if (doc.paragraphOf[i] !== doc.paragraphOf[speaker.last]) return speaker;
    if (SENTENCE_END.test(word)) return i > speaker.last + 2 ? { first: speaker.first, last: i - 1 } : speaker;
    // `said Ann Lee, a spokeswoman, adding that ...`: the appositive ends before the participle's comma.
    if (words[i - 1] === ',' && word.endsWith('ing')) return i - 2 > speaker.last + 1 ? { first: speaker.first, last: i - 2 } : speaker;
    if (word === 'that' || isQuoteMark(word)) return speaker;
  }
  return speaker;
}

/**
 * The speaker a reading whose walk back found `speaker` reports, or `null` when no name is left in
 * it; `closing` when it is named after its cue and the content starts before (`"...," said X`, `..., said X`).
 */
export function reportedSpeaker(doc: QuoteDocument, speaker: TokenRange, closing: boolean): TokenRange | null {
  if (closing) return withTrailingAppositive(doc, speaker);
  const opened = pastOpening(doc, speaker);
  return opened && subjectBeforeAuxiliary(doc, opened);
}
