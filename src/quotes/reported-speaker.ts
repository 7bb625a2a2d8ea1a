import { RELATIVE } from './closing-attribution.js';
import { isQuoteMark, STARTS_UPPER_CASE, type QuoteDocument } from './document.js';
import { SUBJECT_PRONOUN } from './draft.js';
import { IRREGULAR_PAST } from './irregular-verbs.js';
import { FINITE_AUXILIARY, type TokenRange } from './speaker.js';
import { SUBORDINATOR } from './trailing-clause.js';

/*
 * The speaker a reading reports, from the stretch the walk back from the cue found. The readers
 * use that stretch as it is (a long one, or one holding a verb, tells them a clause stands there,
 * not a name); what the quote shows as its speaker leaves out the words around the name that only
 * tie it into its sentence.
 */

const SENTENCE_END = /^[.;:!?]$/;
// Constants, not literals in the functions: a literal is a new object each time it is evaluated.
const LY_ADVERB = /^[a-z]{3,}ly$/;
const REGULAR_PAST = /^[a-z]{3,}ed$/;
const PARTICIPLE = /^[a-z]{3,}(?:ed|ing)$/;
const STARTS_LOWER_CASE = /^[a-z]/;
const OF_PHRASE_START = /^(?:the|\p{Lu})/u;

/** Words that open a sentence or clause before its subject: connectives and subordinators. */
const LEADING_WORD: ReadonlySet<string> = new Set([
  ...SUBORDINATOR, 'but', 'and', 'so', 'yet', 'or', 'still', 'however', 'meanwhile', 'instead', 'then', 'now', 'even', 'perhaps',
  'sure', 'today', 'yesterday', 'later', 'earlier', 'again', 'indeed', 'thus', 'moreover', 'overall', 'finally', 'already',
]);

/** Prepositions that open an adverbial put before the subject (`In Nevada, exit polls`, `On Monday, he`). */
const FRONTED_PREPOSITION: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'by', 'for', 'from', 'over', 'under', 'amid', 'despite', 'following', 'throughout', 'within']);

/** The longest adverbial before a comma that is left out of a speaker. */
const MAX_FRONTED_TOKENS = 8;

/** `When Mr. Rubio`, `But Chris Christie`, `In Nevada, exit polls`: the speaker after such an opening, or `null` when nothing is left. */
function pastOpening(doc: QuoteDocument, speaker: TokenRange): TokenRange | null {
  const { words } = doc;
  let first = speaker.first;
  // `Instead of`, `Because of`: a preposition, not an opening word. `Publicly, he ...`: an adverb and its comma.
  if ((LEADING_WORD.has(words[first]!) && words[first + 1] !== 'of') || (LY_ADVERB.test(words[first]!) && words[first + 1] === ',')) {
    first++;
    if (words[first] === ',') first++;
  }
  // `according to NPR's Feng, Li Jifeng`: the source of the sentence, up to its comma, is not its speaker.
  const aside = words[first] === 'according' && words[first + 1] === 'to';
  if (aside || FRONTED_PREPOSITION.has(words[first]!)) {
    for (let i = first + 1; i < speaker.last && i <= first + MAX_FRONTED_TOKENS; i++) {
      if (!aside && (FINITE_AUXILIARY.test(words[i]!) || RELATIVE.has(words[i]!))) break;
      if (words[i] === ',') {
        first = i + 1;
        break;
      }
    }
  }
  // `There` of `There is an old quip`: an empty subject names no one.
  if (first === speaker.last && words[first] === 'there') return null;
  return first <= speaker.last ? { first, last: speaker.last } : null;
}

/** Words a verb takes after it and a noun phrase does not hold (`pledged to`, `reserved his`). */
const FUNCTION_WORD: ReadonlySet<string> = new Set(['to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'his', 'her', 'their', 'its', 'the', 'a', 'an', 'that', 'up', 'out', 'back', 'down', 'off', 'over', 'into', 'about', 'under']);

/**
 * `The Ohio Democratic Party is trying to convince`, `The U.S. media has always claimed`, `Mr. Cruz
 * pledged to oppose`: a speaker that runs on over a finite auxiliary or a verb in the past after a
 * name (the walk back skips the usual auxiliaries before the cue, not those before a catenative
 * verb or an adverb it does not know) ends before it; one inside a relative clause (`Kasich, who
 * has 25 delegates,`) or opening the range stays.
 */
function subjectBeforeAuxiliary(doc: QuoteDocument, speaker: TokenRange): TokenRange {
  const { words, tokens } = doc;
  for (let i = speaker.first + 1; i <= speaker.last; i++) {
    if (RELATIVE.has(words[i]!) || words[i] === '(' || words[i] === ',') return speaker;
    // `Mr. Manafort helped draft a report`, `Trump went on to`: a verb in the past right after a name
    // (`Democratic registered voters`: a word in -ed before a noun of the speaker is an adjective).
    const regularPast = REGULAR_PAST.test(tokens[i]!.text) && (i === speaker.last || FUNCTION_WORD.has(words[i + 1]!));
    const pastAfterName = (IRREGULAR_PAST.has(words[i]!) || regularPast) && (STARTS_UPPER_CASE.test(tokens[i - 1]!.text) || SUBJECT_PRONOUN.has(words[i - 1]!));
    if (!FINITE_AUXILIARY.test(words[i]!) && !pastAfterName) continue;
    // `there is the small matter that Clinton`, `have renewed Republican`: another subject or name after it may be the speaker.
    for (let j = i + 1; j <= speaker.last; j++) if (words[j] === 'that' || STARTS_UPPER_CASE.test(tokens[j]!.text)) return speaker;
    return { first: speaker.first, last: i - 1 };
  }
  return speaker;
}

/** The longest appositive after a speaker named after its cue that joins it. */
const MAX_TRAILING_APPOSITIVE = 30;

/**
 * `"...," said Jock A. Finlayson, head of policy at the Business Council.`, `said Hollande, who
 * returned to Paris ...`: a speaker named after its cue takes the appositive or relative clause
 * after its comma, up to the end of the sentence, as one before its cue does (`Xu Guixiang,
 * spokesman for ..., said`), up to a participle after a comma (`, adding that`) at most; not when
 * the stretch holds a report of its own (`, who told reporters "...`): a `that` or a quotation mark.
 */
function withTrailingAppositive(doc: QuoteDocument, speaker: TokenRange): TokenRange {
  const { words } = doc;
  // `said Stu Rothenberg of the Rothenberg-Gonzales Political Report`: the name's `of` phrase, up to its comma or stop.
  if (words[speaker.last + 1] === 'of' && OF_PHRASE_START.test(doc.tokens[speaker.last + 2]?.text ?? '')) {
    let last = speaker.last + 2;
    while (last + 1 < words.length && last - speaker.last < MAX_TRAILING_APPOSITIVE && words[last + 1] !== ',' && !SENTENCE_END.test(words[last + 1]!) && !isQuoteMark(words[last + 1]!) && doc.paragraphOf[last + 1] === doc.paragraphOf[last]) last++;
    // `the authors of the "Growth and Opportunity Project"`: a title in quotation marks is left as it was.
    return isQuoteMark(words[last + 1] ?? '') ? speaker : withTrailingAppositive(doc, { first: speaker.first, last });
  }
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

/** A word after a capitalized one that shows it is the subject: a verb in the past, the present or a reporting verb. */
const VERB_AFTER_NAME = /^(?:said|says|told|tells|is|was|has|had|will|would|[a-z]+ed|[a-z]+[^s]s)$/;
/** How far the comma that closes an opening participle phrase may come. */
const MAX_PARTICIPLE_PHRASE = 20;

/**
 * `Asked about the deal, Rubio ...`, `Chastened by criticism, Trump revised his plan, promising ...`:
 * a speaker found as the first words of its sentence that are a participle phrase stands for the
 * subject after that phrase's comma (a pronoun, or a run of capitalized words), or for no one.
 */
function pastOpeningParticiple(doc: QuoteDocument, speaker: TokenRange, cueFirst: number): TokenRange | null {
  const { words, tokens } = doc;
  const first = speaker.first;
  const atSentenceStart = first === 0 || doc.paragraphOf[first - 1] !== doc.paragraphOf[first] || SENTENCE_END.test(words[first - 1]!);
  // `Schilling's son`, `Boreing said`: a name in -ing is followed by a name, a comma, a possessive or
  // its verb; a participle by a lower-case word of its own phrase.
  const next = tokens[first + 1]?.text ?? '';
  const participle = PARTICIPLE.test(words[first]!) && STARTS_LOWER_CASE.test(next) && !VERB_AFTER_NAME.test(next);
  if (!atSentenceStart || !STARTS_UPPER_CASE.test(tokens[first]!.text) || !participle) return speaker;
  // `Indeed, ...`: a word in -ed that is no participle is followed by its comma at once.
  if (words[first + 1] === ',') return speaker;
  // The phrase may hold commas of its own (`Chastened by the analyses, as well as complaints ..., Trump`):
  // the subject follows the first comma that a pronoun or a capitalized word comes after.
  let firstComma = -1;
  for (let comma = first + 2; comma < cueFirst && comma - first <= MAX_PARTICIPLE_PHRASE; comma++) {
    if (words[comma] !== ',') continue;
    if (firstComma < 0) firstComma = comma;
    const subject = comma + 1;
    // `Making her way around Chez Vachon, Clinton and husband Bill`: the walk went past the comma already.
    if (speaker.last > comma && subject <= speaker.last && STARTS_UPPER_CASE.test(tokens[subject]!.text)) return { first: subject, last: speaker.last };
    if (subject >= cueFirst) return null;
    if (SUBJECT_PRONOUN.has(words[subject]!)) return { first: subject, last: subject };
    let last = subject - 1;
    while (last + 1 < cueFirst && STARTS_UPPER_CASE.test(tokens[last + 1]!.text)) last++;
    if (last >= subject) return { first: subject, last: speaker.last > last ? speaker.last : last };
  }
  // A speaker inside a phrase its comma closes names no one; with no such comma (`Schilling told`,
  // `Polling of union voters shows`) the word in -ing or -ed opens the speaker itself.
  return firstComma >= 0 && speaker.last < firstComma ? null : speaker;
}

/** Words that join the subjects of one verb (`Sanders and his aides`, `Current and former officials`). */
const COORDINATOR = new Set(['and', 'or', 'nor']);
/** Words that show a clause, not a noun phrase, before a coordinator. */
const CLAUSE_SIGN = /^(?:said|says|say|told|tells|is|are|was|were|has|have|had|will|would|can|could|should|that|who|which|[a-z]+ed)$/;
/** The longest noun phrase (or list of them) before a coordinator that joins a speaker. */
const MAX_COORDINATED_TOKENS = 12;

/**
 * `Sanders and his aides believe`, `Most Republican voters in Alabama, Georgia and Virginia said`:
 * the walk back from the cue stops at a coordinator; when what comes before it, from the start of
 * the sentence, is a noun phrase or a list of them (no verb, no relative word), it is part of the
 * speaker.
 */
function withCoordinatedSubject(doc: QuoteDocument, speaker: TokenRange): TokenRange {
  const { words } = doc;
  // `Voters prefer to back a winner, and candidates ...`: a comma before the coordinator joins clauses.
  if (!COORDINATOR.has(words[speaker.first - 1] ?? '') || words[speaker.first - 2] === ',') return speaker;
  for (let i = speaker.first - 2; i >= -1 && speaker.first - i <= MAX_COORDINATED_TOKENS; i--) {
    // The sentence starts after `i`: at the text's start, a new paragraph, a stop or a quotation mark.
    const start = i < 0 || doc.paragraphOf[i] !== doc.paragraphOf[speaker.first] || SENTENCE_END.test(words[i]!) || isQuoteMark(words[i]!);
    if (start) return i + 1 < speaker.first - 1 ? { first: i + 1, last: speaker.last } : speaker;
    if (CLAUSE_SIGN.test(words[i]!) || FINITE_AUXILIARY.test(words[i]!) || IRREGULAR_PAST.has(words[i]!)) return speaker;
  }
  return speaker;
}

/**
 * The speaker a reading whose walk back found `speaker` reports, or `null` when no name is left in
 * it; `closing` when it is named after its cue and the content starts before (`"...," said X`, `..., said X`).
 */
export function reportedSpeaker(doc: QuoteDocument, speaker: TokenRange, closing: boolean, cueFirst: number): TokenRange | null {
  if (closing) return withTrailingAppositive(doc, speaker);
  const subject = pastOpeningParticiple(doc, speaker, Math.max(cueFirst, speaker.last + 1));
  const opened = subject && pastOpening(doc, subject.first === speaker.first ? withCoordinatedSubject(doc, subject) : subject);
  return opened && subjectBeforeAuxiliary(doc, opened);
}
