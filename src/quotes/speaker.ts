import { isRoleNoun } from '../entities/roles.js';
import type { Token } from '../text/tokens.js';
import { STARTS_UPPER_CASE } from './document.js';
import { MIN_PRECISION } from './draft.js';
import { matchCues } from './match-cues.js';

/** A run of tokens `[first, last]`, inclusive. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

/** Words that start a clause: a speaker never reaches back over them. */
const CLAUSE_WORDS = new Set([
  'that', 'which', 'and', 'but', 'or', 'nor', 'yet', 'because', 'when', 'while', 'as', 'if', 'after',
  'before', 'since', 'though', 'although', 'so', 'where', 'whether', 'than', 'until', 'unless', 'once',
  'who', 'whom', 'whose', 'what', 'how', 'why',
]);

/** Adverbs and auxiliaries between a speaker and the cue (`Xu has also said`, `he reportedly told`). */
export const BETWEEN_SPEAKER_AND_CUE = new Set([
  'also', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'may', 'might',
  'reportedly', 'previously', 'later', 'then', 'once', 'again', 'repeatedly', 'recently', 'further',
  'publicly', 'privately', 'first', 'last', 'still', 'even', 'just', 'now', 'already', 'often', 'never',
  'long', 'frequently', 'subsequently', 'separately', 'initially', 'earlier', 'himself', 'herself',
  'themselves', 'not', "n't", 'did', 'does', 'do', 'had', 'be', 'been',
]);

/** Words in `-ly` that are nouns or adjectives (`the family said`, `an ally`), not adverbs. */
const NOT_ADVERB = /^(?:family|assembly|ally|rally|supply|italy|july|monopoly|anomaly|only|early|daily|weekly|monthly|yearly|quarterly|likely|unlikely|elderly|friendly|costly|deadly|holy|ugly|lonely|lovely|orderly|bully|reply|apply|comply)$/;

/**
 * `who have typically backed`, `Mr. Trump vehemently denied`: a lower-case adverb in `-ly` between
 * the speaker and the cue is no part of the speaker.
 */
function mannerAdverb(token: Token): boolean {
  return /^[a-z]{3,}ly$/.test(token.text) && !NOT_ADVERB.test(token.text);
}

/** Punctuation a speaker never contains (a comma is handled apart: appositives). */
const HARD_STOP = /^[.;:!?()[\]{}"“”‘’'—–-]+$|^--$/;

/** Words that open an adverbial rather than continue a speaker (`said on Sunday`, `said in a statement`). */
export const ADVERBIAL_START = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'late', 'yesterday', 'today',
  'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'when', 'while',
  'from', 'via', 'through', 'over', 'following', 'outside', 'inside', 'about', 'recently', 'later', 'also',
  'afterward', 'afterwards', 'then', 'too', 'as', 'by', 'with', 'to', 'before', 'privately', 'publicly',
  'repeatedly', 'previously', 'flatly', 'simply', 'bluntly', 'frankly', 'of', 'for', 'under', 'under',
]);

/** A hard stop, except a hyphen inside a word (`a 14-year Carrier worker`). */
function hardStop(tokens: readonly Token[], words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (!HARD_STOP.test(word)) return false;
  // A party label or an aside in brackets belongs to the name (`Sen. Lee Bright (R), a ...`).
  if (word === '(' || word === ')') return false;
  if (word !== '-') return true;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  return !(previous && next && previous.end === tokens[i]!.start && tokens[i]!.end === next.start);
}

const MAX_SPEAKER_TOKENS = 14;
const MAX_APPOSITIVE_TOKENS = 18;

function capitalized(token: Token): boolean {
  return STARTS_UPPER_CASE.test(token.text);
}

/** Collects a noun phrase backwards from `from` (inclusive) down to `floor`; the first index taken. */
function collectBack(tokens: readonly Token[], words: readonly string[], from: number, floor: number, max: number): number {
  let first = from + 1;
  for (let i = from; i >= floor && from - i < max; i--) {
    const word = words[i]!;
    // `Sen. Bernie Sanders (I-Vt.) said`: a short parenthesis belongs to the name.
    if (word === ')') {
      let open = i - 1;
      while (open > floor && i - open <= 6 && words[open] !== '(') open--;
      if (open > floor && words[open] === '(') {
        first = open;
        i = open;
        continue;
      }
    }
    if (word === ',' || hardStop(tokens, words, i)) break;
    // `Clinton and Sanders said` keeps its `and`; `..., and he said` does not.
    if (CLAUSE_WORDS.has(word) && !(word === 'and' && i > floor && capitalized(tokens[i - 1]!) && i < from && capitalized(tokens[i + 1]!))) break;
    first = i;
  }
  return first;
}

/**
 * The speaker named before a cue, `[first, last]` within `[floor, cue)`, or `null`:
 * `Xu said`, `Foreign Ministry spokesman Wang Wenbin said`, `the spokesman said`,
 * `Xu Guixiang, spokesman for the regional government told`, `Trump, who ..., said`.
 */
export function speakerBefore(tokens: readonly Token[], words: readonly string[], cue: number, floor: number): TokenRange | null {
  let last = cue - 1;
  while (last >= floor && (BETWEEN_SPEAKER_AND_CUE.has(words[last]!) || mannerAdverb(tokens[last]!))) last--;
  if (last < floor) return null;
  // `Reince Priebus, the GOP chairman, this past week announced`: a time before the cue is no part of the speaker.
  last = pastTimeBack(words, last, floor);
  // `The company - which also partners with ... - recorded`: an aside between dashes belongs to the speaker.
  if (DASH.test(words[last]!)) {
    // `--` may come as two tokens.
    let close = last;
    while (close - 1 > floor && DASH.test(words[close - 1]!)) close--;
    let open = close - 1;
    while (open > floor && close - open <= MAX_APPOSITIVE_TOKENS && !DASH.test(words[open]!)) open--;
    while (open - 1 > floor && DASH.test(words[open - 1]!)) open--;
    if (open > floor && DASH.test(words[open]!)) {
      const head = collectBack(tokens, words, open - 1, floor, MAX_SPEAKER_TOKENS);
      if (head < open && startsAtBoundary(words, head, floor)) return withoutAdverbial(tokens, words, head, last);
    }
    return null;
  }

  // `X, a spokesman for Y, said` / `Sen. X, facing ..., a swing state, said`: appositives closed
  // by a comma. Walk back over the comma-separated segments to the one that opens the clause.
  if (words[last] === ',') {
    let segmentStart = last;
    let head: number | null = null;
    let innerCommas = 0;
    for (let i = last - 1; i >= floor - 1 && last - i <= MAX_APPOSITIVE_TOKENS * 2; i--) {
      // `Rep. Elijah Cummings (D-Md.), chair of ...`: a short bracket is part of its segment.
      if (i > floor && words[i] === ')') {
        let open = i - 1;
        while (open > floor && i - open <= 8 && words[open] !== '(') open--;
        if (words[open] === '(') {
          segmentStart = open;
          i = open;
          continue;
        }
      }
      if (i >= floor && words[i] !== ',' && !hardStop(tokens, words, i)) {
        segmentStart = i;
        continue;
      }
      // A segment ends here; the head is the first segment, past a leading adverbial (`In Iowa, X, ...`).
      if (i < floor || hardStop(tokens, words, i)) {
        head = segmentStart;
        break;
      }
      // `..., but General Mark Milley, chairman of ..., told`: a segment that opens with a conjunction
      // after a comma starts a clause; its subject, after the conjunction, heads the speaker.
      if (innerCommas > 0 && CLAUSE_WORDS.has(words[segmentStart]!) && segmentStart + 1 < last - 1) {
        head = segmentStart + 1;
        innerCommas++;
        break;
      }
      if (i - 1 >= floor && (hardStop(tokens, words, i - 1) || words[i - 1] === ',')) return null;
      innerCommas++;
    }
    // One segment alone (`The plan was dead, said Smith`) is content before an inverted cue, not a speaker.
    if (head === null || head >= last - 1 || innerCommas === 0) return null;
    // `According to the report, the company, which ..., said`: a leading `according to` is an adverbial too.
    if (PREPOSITIONS.has(words[head]!) || (words[head] === 'according' && words[head + 1] === 'to')) {
      const comma = words.indexOf(',', head);
      if (comma < 0 || comma >= last - 1) return null;
      head = comma + 1;
    }
    return { first: head, last: last - 1 };
  }

  // `Ted Cruz, who said`, `polls by Quinnipiac that showed`: the relative pronoun stands for the name
  // before it. The speaker runs from the name to the pronoun, the clause's own subject, so that it
  // both names and is the subject.
  if ((words[last] === 'who' || words[last] === 'which' || words[last] === 'that') && last - 1 > floor) {
    const end = words[last - 1] === ',' ? last - 2 : last - 1;
    // The antecedent is the name just before (`... out-brutalizing Ted Cruz, who said`), else a short phrase.
    let head = end + 1;
    while (head - 1 >= floor && end - head < 5 && capitalized(tokens[head - 1]!)) head--;
    if (head > end) head = collectBack(tokens, words, end, floor, 4);
    const antecedent = head <= end ? withoutAdverbial(tokens, words, head, end) : null;
    // `economists -- who believe ...`: with no antecedent in reach the pronoun alone is the source, as PolNeAR marks it.
    return antecedent ? { first: antecedent.first, last } : { first: last, last };
  }
  const first = collectBack(tokens, words, last, floor, MAX_SPEAKER_TOKENS);
  if (first > last) return null;
  // `Xu Guixiang, spokesman for the regional government told`: a name, then a role without a comma after it.
  if (first - 1 > floor && words[first - 1] === ',' && !capitalized(tokens[first]!)) {
    const name = collectBack(tokens, words, first - 2, floor, 5);
    // `... until March, officials said`: a month or a weekday before the comma is no name.
    const named = tokens.slice(name, first - 1);
    if (name <= first - 2 && startsAtBoundary(words, name, floor) && named.every(capitalized) && !words.slice(name, first - 1).every((word) => CALENDAR.test(word))) {
      return { first: name, last };
    }
  }
  // `the museum that held them said`, `voters who backed him say`: a relative clause about the
  // speaker, without commas, belongs to it; the speaker starts at the noun phrase it is about.
  if (first - 2 > floor && (words[first - 1] === 'that' || words[first - 1] === 'who') && !PRONOUNS.has(words[first]!)) {
    const head = collectBack(tokens, words, first - 2, floor, 6);
    const opens = words[head - 1] === ',' || startsAtBoundary(words, head, floor);
    if (head <= first - 2 && (NOUN_PHRASE_START.test(words[head]!) || capitalized(tokens[head]!)) && opens && !complementizer(words, head, first - 1)) {
      return withoutAdverbial(tokens, words, head, last);
    }
  }
  return withoutAdverbial(tokens, words, first, last);
}

/**
 * `Obama said he expected that Americans will say`: the `that` at `at` closes a clause with its own
 * subject and verb of saying or thinking, so it opens a reported clause, not a relative clause
 * about the noun before it.
 */
function complementizer(words: readonly string[], from: number, at: number): boolean {
  for (let i = from; i < at; i++) if (SUBJECT_PRONOUNS.has(words[i]!)) return true;
  return matchCues(words, at - 1, at, MIN_PRECISION).length > 0;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

const NOUN_PHRASE_START = /^(?:the|a|an|some|many|most|several|other|those|these|voters|officials|people|democrats|republicans)$/;

const DASH = /^(?:[—–-]|--)$/;
const TIME_OPENING = /^(?:on|this|last|earlier|late|yesterday|today|tonight)$/;

/** `X on Sunday said`, `X this past week announced`: the last token before such a time phrase ending at `last`, or `last`. */
function pastTimeBack(words: readonly string[], last: number, floor: number): number {
  if (!(CALENDAR.test(words[last]!) || TIME_OF.test(words[last]!) || /^past$/.test(words[last]!))) return last;
  for (let i = last; i >= floor && last - i < 4; i--) {
    if (TIME_OPENING.test(words[i]!)) return i - 1 >= floor ? i - 1 : last;
    if (!(CALENDAR.test(words[i]!) || TIME_OF.test(words[i]!) || /^(?:past|early|\p{N}+)$/u.test(words[i]!))) return last;
  }
  return last;
}

/** Words that open an adverbial before a speaker (`... but on Tuesday wrote`, `In 2015 Trump said`). */
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'since', 'over', 'from', 'earlier', 'later', 'last', 'this', 'by', 'for', 'with', 'under', 'without', 'amid', 'despite']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;

/** `Sean Spicer on Thursday evening said`: a time after the name is not part of it. */
function withoutTrailingTime(words: readonly string[], first: number, last: number): number {
  for (let i = Math.max(first + 1, last - 4); i <= last; i++) {
    if (!/^(?:on|last|this|earlier|late|in)$/.test(words[i]!)) continue;
    const rest = words.slice(i + 1, last + 1);
    if (rest.length > 0 && rest.every((word) => TIME_OF.test(word) || CALENDAR.test(word) || /^\p{N}+$/u.test(word))) return i - 1;
  }
  return last;
}
const TIME_OF = /^(?:morning|afternoon|evening|night|week|weekend|month|year|day|today|yesterday|tonight|the|a)$/;

/** Titles that open a name (`Mr Kennedy`, `Dr. Ward`). */
const HONORIFIC = /^(?:mr|mrs|ms|dr|sir|lord|lady|rev)\.?$/;

/**
 * `Speaking in Harrogate Mr Kennedy said`, `Responding to the claims Tory Party co-chairman Liam
 * Fox said`: a participle phrase that opens the sentence with no comma after it; the speaker is the
 * run of names and role words that ends at `last` (from its title, when it has one), or `null`.
 */
function pastParticiplePhrase(tokens: readonly Token[], words: readonly string[], first: number, last: number): TokenRange | null {
  if (!capitalized(tokens[first]!) || !/^[a-z]{3,}ing$/.test(words[first]!)) return null;
  let start = last;
  while (start - 1 > first && (capitalized(tokens[start - 1]!) || isRoleNoun(words[start - 1]!.replace(/^co-/, '')))) start--;
  for (let i = start; i < last; i++) {
    if (HONORIFIC.test(words[i]!)) {
      start = i;
      break;
    }
  }
  return start > first + 1 && capitalized(tokens[last]!) ? { first: start, last } : null;
}

/** A speaker that starts with an adverbial starts at the first name or pronoun after it, or is none. */
function withoutAdverbial(tokens: readonly Token[], words: readonly string[], first: number, end: number): TokenRange | null {
  const last = withoutTrailingTime(words, first, end);
  const named = pastParticiplePhrase(tokens, words, first, last);
  if (named !== null) return named;
  if (!PREPOSITIONS.has(words[first]!)) return { first, last };
  // `This proposal was rejected`: `this` and `last` open a time only before a word of time (`this week`).
  if (/^(?:this|last)$/.test(words[first]!) && first < last && !(TIME_OF.test(words[first + 1]!) || CALENDAR.test(words[first + 1]!))) return { first, last };
  for (let i = first + 1; i <= last; i++) {
    const word = words[i]!;
    if (PRONOUNS.has(word) || (capitalized(tokens[i]!) && !CALENDAR.test(word) && !/^\p{N}/u.test(word))) return { first: i, last };
  }
  return null;
}

/**
 * The subject that opens a clause (`The Arizona Republican survived ... and says ...`), for a
 * second verb that has no speaker of its own: a pronoun, or a run of names and the words of a
 * noun phrase up to its first plain lower-case word.
 */
export function clauseSubject(tokens: readonly Token[], words: readonly string[], from: number, before: number): TokenRange | null {
  const start = pastLeadingAdverbial(words, from, before);
  if (start >= before) return null;
  if (PRONOUNS.has(words[start]!)) return { first: start, last: start };
  let last = start - 1;
  for (let i = start; i < before && i - start < 8; i++) {
    const word = words[i]!;
    if (capitalized(tokens[i]!) || /^(?:the|a|an|'s|of|for)$/.test(word)) last = i;
    else if (last >= start && /^(?:the|a|an)$/.test(words[last]!)) last = i;
    else break;
  }
  while (last >= start && /^(?:the|a|an|'s|of|for)$/.test(words[last]!)) last--;
  return last >= start ? { first: start, last } : null;
}

/**
 * Past an adverbial that opens the clause and ends at a comma (`In an incendiary press conference,
 * Trump ...`, `A month later, he ...`): the index where the subject starts.
 */
function pastLeadingAdverbial(words: readonly string[], start: number, before: number): number {
  let comma = -1;
  for (let i = start + 1; i < before && i - start <= 10; i++) {
    if (words[i] === ',') {
      comma = i;
      break;
    }
  }
  if (comma < 0) return start;
  const segment = words.slice(start, comma);
  // `A month later, he ...` is a short time phrase; `The DNC released a statement Wednesday evening,
  // saying ...` is a clause with a time in it, its subject first.
  const adverbial = PREPOSITIONS.has(words[start]!) || (segment.length <= 4 && segment.some((word) => /^(?:later|earlier|ago|before|after|meanwhile|then|now|today|yesterday)$/.test(word) || CALENDAR.test(word)));
  return adverbial ? comma + 1 : start;
}

/** Whether a token range can be a speaker named after its cue (`said Xu`, `said the spokesman`): not `said he would ...`. */
export function looksLikeNamedSpeaker(tokens: readonly Token[], words: readonly string[], range: TokenRange): boolean {
  const word = words[range.first]!;
  if (capitalized(tokens[range.first]!) || /^(?:the|a|an|another|one|two|three|several|many|some|his|her|their|its|our|sources?|officials?)$/.test(word)) return true;
  // `..., say analysts.`, `..., say experts at the bank.`: people named by their role.
  if (isRoleNoun(word) || (word.endsWith('s') && isRoleNoun(word.slice(0, -1)))) return true;
  // `former Pennsylvania Gov. Ed Rendell`, `undecided voter Stephanie Hooton`: a lower-case title before a name.
  for (let i = range.first + 1; i <= range.last && i - range.first < 5; i++) {
    if (CLAUSE_WORDS.has(words[i]!) || BETWEEN_SPEAKER_AND_CUE.has(words[i]!)) return false;
    if (capitalized(tokens[i]!)) return true;
  }
  return false;
}

function startsAtBoundary(words: readonly string[], index: number, floor: number): boolean {
  return index === floor || HARD_STOP.test(words[index - 1]!) || CLAUSE_WORDS.has(words[index - 1]!);
}

/**
 * The speaker named after a cue (`said Xu`, `according to Xu Guixiang, spokesman for ...`),
 * `[first, last]` within `(cue, ceiling)`, or `null`. It ends at punctuation, and for an inverted
 * `said X` also at an adverbial (`said Xu on Sunday`).
 */
export function speakerAfter(
  tokens: readonly Token[],
  words: readonly string[],
  cueLast: number,
  ceiling: number,
  stopAtAdverbial: boolean,
): TokenRange | null {
  const first = cueLast + 1;
  let last = first - 1;
  for (let i = first; i < ceiling && i - first < MAX_SPEAKER_TOKENS; i++) {
    const word = words[i]!;
    if (word === ',' || hardStop(tokens, words, i)) break;
    if (stopAtAdverbial && i > first && ADVERBIAL_START.has(word) && !capitalized(tokens[i]!)) break;
    if (i > first && CLAUSE_WORDS.has(word) && word !== 'and') break;
    last = i;
  }
  return last >= first ? { first, last } : null;
}

/** How far into an appositive after a name its role noun may come (`a senior economist at`, `deputy head of`). */
const ROLE_NOUN_WITHIN = 4;
/** Finite auxiliaries: a segment holding one is a clause (not an appositive, not a name). */
export const FINITE_AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|does|did|do)$/;

/**
 * `According to Ahmed Lopez, director of Northwind Logistics, the government ...`: the speaker
 * with the appositive its comma opens, when that is a role phrase (a role noun among its first
 * words, no clause word or auxiliary) closed by a comma before at least three more tokens up to
 * `limit`; otherwise the speaker as it is.
 */
export function withAppositiveAfter(tokens: readonly Token[], words: readonly string[], speaker: TokenRange, limit: number): TokenRange {
  const open = speaker.last + 1;
  if (words[open] !== ',') return speaker;
  let role = false;
  for (let i = open + 1; i <= limit - 3 && i - open <= MAX_APPOSITIVE_TOKENS; i++) {
    const word = words[i]!;
    if (word === ',') return role && i > open + 1 ? { first: speaker.first, last: i - 1 } : speaker;
    if (hardStop(tokens, words, i) || CLAUSE_WORDS.has(word) || FINITE_AUXILIARY.test(word)) return speaker;
    if (i - open <= ROLE_NOUN_WITHIN && isRoleNoun(word)) role = true;
  }
  return speaker;
}
