import { isQuoteMark, tokenAtOrAfter, type Attribution, type QuoteDocument } from './document.js';
import { matchCues, participleCueAt, type CueMatch } from './match-cues.js';
import { parentheticalLead } from './parenthetical-lead.js';
import type { Quotation } from './quote-marks.js';
import { holdsFiniteVerb } from './closing-attribution.js';
import { colonLeadIn } from './colon-lead-in.js';
import { attributionEndsParagraph, continues, endsParagraph, looksLikeTitle, sentenceFloor, SENTENCE_STOP } from './quote-continuation.js';
import { reportedClauseFirst } from './reported-clause.js';
import { BETWEEN_SPEAKER_AND_CUE, clauseSubject, looksLikeNamedSpeaker, speakerAfter, speakerBefore, type TokenRange } from './speaker.js';

/** A cue right beside a quotation is reliable even when the phrase is often something else. */
const MIN_PRECISION_BESIDE_QUOTE = 0.3;
/** A cue in the words before a quotation that make it a mixed quote must be this reliable. */
const MIN_PRECISION_LEAD_IN = 0.5;
/** How close before an opening mark a cue must be to make the quotation its content (`said, "`, `told reporters: "`). */
const LEAD_IN_CUE_GAP = 3;
/** How far after a closing mark the attribution may end (`," Xu Guixiang, spokesman for ..., told`). */
const AFTER_WINDOW = 16;
/** A cue whose content follows it at least this often attributes no fragment quoted before it inside its sentence. */
const MIN_CONTENT_AFTER_BACKWARD = 0.9;
/** How far before an opening mark its cue may be (`told a news conference on Sunday:`). */
const BEFORE_WINDOW = 8;

const PRONOUN = /^(?:he|she|they|we|i|you|it|who)$/;

/** Cues that name a title rather than quote a speaker (`The ad, titled "Unifier?", ...`). */
const NAMING_CUE = /^(?:titled|entitled|headlined|dubbed|nicknamed|named|billed as|labeled|labelled)$/;

/** A direct quote with the tokens its attribution takes, so the indirect stage leaves them alone. */
export interface DirectQuote extends Attribution {
  readonly kind: 'direct' | 'mixed';
  /** Tokens from the opening mark to the end of the attribution. */
  readonly covers: TokenRange;
  /**
   * Tokens inside `covers` between one quotation's attribution and the next quotation of the same
   * quote (`, referring to Y.` in `"...," said X, referring to Y. "..."`): the writer's words, which
   * the indirect stage still reads (on PolNeAR train 40 annotated reports stood in such gaps, and
   * none was read; now 35 of the 46 reports read there overlap one).
   */
  readonly gaps: readonly TokenRange[];
}

/** The first cue in `[from, to)` of the tokens. */
function firstCue(doc: QuoteDocument, from: number, to: number): CueMatch | undefined {
  return matchCues(doc.words, from, to, MIN_PRECISION_BESIDE_QUOTE)[0];
}

/** `," the spokesman said.` / `," said Xu.` / `," Xu said, adding ...`: the attribution after a closing mark. */
function attributionAfter(doc: QuoteDocument, openToken: number, closeToken: number): { cue: CueMatch; speaker: TokenRange | null } | null {
  const { words } = doc;
  if (runsOnInSentence(doc, openToken, closeToken)) return null;
  const paragraph = doc.paragraphOf[closeToken];
  let start = closeToken;
  // Past the closing mark(s) and a comma, but not into the next quotation (`...here.” “Nobody ...`).
  while (
    start < words.length &&
    (isQuoteMark(words[start]!) || words[start] === ',') &&
    !(start > closeToken && isQuoteMark(words[start]!) && doc.tokens[start]!.start > doc.tokens[start - 1]!.end)
  ) start++;
  if (isQuoteMark(words[start] ?? '')) return null;
  let end = start;
  while (
    end < words.length &&
    end - start < AFTER_WINDOW &&
    doc.paragraphOf[end] === paragraph &&
    !SENTENCE_STOP.test(words[end]!) &&
    !isQuoteMark(words[end]!)
  ) end++;
  const cue = firstCue(doc, start, end);
  if (!cue || NAMING_CUE.test(cue.phrase)) return null;
  // `call Trump "very flexible," a nod to the front-runner acknowledging ...`: a cue whose content
  // follows it nearly always (on PolNeAR train) starts a report of its own after a fragment quoted
  // inside a sentence, rather than attributing the fragment (7 more reports read as annotated on
  // train, none fewer).
  if (opensInsideSentence(doc, openToken) && cue.contentAfter >= MIN_CONTENT_AFTER_BACKWARD) return null;
  // `... is “ongoing.” He said ...`: a quotation that ends its sentence with a full stop is not
  // attributed by the next sentence (`“Really?” Trump asked.` is, after a question or exclamation mark).
  // (`''...value.'' He added` has two marks: only marks lie between the stop and the next word.)
  if (words[closeToken - 1] === '.' && onlyMarksBetween(words, closeToken, start) && /^\p{Lu}/u.test(doc.tokens[start]!.text)) return null;
  // `Trump said things “should be ...,” referring to ...`: a participle after the quotation starts a
  // report of its own; the quotation belongs to the sentence before it.
  if (cue.first === start && cue.participle) return null;
  if (cue.first === start) {
    // Inverted: `said the spokesman`.
    const speaker = speakerAfter(doc.tokens, words, cue.last, end, true);
    return speaker && looksLikeNamedSpeaker(doc.tokens, words, speaker) ? { cue, speaker } : null;
  }
  const speaker = speakerBefore(doc.tokens, words, cue.first, start);
  // Everything between the mark and the cue must be the speaker, or this is another sentence; and
  // it must read as one (`” toward shared objectives` has no speaker before `shared`).
  const named = speaker !== null && (looksLikeNamedSpeaker(doc.tokens, words, speaker) || PRONOUN.test(words[speaker.first]!));
  // `...?" All the parties are campaigning hard for an expected election`: a finite verb makes the
  // words before the cue a clause of the next sentence, not a speaker.
  return speaker && speaker.first === start && named && !holdsFiniteVerb(words, speaker) ? { cue, speaker } : null;
}

/** Punctuation that may end a quotation's words or follow its closing mark before an attribution. */
const ENDS_QUOTED_WORDS = /^[,.?!:;\u2014\u2013-]$/;

/** Whether the token before the opening mark at `openToken` is a word of the same paragraph. */
function opensInsideSentence(doc: QuoteDocument, openToken: number): boolean {
  const lead = doc.words[openToken - 1];
  return lead !== undefined && doc.paragraphOf[openToken - 1] === doc.paragraphOf[openToken] && /[\p{L}\p{N}]/u.test(lead);
}

/**
 * Whether the quotation from `openToken` to `closeToken` is a fragment the writer's sentence runs
 * through (`it would "have been cool" had Hillary Clinton congratulated him`): a word before the
 * opening mark, and a word right after the closing one with no punctuation on either side of it.
 * The words after it go on with the sentence rather than attribute the fragment (on PolNeAR train
 * none of the 14 such fragments we read as attributed was annotated so; 8 lay inside a report
 * the annotators read around them). A quotation that opens its sentence keeps its attribution
 * (`“The Iowa caucus is a battle of niches” Grubbs said.`).
 */
function runsOnInSentence(doc: QuoteDocument, openToken: number, closeToken: number): boolean {
  const { words } = doc;
  if (!opensInsideSentence(doc, openToken)) return false;
  let next = closeToken;
  while (next < words.length && isQuoteMark(words[next]!)) next++;
  const last = words[closeToken - 1] ?? '';
  return !ENDS_QUOTED_WORDS.test(last) && !isQuoteMark(last) && next < words.length && doc.paragraphOf[next] === doc.paragraphOf[closeToken] && /^[\p{L}\p{N}]/u.test(words[next]!);
}

/**
 * The writer's words a quote's next part leaves to the indirect stage: from a participle after a
 * comma (`"...," said X, referring to Y. "..."`) to the opening mark at `to`, or `null`. Only a
 * participle: on PolNeAR train two in three of its reports there were annotated, but only one in
 * three of other cues' (`said X, who supports Y`: the speaker's description).
 */
function participleGap(doc: QuoteDocument, from: number, to: number): TokenRange | null {
  const cue = matchCues(doc.words, from, to, MIN_PRECISION_BESIDE_QUOTE).find((c) => c.participle && doc.words[c.first - 1] === ',');
  return cue ? { first: cue.first, last: to - 1 } : null;
}

/** The participle cue that opens `gap` when its clause runs on to the quotation at `openToken`, or `null`. */
function participleReport(doc: QuoteDocument, gap: TokenRange, openToken: number): CueMatch | null {
  const cue = matchCues(doc.words, gap.first, gap.first + 1, MIN_PRECISION_BESIDE_QUOTE).find((c) => c.participle && c.first === gap.first);
  if (!cue || openToken - cue.last < 3) return null;
  for (let i = cue.last + 1; i < openToken; i++) if (SENTENCE_STOP.test(doc.words[i]!) || isQuoteMark(doc.words[i]!)) return null;
  return cue;
}

/** Whether tokens `[from, to)` are all quotation marks (and there is at least one). */
function onlyMarksBetween(words: readonly string[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isQuoteMark(words[i]!)) return false;
  return true;
}

/** `Xu said: "` / `he told reporters, "`: the attribution before an opening mark, in its sentence. */
function attributionBefore(doc: QuoteDocument, openToken: number, floor: number): { cue: CueMatch; speaker: TokenRange | null; coversFirst: number } | null {
  const { words } = doc;
  let last = openToken - 1;
  if (last < floor) return null;
  const lead = words[last]!;
  if (lead === ':' || lead === ',') last--;
  else if (!matchCues(words, last, last + 1, MIN_PRECISION_BESIDE_QUOTE)[0]) return null;
  const from = Math.max(floor, last - BEFORE_WINDOW + 1);
  // `the director of the UCLA Anderson Forecast, "`: a capitalized word inside its sentence is a name, not a cue.
  const cues = matchCues(words, from, last + 1, MIN_PRECISION_BESIDE_QUOTE).filter(
    (c) => (!c.participle || c.first > from) && !(c.first > floor && !SENTENCE_STOP.test(words[c.first - 1]!) && /^\p{Lu}/u.test(doc.tokens[c.first]!.text)),
  );
  const cue = cues.at(-1);
  if (!cue || NAMING_CUE.test(cue.phrase)) return null;
  // A participle's speaker is never the words right before it (`..., Spicer said, adding, "`).
  let speaker = cue.participle ? null : speakerBefore(doc.tokens, words, cue.first, floor);
  // The tokens the quote takes start at its speaker only when the speaker is the cue's own subject:
  // a participle's or a second verb's subject also reports what comes before the cue.
  const coversFirst = cue.participle ? cue.first : Math.min(speaker?.first ?? cue.first, cue.first);
  // `..., arguing that it showed "intent"`: the quotation goes with the report around its cue.
  if (!cue.participle && speaker && insideEarlierReport(doc, floor, cue, speaker.first)) return null;
  if (!speaker && !cue.participle) speaker = speakerAfterCue(doc, cue, floor, last) ?? sharedSubject(doc, cue, floor);
  if (cue.participle) {
    // `The former candidate continued, saying, "..."`: the subject of the clause, or the speaker
    // of the report the participle goes on (`he said, adding, "..."`).
    const earlier = matchCues(words, floor, cue.first, MIN_PRECISION_BESIDE_QUOTE).findLast((c) => !c.participle);
    speaker = (earlier ? speakerBefore(doc.tokens, words, earlier.first, floor) : null) ?? clauseSubject(doc.tokens, words, floor, cue.first);
  }
  return { cue, speaker, coversFirst };
}

/**
 * `Republicans seized on the message, arguing that it showed "intent"`: a cue whose subject opens
 * the clause a reliable cue earlier in the sentence reports (right after it or after its `that`,
 * with no comma up to the cue) speaks inside that report. The quotation is part of the outer
 * report, which the indirect stage then reads (on PolNeAR train the annotators read all 7 such
 * quotations inside the outer report, none as the inner cue's direct quote).
 */
function insideEarlierReport(doc: QuoteDocument, floor: number, cue: CueMatch, subjectFirst: number): boolean {
  const { words } = doc;
  return matchCues(words, floor, cue.first, MIN_PRECISION_LEAD_IN).some((earlier) => {
    // A participle opening the sentence has no report of its own around the clause after it.
    if (earlier.participle && earlier.first === floor) return false;
    const clauseFirst = earlier.last + 1 + (words[earlier.last + 1] === 'that' ? 1 : 0);
    // `said he expected that Americans will say "no"`: or a `that` clause inside that clause.
    const deeper = clauseFirst < subjectFirst && words[subjectFirst - 1] === 'that';
    if ((clauseFirst !== subjectFirst && !deeper) || subjectFirst >= cue.first) return false;
    // `says to Santilli on camera, who responds: "`: a comma ends the reported clause first.
    for (let i = earlier.last + 1; i < cue.first; i++) if (words[i] === ',' || SENTENCE_STOP.test(words[i]!) || isQuoteMark(words[i]!)) return false;
    return true;
  });
}

/**
 * `According to the Daily Caller, "`, `Continued Stone: "`, `But, said Solovey, "`: a cue that opens
 * its clause names the speaker after it, up to the comma or colon before the quotation.
 */
function speakerAfterCue(doc: QuoteDocument, cue: CueMatch, floor: number, last: number): TokenRange | null {
  const { words } = doc;
  let lead = cue.first - 1;
  while (lead >= floor && (words[lead] === ',' || /^(?:but|and|so|yet|as)$/.test(words[lead]!))) lead--;
  if (lead >= floor && cue.phrase !== 'according to') return null;
  const speaker = speakerAfter(doc.tokens, words, cue.last, last + 1, true);
  return speaker && speaker.last === last && looksLikeNamedSpeaker(doc.tokens, words, speaker) ? speaker : null;
}

/** `Trump called on her to resign and said, "`: a second verb takes the subject of its clause. */
function sharedSubject(doc: QuoteDocument, cue: CueMatch, floor: number): TokenRange | null {
  const { words } = doc;
  let joint = cue.first - 1;
  while (joint > floor && BETWEEN_SPEAKER_AND_CUE.has(words[joint]!)) joint--;
  if (joint <= floor || (words[joint] !== 'and' && words[joint] !== 'but')) return null;
  return clauseSubject(doc.tokens, words, floor, joint);
}

/**
 * `Dr. Ward stated:` at the end of one paragraph, then `"The U.S. Department ...` opening the next:
 * a quotation that opens its paragraph after a paragraph ending in a colon is introduced there.
 */
function introducedAbove(doc: QuoteDocument, openToken: number): { cue: CueMatch; speaker: TokenRange | null; coversFirst: number } | null {
  const colon = openToken - 1;
  if (colon < 0 || doc.words[colon] !== ':' || doc.paragraphOf[colon] === doc.paragraphOf[openToken]) return null;
  return attributionBefore(doc, openToken, sentenceFloor(doc, colon));
}

/**
 * Direct quotes: quotations with an attribution beside them (after the closing mark, or before
 * the opening one), and the quotations that continue one (`"...," he said. "..."` is one quote
 * from the first mark to the last). A quotation that opens its paragraph and has no attribution
 * continues the speaker of the quote before it. Other quotations are left to the indirect stage
 * (they become part of a mixed quote) or are not attributions at all (scare quotes, titles).
 */
export function findDirectQuotes(doc: QuoteDocument, quotations: readonly Quotation[]): DirectQuote[] {
  const found: DirectQuote[] = [];
  for (const quotation of quotations) {
    const openToken = tokenAtOrAfter(doc, quotation.open.start);
    const closeToken = quotation.close ? tokenAtOrAfter(doc, quotation.close.start) : tokenAtOrAfter(doc, quotation.content.end);
    const lastContentToken = closeToken - 1;
    const previous = found.at(-1);
    // A quotation inside the mixed quote before it (`He pledged "cooperation" toward ..., a "deep" bond`) is part of it.
    if (previous && previous.kind === 'mixed' && openToken <= previous.covers.last && quotation.content.end <= previous.content.end) continue;

    const extend = (last: number, gap: TokenRange | null = null) => {
      found[found.length - 1] = {
        ...previous!,
        content: { start: previous!.content.start, end: quotation.content.end },
        covers: { first: previous!.covers.first, last: Math.max(previous!.covers.last, last) },
        gaps: gap ? [...previous!.gaps, gap] : previous!.gaps,
      };
    };

    // A quotation with its own attribution after it is a quote of its own (`"...," he added.`).
    const after = quotation.close ? attributionAfter(doc, openToken, closeToken) : null;
    // `"...," Fiorina told "Fox and Friends."`: a title right after the attribution is its object.
    if (!after && previous && openToken === previous.covers.last + 1 && looksLikeTitle(doc, openToken, lastContentToken - (doc.words[lastContentToken] === '.' ? 1 : 0))) continue;
    const before = after ? null : (attributionBefore(doc, openToken, sentenceFloor(doc, openToken)) ?? introducedAbove(doc, openToken) ?? colonLeadIn(doc, openToken));
    // `"...," he said, "..."` and `"...," said X, a senator. "..."`: the same quote goes on, and the
    // gold spans it from its first part to its last.
    if (!after && previous && (before ? before.cue.first <= previous.covers.last : continues(doc, previous.covers.last, openToken))) {
      const gap = before ? null : participleGap(doc, previous.covers.last + 1, openToken);
      const reported = gap && doc.words[openToken - 1] === ',' ? participleReport(doc, gap, openToken) : null;
      if (reported) {
        // `"...," Gingrich told O'Reilly, noting that he and his wife, Callista, "have regularly ..."`:
        // the quotation goes on with the participle's clause, a mixed quote of its own (on PolNeAR
        // train the annotators read all 3 such quotes so; after a full stop instead of a comma, 6 of 20).
        found.push({
          kind: 'mixed',
          content: { start: doc.tokens[reported.last + 1]!.start, end: quotation.content.end },
          cue: reported,
          speaker: previous.speaker,
          covers: { first: reported.first, last: lastContentToken },
          gaps: [],
        });
      } else extend(lastContentToken, gap);
      continue;
    }
    const attribution = after ?? before;
    // `"Safety," said Grimm.`: a short quotation that opens its sentence and ends in a comma before
    // its attribution is said, not a title.
    const spoken = after !== null && sentenceFloor(doc, openToken) === openToken && /^[,?!]$/.test(doc.words[lastContentToken] ?? '');
    if (attribution && !spoken && looksLikeTitle(doc, openToken, lastContentToken)) continue;
    if (!attribution) {
      // A paragraph that opens with an unattributed quotation, right after a paragraph that ended a
      // direct quote, goes on with that quote.
      const paragraph = doc.paragraphOf[openToken]!;
      const opensParagraph = doc.paragraphOf[openToken - 1] !== paragraph;
      // `“...,” Viguerie tells Breitbart News in an exclusive interview.` may end the paragraph too, when
      // the quotation after it then ends its own (a quotation the sentence goes on after has an
      // attribution of its own there more often: `“...,” the dawn of ..., Bozell says.`).
      const endedAbove =
        previous !== undefined &&
        doc.paragraphOf[previous.covers.last] === paragraph - 1 &&
        (endsParagraph(doc, previous.covers.last) || (attributionEndsParagraph(doc, previous.covers.last) && endsParagraph(doc, lastContentToken)));
      // `'Totally pro-Israel.'` in single marks under a quote in double ones is a subheading, not its next paragraph.
      if (previous && opensParagraph && endedAbove && quotation.marks === 'double') {
        extend(lastContentToken);
      }
      continue;
    }

    // `He pledged "cooperation" toward shared objectives`: a cue right before the opening mark, and the
    // sentence going on after the closing one, make the rest of the sentence part of the report.
    // `de Blasio said, “I have not heard that particular concern” from New York law enforcement
    // officials.` too: a comma between the cue and the mark changes nothing, and so does a colon or
    // words between them (`Mr. Autor added: ''... we should have seen'' it coming.`: on PolNeAR train
    // 5 more quotes ended as annotated, 1 fewer).
    const rest = before !== null && quotation.close ? restOfSentence(doc, closeToken) : null;
    const attributionEnd = rest ?? (after ? Math.max(after.cue.last, after.speaker?.last ?? 0) : lastContentToken);
    // `America needs leaders “who understand ...,” Clinton said.`: a quotation that starts inside
    // its sentence, attributed after it, reports the whole sentence; so does one that an attribution
    // set off by commas interrupts (`An economic downturn, he said, “could be ...”`).
    const lead = after
      ? leadIn(doc, openToken)
      : before && !before.cue.participle
        ? (parentheticalLead(doc, sentenceFloor(doc, openToken), before.coversFirst, openToken) ??
          reportedClauseFirst(doc, before.cue, openToken))
        : null;
    found.push({
      kind: lead === null && rest === null ? 'direct' : 'mixed',
      content: { start: lead === null ? quotation.content.start : doc.tokens[lead]!.start, end: rest === null ? quotation.content.end : doc.tokens[rest]!.end },
      cue: attribution.cue,
      speaker: attribution.speaker,
      // A participle's speaker belongs to the report before it, which the indirect stage still reads.
      covers: { first: before ? Math.min(before.coversFirst, lead ?? before.coversFirst) : openToken, last: attributionEnd },
      gaps: [],
    });
  }
  return found;
}

/**
 * The first token of the words that lead into a quotation inside its sentence (`America needs
 * leaders “...`), or `null` when the quotation opens its sentence or follows a colon or a cue.
 */
function leadIn(doc: QuoteDocument, openToken: number): number | null {
  const floor = sentenceFloor(doc, openToken);
  if (floor >= openToken) return null;
  for (let i = floor; i < openToken; i++) if (isQuoteMark(doc.words[i]!)) return null;
  const before = doc.words[openToken - 1]!;
  if (before === ':' || before === '(' || before === '[') return null;
  // `Like most campaigns, "the process ...," Strother said` leads in; `He said, "...` does not. Only
  // a reliable cue counts here: `During their phone call Tuesday, Obama "reaffirmed ..."` leads in.
  // A cue far from the mark (`Carter discussed how he had placed a note card in a “burn bag,” the
  // Times reported`) reports a clause the quotation ends; the sentence is the report then.
  if (matchCues(doc.words, floor, openToken, MIN_PRECISION_LEAD_IN).some((cue) => (!cue.participle || before === ',') && openToken - cue.last <= LEAD_IN_CUE_GAP)) return null;
  if (before === ',' && openToken - floor < 3) return null;
  return floor;
}

/**
 * When a word (not punctuation) follows the closing mark at `closeToken`, the last token of the
 * sentence before its stop or a participle clause (`..., referring to ...`); otherwise `null`.
 */
function restOfSentence(doc: QuoteDocument, closeToken: number): number | null {
  const { words } = doc;
  // `...overlook.” The star then recalled ...`: a quotation that ends with a stop ends its sentence;
  // one that ends with a comma (`“We’ll see,” when asked whether ...`) ends its clause, and what
  // follows is the writer's.
  if (/^[.!?,]$/.test(words[closeToken - 1] ?? '')) return null;
  let next = closeToken + 1;
  while (next < words.length && isQuoteMark(words[next]!) && doc.tokens[next]!.start === doc.tokens[next - 1]!.end) next++;
  if (next >= words.length || doc.paragraphOf[next] !== doc.paragraphOf[closeToken] || !/^[\p{L}\p{N}]/u.test(words[next]!)) return null;
  // `“The struggle continues” and vowing to compete ...`: a participle after a comma or `and` is a report of its own.
  const participleAt = (i: number) => (words[i] === ',' || words[i] === 'and') && participleCueAt(words, i + 1, MIN_PRECISION_BESIDE_QUOTE);
  if (participleAt(next)) return null;
  let last = next;
  for (let i = next + 1; i < words.length && doc.paragraphOf[i] === doc.paragraphOf[closeToken] && i - next < 60; i++) {
    if (SENTENCE_STOP.test(words[i]!) || participleAt(i)) break;
    last = i;
  }
  while (last > next && (isQuoteMark(words[last]!) || words[last] === ',')) last--;
  return last;
}
