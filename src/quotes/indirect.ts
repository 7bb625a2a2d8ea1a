import { DOUBLE_QUOTATION_MARK } from '../text/quotation-marks.js';
import type { Span } from '../model/span.js';
import type { DirectQuote } from './direct.js';
import { isQuoteMark, STARTS_UPPER_CASE, type Attribution, type QuoteDocument, type Sentence } from './document.js';
import { blockedTokens, sentenceCues, type ScoredCue } from './cue-candidates.js';
import { cueContextOf } from './cue-context.js';
import { matchCues, participleCueAt, type CueMatch } from './match-cues.js';
import { throughOpenQuotation } from './open-quotation.js';
import type { Quotation } from './quote-marks.js';
import { BETWEEN_SPEAKER_AND_CUE, clauseSubject, speakerAfter, speakerBefore, withAppositiveAfter, type TokenRange } from './speaker.js';
import { passiveAsked } from './asked.js';
import { isAuxiliaryOfNextVerb } from './auxiliary-cue.js';
import { asClause } from './as-clause.js';
import { emptySubject, HEARSAY_ADVERB, raising, relativeSubjectAt, showsUp } from './raising.js';
import { catenativeVerbOf, infinitiveCueVerbs, opensInfinitiveCue } from './catenative.js';
import { colonAttribution } from './colon-attribution.js';
import { passiveBy, passiveWithComplement, passiveWithoutAgent } from './passive-by.js';
import { closingAttribution, holdsVerbCue, INVERTIBLE_CONTENT_AFTER, RELATIVE, subordinateOnly } from './closing-attribution.js';
import { MIN_PRECISION, type Draft } from './draft.js';
import { inRelativeClause, relativeClauseEnd, relativeOpening, zeroRelative } from './relative-report.js';
import { contentStart } from './content-start.js';
import { inSourceReport, sourceBeforeComma } from './fronted-source.js';
import { chooseByModel, chooseContentEnd, type EndChooser } from './content-end.js';
import { skipConnective } from './connective.js';
import { joinsInnerClause } from './joined-verb.js';
import { cutTrailingClause, SUBORDINATOR } from './trailing-clause.js';

/** A constant, not a literal in the function: a literal is a new object each time it is evaluated. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const STARTS_LETTER = /^\p{L}/u;

/**
 * A phrase the lexicon finds a cue nine times in ten (`says`, `told`) needs less from the classifier
 * (`the report that it says is based on ...`); on PolNeAR train this floor was neutral for exact
 * matches and found a few more reports.
 */
const RELIABLE_PHRASE = 0.9;
const MIN_PRECISION_RELIABLE_PHRASE = 0.25;
/** The score a cue needs when a quotation follows it in its sentence (the lexicon's floor for reliable cues). */
const MIN_PRECISION_BEFORE_QUOTE = 0.2;
/** The score a cue needs right before a `that` or `whether` clause (`Clinton conceded that ...`), evidence of a report too. */
const MIN_PRECISION_BEFORE_CLAUSE = 0.2;
/** `conceded that`, `asked whether`: the words that open such a clause. */
const CLAUSE_OPENER = /^(?:that|whether)$/;
/** Words that end a content before its cue only where the subject of a relative clause or of `being` was cut from its verb. */
const DANGLING_BEFORE_CUE: ReadonlySet<string> = new Set(['that', 'being']);

/**
 * `The complaint, which was filed in ...`, `a deal that was rejected by ...`: a content that ends
 * on a relative pronoun whose verb follows it with no comma between is a subject cut from its verb,
 * no report. `that` and `being` are such an end only before the cue: `The staff can handle that,
 * the governor said` and `... accused him of believing that "..."` end on a demonstrative.
 */
function cutFromItsVerb(words: readonly string[], range: TokenRange, cueFirst: number): boolean {
  const last = words[range.last]!;
  const dangling = RELATIVE.has(last) || (range.last < cueFirst && DANGLING_BEFORE_CUE.has(last));
  return dangling && STARTS_LETTER.test(words[range.last + 1] ?? '');
}

/**
 * Reported speech, sentence by sentence: `..., X said.` (content before the cue), `X said (that)
 * ...` and `X added that ...` (content after), `according to X, ...` either way, a parenthetical
 * `..., X said, ...`, and participles (`..., adding that ...`) that take the speaker before them.
 * Content holding a quotation is a mixed quote.
 */
export function findIndirectQuotes(
  doc: QuoteDocument,
  quotations: readonly Quotation[],
  direct: readonly DirectQuote[],
  chooseEnd: EndChooser = chooseByModel,
): Attribution[] {
  const blocked = blockedTokens(doc, quotations, direct);
  const found: Attribution[] = [];
  let next = 0;
  for (const sentence of doc.sentences) {
    // Sentences and direct quotes are both in text order: the direct quote whose attribution ends
    // in this sentence, if any, is found with one pointer.
    while (next < direct.length && direct[next]!.covers.last < sentence.first) next++;
    const quote = direct[next];
    // Or the quote whose gap (`"...," said X, referring to Y. "..."`) this sentence reads.
    const before = quote && (quote.covers.last <= sentence.last || quote.gaps.some((gap) => gap.first <= sentence.last && gap.last >= sentence.first)) ? quote : null;
    // `Sanders: Brexit's message could ...`: the colon's report is the whole sentence (on PolNeAR
    // train reading the sentence's own cues too lost more exact matches than it found).
    const colon = colonAttribution(doc, blocked, sentence);
    const read = colon ? [colon] : readSentence(doc, blocked, sentence, before);
    // `In a CNN poll released Monday, ...`: a source with no cue of its own reports only where the sentence has no other report.
    const inSource = read.length === 0 ? inSourceReport(doc, blocked, sentence) : null;
    for (const draft of inSource ? [inSource] : read) {
      const { first, last } = draft.content;
      const chosen =
        first > draft.cue.last
          ? chooseContentEnd(doc, draft, cutTrailingClause(doc.words, draft), chooseEnd)
          : { first: skipConnective(doc.words, first, last), last };
      // `which he said was a mistake`: the content's end is chosen as after the cue, its start is the pronoun.
      const range = draft.relative === undefined ? chosen : { first: draft.relative, last: chosen.last };
      // `continued, saying, "..."`: a content of one word is the next cue, not a report.
      if (range.last < range.first) continue;
      if (cutFromItsVerb(doc.words, range, draft.cue.first)) continue;
      const trimmed = trimmedSpan(doc, range);
      if (!trimmed) continue;
      const content = throughOpenQuotation(doc.text, quotations, trimmed);
      // `commented: "` before a quote whose words a direct quote took, `revealed last week)`: no words, no report.
      if (!WORD_CHARACTER.test(doc.text.slice(content.start, content.end))) continue;
      const quoted = DOUBLE_QUOTATION_MARK.test(doc.text.slice(content.start, content.end));
      found.push({
        kind: quoted ? 'mixed' : 'indirect',
        content,
        cue: { first: draft.cue.first, last: draft.cue.last },
        speaker: draft.speaker,
        // A classifier-scored candidate carries the lexicon's precision beside the classifier's.
        ...('lexiconPrecision' in draft.cue ? { cueProbability: draft.cue.precision } : {}),
      });
    }
  }
  return found;
}

function readSentence(doc: QuoteDocument, blocked: Uint8Array, sentence: Sentence, direct: DirectQuote | null): Draft[] {
  const { words, tokens } = doc;
  // Extraction needs the candidates' scores, not their features.
  const read = sentenceCues(doc, blocked, sentence, false);
  if (!read) return [];
  const { start, end, quoteAt } = read;
  // A quotation later in the sentence is evidence of a report: before it, a cue the classifier finds
  // less reliable still counts when its content usually follows it (`The ad targets a “corrupt ...”`).
  // A participle after a comma (`..., Xu said, adding that ...`) goes on with the clause's report:
  // the lexicon's precision is enough there (the classifier, trained on single words around the
  // candidate, reads `said, adding` as a cue inside a content).
  const cues = read.cues.filter(
    (cue) =>
      // `Mr. Cruz has sharpened his language`: a bare auxiliary is its verb's, not a cue of its own.
      !isAuxiliaryOfNextVerb(words, cue) &&
      (cue.precision >= MIN_PRECISION ||
      (cue.lexiconPrecision >= RELIABLE_PHRASE && cue.precision >= MIN_PRECISION_RELIABLE_PHRASE) ||
      (cue.precision >= MIN_PRECISION_BEFORE_QUOTE && quoteAt > cue.last && cue.contentAfter >= 0.5) ||
      (cue.participle && commaBefore(words, cue.first) >= 0 && cue.lexiconPrecision >= MIN_PRECISION) ||
      (cue.precision >= MIN_PRECISION_BEFORE_CLAUSE && CLAUSE_OPENER.test(words[cue.last + 1] ?? ''))),
  );
  if (cues.length === 0) return [];
  // Made only for a sentence with cues: most sentences have none.
  const capitalizedAt = (index: number) => STARTS_UPPER_CASE.test(tokens[index]?.text ?? '');
  const cueStarts = new Set(cues.map((cue) => cue.first));

  const drafts: Draft[] = [];
  // The speaker of the direct quote this sentence continues (`"...," he said, adding that ...`).
  const inGap = direct?.gaps.some((gap) => gap.first <= start && start <= gap.last) === true;
  let lastSpeaker: TokenRange | null = direct && (direct.covers.last < start || inGap) ? direct.speaker : null;
  let limit = end;

  // An attribution that closes the sentence: `..., a spokesman said.` / `..., said Xu.` / `..., according to X.`
  // `..., said Howard Rubel, an analyst at Jefferies, who noted that ...`: not a cue in a relative
  // clause about the speaker.
  const lastCue = cues.findLast((cue) => !cue.participle && !inRelativeClause(words, cue.first));
  // `Reflecting his father's brashness, he pledged to put New York ... in play`: a cue followed by
  // `to` opens its infinitive or its recipient, not an adverbial after a closing attribution (on
  // PolNeAR train reading it as the content gained both exact and overlap matches).
  const closing = lastCue && words[lastCue.last + 1] !== 'to' ? closingAttribution(doc, lastCue, start, end) : null;
  if (closing) {
    drafts.push(closing.draft);
    lastSpeaker = closing.draft.speaker;
    limit = closing.before;
  }

  const infinitiveVerbs = infinitiveCueVerbs(words, cues);
  for (const cue of cues) {
    // After a closing attribution only a participle (`..., Xu said, adding that ...`) or a relative clause
    // about its speaker (`..., said X, who noted that ...`) goes on, to the sentence end.
    if ((cue.first > limit && !cue.participle && !inRelativeClause(words, cue.first)) || (closing && cue === lastCue)) continue;
    // `Lewandowski continued to say ...`: the infinitive is the cue, read below (`catenative.ts`).
    if (opensInfinitiveCue(cue, infinitiveVerbs)) continue;
    const ceiling = cue.first > limit ? end : limit;
    const asked = passiveAsked(doc, cue, start, end, ceiling, lastSpeaker) ?? (cue.participle ? null : asClause(doc, cue, start, end));
    if (asked) {
      drafts.push(asked);
      continue;
    }
    if (cue.phrase === 'according to') {
      // `According to X, ...`: the content follows the speaker's comma.
      const after = speakerAfter(tokens, words, cue.last, limit + 1, false);
      const named = after && withAppositiveAfter(tokens, words, after, limit);
      // `According to early results of the exit poll conducted by ..., Clinton led`: a source too long
      // for the walk over a name still ends at the first comma when it opens the sentence.
      const speaker = named && words[named.last + 1] === ',' ? named : cue.first === start ? sourceBeforeComma(words, cue.last + 1, limit) : null;
      if (!speaker) continue;
      // `About 10 p.m., according to a timeline, the contractors left`: the report is the whole sentence.
      // `While most were ..., according to X, two were ...`: a fronted subordinate clause is no part of it.
      if (cue.first !== start && words[cue.first - 1] === ',') drafts.push({ cue, speaker, content: { first: subordinateOnly(words, start, cue.first - 2) ? speaker.last + 2 : start, last: limit } });
      else if (cue.first === start) drafts.push({ cue, speaker, content: { first: speaker.last + 2, last: limit } });
      continue;
    }
    let speaker: TokenRange | null;
    if (cue.participle) {
      // `..., adding that ...`: the previous clause's speaker; that clause ends at the comma.
      // With no report before it in the sentence, the subject of the clause (`One operative ... tried
      // to downplay ..., saying ...`).
      speaker = cue.first > limit && closing ? closing.draft.speaker : (lastSpeaker ?? clauseSubject(tokens, words, start, cue.first));
      const before = words[cue.first - 1] ?? '';
      if (SUBORDINATOR.has(before)) {
        // `While denouncing ..., she ...`: a participle clause that opens the sentence reports what
        // the subject of the main clause, after its comma, said.
        if (cue.first - 1 <= start + 1) speaker = subjectAfterComma(doc, cue.last + 1, ceiling) ?? speaker;
      } else if (before !== ',' && !isQuoteMark(before)) {
        // `Democrats supporting Clinton`: a participle right after a noun phrase takes it as its speaker.
        speaker = speakerBefore(tokens, words, cue.first, start) ?? speaker;
      }
      if (!speaker) continue;
      // The comma may sit inside a closing mark (`... was "corrupt," noting that ...`). Without a
      // comma (`while denouncing ...`, `Democrats supporting Clinton`) the participle still
      // reports: on PolNeAR train requiring the comma lost more than it saved.
      const comma = commaBefore(words, cue.first);
      if (comma >= 0) endBefore(drafts, comma);
    } else {
      // `Lewandowski continued to say ...`: the speaker is the subject of the verb before the infinitive.
      const catenative = catenativeVerbOf(words, cue);
      speaker = speakerBefore(tokens, words, catenative >= 0 ? catenative : cue.first, start);
      const joint = coordinated(words, cue.first, start);
      const sharedSpeaker = joint === null ? null : (lastSpeaker ?? clauseSubject(tokens, words, start, joint));
      if (!speaker && joint !== null && sharedSpeaker) {
        // `Wang said that ... and added that ...`: a second verb of the same speaker (or of the
        // clause's subject). The first report ends at the joint only when the second has its own
        // clause (`and added that ...`); `... and called it a "..."` stays inside the first one too.
        speaker = sharedSpeaker;
        // A report that is not a `that` clause (`She said she admires ... and highlighted ...`) ends at the joint too,
        // unless the joined verb goes on with the clause inside it (`joined-verb.ts`).
        const secondThat = words[contentStart(words, cue, capitalizedAt)] === 'that';
        if (secondThat || !joinsInnerClause(drafts, words, cue, joint)) endBefore(drafts, joint, secondThat ? null : words);
      }
      // `Does he know what that entails?`, `Do you think ...?`: a question puts its auxiliary before
      // the subject; the speaker is the subject after it.
      if (speaker && speaker.first < speaker.last && AUXILIARY_START.test(words[speaker.first]!) && (speaker.first === start || words[speaker.first - 1] === ',')) {
        speaker = { first: speaker.first + 1, last: speaker.last };
      }
      // `Senate leaders — and, in particular, Harry Reid — insisted that ...`: a reliable cue whose
      // subject the walk back does not reach still reports what follows it, its source unnamed.
      const readable = speaker
        ? !hasBlocked(blocked, speaker) && !holdsVerbCue(words, speaker) && !holdsCueBeforeNoun(words, cue, speaker, cueStarts) && !AUXILIARY_START.test(words[speaker.first]!)
        : reportsUnnamed(words, cue, start);
      if (!readable) continue;
      if (speaker) {
        // `The economy, Smith said, is strong.`: a parenthetical attribution in its content.
        const participleNext = participleCueAt(words, cue.last + 2, MIN_PRECISION);
        if (speaker.first - 1 > start && words[speaker.first - 1] === ',' && words[cue.last + 1] === ',' && !participleNext) {
          // `But, Carson added, he did not ...`: with only a connective before it, the report follows the attribution.
          const first = skipConnective(words, start, limit) >= speaker.first ? cue.last + 2 : start;
          drafts.push({ cue, speaker, content: { first, last: limit } });
          lastSpeaker = speaker;
          continue;
        }
        // `X said A, but Y said B`: the clause before ends where this one starts.
        const joined = clauseStart(words, speaker.first);
        if (joined !== null) endBefore(drafts, joined);
      }
    }
    if (showsUp(words, cue)) continue;
    // `Trump has been criticized for ...`: a passive with its complement is read as a raising cue, with no source.
    const complement = speaker !== null && passiveWithComplement(words, cue);
    // `it seems the Democrats have ...`: a raising verb with an empty subject reports what follows it, from no source.
    if (speaker && emptySubject(words, cue)) {
      const first = contentStart(words, cue, capitalizedAt);
      const last = lastBeforeDirectQuote(blocked, first, ceiling);
      if (first <= ceiling && last >= first) drafts.push({ cue, speaker: null, content: { first, last } });
      continue;
    }
    if (speaker && (complement || raising(words, cue))) {
      // `Mr. Trump seemed to overstay his welcome`, `Clinton is expected to win`: the writer's
      // inference about the subject; the content is the whole clause, its subject and cue included.
      const last = lastBeforeDirectQuote(blocked, cue.last, ceiling);
      // `The hackers have reportedly infiltrated ...`: the subject is what is reported, not its source.
      const pronoun = relativeSubjectAt(words, speaker.first, cue.first);
      const subject = pronoun ?? skipConnective(words, speaker.first, last);
      const source = complement || HEARSAY_ADVERB.test(cue.phrase) ? null : speaker;
      // Its end is chosen as for a content after the cue (`[... is not expected to happen until
      // 2019], giving employees time ...`): the content is read from the cue on, then starts at the subject.
      const after = { first: cue.last + 1, last: pronoun === null ? last : relativeClauseEnd(words, pronoun, cue.last + 1, last) };
      drafts.push(last > cue.last ? { cue, speaker: source, content: after, relative: subject } : { cue, speaker: source, content: { first: subject, last } });
      continue;
    }
    // `This proposal was rejected by 64 percent of the electorate`: the subject is the content.
    const passive = speaker ? (passiveBy(doc, cue, speaker, ceiling) ?? passiveWithoutAgent(doc, cue, speaker, ceiling)) : null;
    if (passive) {
      drafts.push(passive);
      continue;
    }
    const first = contentStart(words, cue, capitalizedAt);
    // A cue that ends its sentence (`..., X said`) has no content after it.
    if (first > ceiling) continue;
    // `a certificate issued in Hawaii`, `who spoke on the condition of anonymity`: a cue whose
    // object is a prepositional phrase reports nothing.
    const last = lastBeforeDirectQuote(blocked, first, ceiling);
    if (last < first) continue;
    if (PREPOSITION_OPENING.has(words[first]!) && !holdsQuoteMark(words, first, last)) continue;
    const opening = speaker ? relativeOpening(words, cue, speaker, first) : undefined;
    const zero = speaker && opening === undefined ? zeroRelative(words, capitalizedAt, cue, speaker, first) : undefined;
    const relative = zero?.opening ?? opening;
    drafts.push({ cue, speaker: zero?.speaker ?? speaker, content: { first, last: relative === undefined ? last : relativeClauseEnd(words, relative, first, last) }, ...(relative === undefined ? {} : { relative }) });
    lastSpeaker = speaker ?? lastSpeaker;
  }
  return drafts;
}

/**
 * The comma right before token `at`, inside the closing marks of a quotation too (`"corrupt,"
 * noting`, `''overblown,'' adding`: the NYT's doubled apostrophes are two tokens), or -1.
 */
function commaBefore(words: readonly string[], at: number): number {
  let i = at - 1;
  while (i > at - 3 && isQuoteMark(words[i] ?? '')) i--;
  return words[i] === ',' ? i : -1;
}

/** `The DNC released a statement`: before a noun cue, words that hold another accepted cue (one of `cueStarts`) are a clause, not a name. */
function holdsCueBeforeNoun(words: readonly string[], cue: ScoredCue, range: TokenRange, cueStarts: ReadonlySet<number>): boolean {
  if (cueContextOf(words[cue.first - 1]) !== 'determiner') return false;
  for (let i = range.first; i <= range.last; i++) if (cueStarts.has(i)) return true;
  return false;
}

/** How reliable a cue must be to report with no subject found before it. */
const MIN_PRECISION_UNNAMED = 0.5;

/**
 * Whether a cue with no speaker before it still reports what follows it: a reliable cue, not at
 * the sentence's start (`That said, ...`, `That's according to ...`), and not after a comma or a
 * closing mark when its content usually comes before it (`..., said Wilcox`: the name follows).
 */
function reportsUnnamed(words: readonly string[], cue: ScoredCue, start: number): boolean {
  if (cue.precision < MIN_PRECISION_UNNAMED || cue.first <= start + 1) return false;
  const previous = words[cue.first - 1]!;
  return !((previous === ',' || isQuoteMark(previous)) && cue.contentAfter < INVERTIBLE_CONTENT_AFTER);
}

/**
 * Ends the contents that follow their cue and run over `joint` just before it (a new clause starts
 * there). A content before its cue (`..., X said.`) holds the whole clause and keeps it.
 */
function endBefore(drafts: Draft[], joint: number, unlessThat: readonly string[] | null = null): void {
  for (const draft of drafts) {
    if (unlessThat && unlessThat[draft.content.first] === 'that') continue;
    if (draft.cue.last < joint && draft.content.first < joint && draft.content.last >= joint && !(draft.content.first < draft.cue.first && draft.content.last > draft.cue.last)) {
      draft.content = { first: draft.content.first, last: joint - 1 };
    }
  }
}

/** When the cue is a second verb joined by `and` / `but` (`..., and added`), where the joint starts. */
function coordinated(words: readonly string[], cue: number, floor: number): number | null {
  let i = cue - 1;
  while (i > floor && BETWEEN_SPEAKER_AND_CUE.has(words[i]!)) i--;
  if (i <= floor || (words[i] !== 'and' && words[i] !== 'but')) return null;
  return words[i - 1] === ',' ? i - 1 : i;
}

/** When a clause joined by `, and` / `, but` / `;` begins just before `index`, where the joint starts. */
function clauseStart(words: readonly string[], index: number): number | null {
  const before = words[index - 1];
  if (before === ',' || before === ';') return index - 1;
  // `..., calling it "an incredible feat" - but he said ...`: a dash joins a clause too.
  if ((before === 'and' || before === 'but' || before === 'while') && /^(?:[,;—–-]|--)$/.test(words[index - 2] ?? '')) return index - 2;
  return null;
}

/** The subject of the clause after the first comma in `[from, to]` (`..., she hasn't ...`), or `null`. */
function subjectAfterComma(doc: QuoteDocument, from: number, to: number): TokenRange | null {
  let comma = from;
  while (comma <= to && doc.words[comma] !== ',') comma++;
  return comma < to ? clauseSubject(doc.tokens, doc.words, comma + 1, to + 1) : null;
}

const PREPOSITION_OPENING = new Set(['in', 'on', 'at', 'by', 'from', 'with', 'for', 'during', 'after', 'before', 'since', 'into', 'through', 'over', 'under', 'against', 'between', 'among', 'within', 'without', 'outside', 'inside', 'near', 'behind', 'across', 'along', 'around', 'amid', 'via']);
/** `has toned down his criticism of`: a speaker never opens with an auxiliary. */
const AUXILIARY_START = /^(?:has|have|had|is|are|was|were|will|would|can|could|should|does|did|do|been|being)$/;

/** Whether a quotation mark lies in `words[first, last]` (a loop rather than a slice: this runs at every cue). */
function holdsQuoteMark(words: readonly string[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (isQuoteMark(words[i]!)) return true;
  return false;
}

/** The last token from `from` up to `ceiling` before a token a direct quote took. */
function lastBeforeDirectQuote(blocked: Uint8Array, from: number, ceiling: number): number {
  let last = from;
  while (last < ceiling && blocked[last + 1] !== 2) last++;
  return last;
}

function hasBlocked(blocked: Uint8Array, range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) if (blocked[i] !== 0) return true;
  return false;
}

/** The character span of a content range, without commas or stops at either end; `null` when empty. */
function trimmedSpan(doc: QuoteDocument, range: TokenRange): Span | null {
  let { first, last } = range;
  while (first <= last && /^[,.;:—–-]$/.test(doc.words[first]!)) first++;
  while (last >= first && /^[,.;:—–-]$/.test(doc.words[last]!)) last--;
  if (last < first) return null;
  return { start: doc.tokens[first]!.start, end: doc.tokens[last]!.end };
}
