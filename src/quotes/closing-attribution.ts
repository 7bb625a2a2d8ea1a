import { isQuoteMark, type QuoteDocument } from './document.js';
import { IRREGULAR_PAST } from './irregular-verbs.js';
import { MIN_PRECISION, SUBJECT_PRONOUN, TAKES_OBJECT, type Draft } from './draft.js';
import { matchCues, participleCueAt, phraseWords, type CueMatch } from './match-cues.js';
import { hasComma, SUBORDINATOR } from './trailing-clause.js';
import { ADVERBIAL_START, FINITE_AUXILIARY, looksLikeNamedSpeaker, speakerAfter, speakerBefore, type TokenRange } from './speaker.js';

/*
 * Attributions that close their sentence, after the content: `CONTENT, X said [adverbial].`,
 * `CONTENT, said X.`, `CONTENT, according to X.`, `CONTENT, Priya Bennett, spokesperson for Y, said.`
 */

/** An attribution after its content (`..., Xu said on Sunday.`) leaves at most this many tokens after the cue. */
const MAX_TAIL_TOKENS = 12;

/**
 * `CONTENT, X said [adverbial].`, `CONTENT, said X.` or `CONTENT, according to X.`: the draft,
 * and the last content token (`before`), after which the attribution's comma comes.
 */
export function closingAttribution(doc: QuoteDocument, cue: CueMatch, start: number, end: number): { draft: Draft; before: number } | null {
  const { words, tokens } = doc;
  if (cue.participle) return null;
  const build = (speaker: TokenRange | null, comma: number, tailFrom: number) => {
    if (comma - start < 3 || words[comma] !== ',') return null;
    if (!quietTail(words, tailFrom, end, cue)) return null;
    if (frontedAdverbial(words, start, comma - 1) || subordinateOnly(words, start, comma - 1)) return null;
    return { draft: { cue, speaker, content: { first: start, last: comma - 1 } }, before: comma - 1 };
  };
  if (cue.phrase === 'according to') {
    // `..., according to X` ends its sentence: whatever follows the speaker is about the speaker
    // (`, the ABC affiliate in Madison`, `released on Friday by ...`).
    const speaker = speakerAfter(tokens, words, cue.last, end + 1, false);
    // `About 10 p.m., according to X, the ...` is a parenthetical; the sentence goes on after it.
    if (!speaker || cue.first - start < 5) return null;
    const comma = words[cue.first - 1] === ',' ? cue.first - 1 : cue.first;
    if (subordinateOnly(words, start, comma - 1)) return null;
    return { draft: { cue, speaker, content: { first: start, last: comma - 1 } }, before: comma - 1 };
  }
  if (words[cue.first - 1] === ',') {
    // Inverted: `..., said Xu Guixiang.` / `..., said Xu, a spokesman for ...`
    const speaker = speakerAfter(tokens, words, cue.last, end + 1, true);
    // `said Mr. Trump had disrespected ...` is a report whose content starts right after the cue.
    const inverted =
      speaker && looksLikeNamedSpeaker(tokens, words, speaker) && !CALENDAR_WORD.test(words[speaker.first]!) && !holdsFiniteVerb(words, speaker) && invertedTail(words, speaker.last + 1, end);
    const before = speakerBefore(tokens, words, cue.first, start);
    // `X, a spokesman, said ...` has its speaker before the comma; `..., it is under pressure, said X.`
    // has a clause there, not a name (too long, or with a finite verb outside a relative clause:
    // `Mr. Coffman, who represents ..., said` is a name).
    const clauseBefore = before !== null && (before.last - before.first > 8 || holdsFiniteVerb(words, before)) && !holdsRelative(words, before);
    // `..., stressed his executive experience.`: a verb whose content nearly always follows it has
    // an object there, not an inverted speaker.
    const invertible = cue.contentAfter < INVERTIBLE_CONTENT_AFTER;
    if (inverted && invertible && (before === null || clauseBefore)) return build(speaker, cue.first - 1, end + 1);
    if (!before) return null;
  }
  const speaker = speakerBefore(tokens, words, cue.first, start);
  if (!speaker) return null;
  // `Khan said he would like to ...`: a speaker holding a reliable verb cue is a clause, not a name;
  // but a walk back to the sentence start may hold the report's own cue before an appositive
  // speaker (`More rain was expected ..., Zhao Xin, deputy head of ..., said.`), read below.
  const clause = holdsVerbCue(words, speaker);
  if (clause && speaker.first !== start) return null;
  const whole = clause ? null : build(speaker, speaker.first - 1, cue.last + 1);
  if (whole || speaker.first !== start) return whole;
  // `Trade talks will resume, Priya Bennett, spokesperson for the WTO, said.`: the walk back over
  // the appositive reached the sentence start, so the report is the segment before the first
  // comma that opens a name with no finite verb of its own.
  for (let comma = speaker.first + 3; comma < speaker.last; comma++) {
    if (words[comma] !== ',') continue;
    const named = { first: comma + 1, last: speaker.last };
    if (named.last - named.first > 16 || holdsFiniteVerb(words, named) || !looksLikeNamedSpeaker(tokens, words, named)) continue;
    // `His Democratic opponent, Rep. Alan Grayson, would support ...`: a noun phrase and its appositive
    // are the subject, not a report and its speaker; a report holds a verb.
    if (!holdsVerbForm(words, speaker.first, comma - 1)) continue;
    return build(named, comma, cue.last + 1);
  }
  return null;
}

/** An inverted `..., said X` takes a cue whose content often comes before it (`said` 0.36 after, `asked` 0.84, `stressed` 1.0). */
export const INVERTIBLE_CONTENT_AFTER = 0.9;

/**
 * Whether `words[from, to]` hold a verb form: a finite auxiliary, a word in `-ed` or `-s` (`Trade
 * talks will resume`), or a common irregular past (`The economy grew by 5 percent`).
 */
function holdsVerbForm(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (FINITE_AUXILIARY.test(words[i]!) || /^[a-z]{3,}(?:ed|s)$/.test(words[i]!) || IRREGULAR_PAST.has(words[i]!)) return true;
  return false;
}

/** `During the two-hour service, the pastor asked ...`: a fronted adverbial with no verb of its own in `[first, last]`, no report. */
function frontedAdverbial(words: readonly string[], first: number, last: number): boolean {
  if (!FRONTED_ADVERBIAL.test(words[first]!) || holdsFiniteVerb(words, { first, last })) return false;
  for (let i = first; i <= last; i++) if (PAST_FORM.test(words[i]!)) return false;
  return true;
}

/**
 * `In a direct appeal to voters, Mr. Khan pleaded with them to ...`, `While most were ..., according
 * to X, two were ...`: a subordinate clause or an infinitive of purpose with no comma in
 * `[first, last]` is the fronted adverbial of the cue's own clause, not a report before it (a
 * report that opens with one goes on after its comma: `If we wait, it will be too late, X said`).
 */
export function subordinateOnly(words: readonly string[], first: number, last: number): boolean {
  return (SUBORDINATOR.has(words[first]!) || words[first] === 'to') && !hasComma(words, first + 1, last);
}

/** Prepositions that open an adverbial put before the main clause (`In the final Mass of his trip, ...`). */
const FRONTED_ADVERBIAL = /^(?:in|on|at|during|after|before|since|over|from|amid|despite|under|with|without|for|by|throughout|within|following)$/;
const PAST_FORM = /^[a-z]{3,}ed$/;
const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last|this|earlier|later|on|in)$/;

/** Whether a finite verb (`is`, `had`) lies in the range before any relative pronoun. */
export function holdsFiniteVerb(words: readonly string[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) {
    if (RELATIVE.has(words[i]!)) return false;
    if (FINITE_AUXILIARY.test(words[i]!)) return true;
  }
  return false;
}

/** Whether the range holds `, who` / `, which` or `who` (`a Republican who has refused ...`): a name with a relative clause about it. */
function holdsRelative(words: readonly string[], range: TokenRange): boolean {
  for (let i = range.first + 1; i <= range.last; i++) if (RELATIVE.has(words[i]!) && (words[i - 1] === ',' || words[i] === 'who')) return true;
  return false;
}

export const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);

/** The last token before `, who ...` in `[from, end]`, or `end` when there is no relative clause. */
function beforeRelative(words: readonly string[], from: number, end: number): number {
  for (let i = from + 1; i <= end; i++) if (words[i - 1] === ',' && RELATIVE.has(words[i]!)) return i - 2;
  return end;
}

/**
 * The last token before `, noting ...` in `[from, end]`, or `end`: a participle clause after the
 * attribution's adverbial (`Hollande said Tuesday in Paris, noting ...`) reports on its own.
 */
function beforeParticiple(words: readonly string[], from: number, end: number): number {
  for (let i = from + 1; i <= end; i++) if (words[i - 1] === ',' && participleCueAt(words, i, MIN_PRECISION)) return i - 2;
  return end;
}

/** After an inverted speaker: nothing, a short adverbial, or the speaker's appositive (`, a senator from Iowa`). */
function invertedTail(words: readonly string[], from: number, end: number): boolean {
  if (from > end) return true;
  // `..., said X, a spokesman for Y, who ...`: a relative clause about the speaker ends what is checked.
  end = beforeRelative(words, from, end);
  for (let i = from; i <= end; i++) if (words[i] === 'that' || words[i] === ':' || isQuoteMark(words[i]!)) return false;
  if (words[from] === ',') return end - from < 16;
  // `..., said the simplistic approach put forward by Trump is insufficient`: a finite verb after
  // the would-be speaker makes it the subject of the reported clause.
  return end - from < 6 && ADVERBIAL_START.has(words[from]!) && !holdsFiniteVerb(words, { first: from, last: end });
}

/**
 * Whether the tokens after an attribution (`[from, end]`) are only an adverbial (`on Sunday`,
 * `in a statement`), an object of `told` (`told a news conference`), or a participle clause.
 */
function quietTail(words: readonly string[], from: number, end: number, cue: CueMatch): boolean {
  if (from > end) return true;
  end = beforeParticiple(words, from, beforeRelative(words, from, end));
  if (from > end) return true;
  if (words[from] === ',') return participleCueAt(words, from + 1, MIN_PRECISION);
  if (end - from >= MAX_TAIL_TOKENS) return false;
  for (let i = from; i <= end; i++) if (words[i] === 'that' || words[i] === ':' || isQuoteMark(words[i]!)) return false;
  // `told POLITICO she was leaning toward Cruz`: a subject after the object opens the reported clause.
  if (TAKES_OBJECT.test(cue.phrase)) for (let i = from + 1; i <= end; i++) if (SUBJECT_PRONOUN.has(words[i]!)) return false;
  return ADVERBIAL_START.has(words[from]!) || TAKES_OBJECT.test(cue.phrase);
}

/** `highlighted their shared ...`: a speaker that holds a reliable verb cue is a clause, not a name. */
export function holdsVerbCue(words: readonly string[], speaker: TokenRange): boolean {
  // `Bernie Sanders, who on Tuesday endorsed Clinton, said`, `John Kasich, a Republican who has
  // refused to endorse Mr. Trump, said`: a relative clause may hold one.
  let last = speaker.last;
  for (let i = speaker.first + 1; i <= speaker.last; i++) {
    if (RELATIVE.has(words[i]!)) {
      last = i - 1;
      break;
    }
  }
  return matchCues(words, speaker.first, last + 1, 0.5).some((cue) => !phraseWords(cue.phrase)[0]!.endsWith('ing'));
}
