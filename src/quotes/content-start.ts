import { CUE_LEXICON } from './cues.generated.js';
import { isQuoteMark } from './document.js';
import { lastWordOf, SUBJECT_PRONOUN, TAKES_OBJECT } from './draft.js';
import type { CueMatch } from './match-cues.js';
import { ADVERBIAL_START } from './speaker.js';
import { infinitiveContentStart } from './infinitive-content.js';

/*
 * Where the content of reported speech starts when it follows its cue. PolNeAR's annotators put
 * the verb's object, a particle and a time of the report outside the content (`asked [Trump] how
 * high ...`, `thinking [about] what's next`, `said [Monday] he ...`); a `that` they usually keep.
 */

/** `said on Sunday in a statement that ...`: how far after the cue a `that` still opens the content. */
const THAT_WINDOW = 8;
/**
 * After a verb of telling its object comes first too (`telling reporters during a visit to Scotland
 * on Friday that ...`): on the held-out fifth of train 4 of the 5 contents that the longer reach
 * moves start at the `that`, none where they were. (With the object below, on all of train: 22 of
 * 34 moved contents start where the annotators start them, 4 started there before.)
 */
const OBJECT_THAT_WINDOW = 14;
/** How long an adverbial between a cue and its quotation may be (`said at a Fox News town hall on Monday, "..."`). */
const ADVERBIAL_WINDOW = 12;
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|yesterday|today|tonight)$/;

/**
 * `thinking about what's next`, `may think of him as ...`: a preposition right after the cue is
 * part of the cue for PolNeAR (on train 39 of 46 contents that open with `about` start after it,
 * 26 of 29 with `of`); so is the `out` of `called out`, `ruled out` (87 annotated cues end with
 * it, and no content starts with it).
 */
const CUE_PARTICLE = new Set(['about', 'of', 'out']);

/** Prepositions a cue phrase may end with (`called for`, `voted against`); `about` and `of` always are part of the cue. */
const JOINED_PREPOSITION: ReadonlySet<string> = new Set(['for', 'on', 'at', 'against', 'with', 'from', 'into', 'over', 'in']);

/** A verb's stem, for matching its forms (`insisted`, `insists`, `insist` -> `insist`). */
const stemOf = (word: string) => word.replace(/(?:ing|ed|es|s|e)$/, '');
/**
 * `Sanders pushes for a ban`: the verbs and prepositions that PolNeAR's cue phrases join (`also
 * pushed for`, `voted against` in the lexicon), by the verb's stem; after any form of such a verb
 * the preposition is part of the cue, not of the content.
 */
const VERB_PREPOSITIONS: ReadonlySet<string> = new Set(
  CUE_LEXICON.flatMap(([phrase]) => {
    const words = phrase.split(' ');
    return words.length >= 2 && JOINED_PREPOSITION.has(words.at(-1)!) ? [`${stemOf(words.at(-2)!)} ${words.at(-1)!}`] : [];
  }),
);

/**
 * More verbs whose object comes between them and their `that` (`reminding Republicans that ...`,
 * `assures voters that ...`) beside those of {@link TAKES_OBJECT}.
 */
const OBJECT_BEFORE_CLAUSE = /^(?:remind|reminds|reminding|assure|assures|assuring|warn|warns|warning|inform|informs|informing|ask|asking|convince|convinces|convinced|convincing|persuade|persuaded|persuading)$/;

/** Verbs whose object comes before the question they report (`asked Sanders whether ...`, `pressed him on why ...`). */
const OBJECT_THEN_CLAUSE = /^(?:told|tells|tell|telling|asked|asks|ask|asking|urged|urges|urge|urging|reminded|assured|warned|warns|pressed|pushed|pushes|encouraged|begged|implored|challenged|advised|instructed|ordered|invited)$/;
/**
 * Words that open the reported question after that object. Not `to` (`urged voters to ...`): on
 * PolNeAR train the annotators as often keep such an object in the content as leave it out.
 */
const CLAUSE_OPENING = new Set(['whether', 'if', 'how', 'what', 'why', 'when', 'where', 'which', 'who']);
const OBJECT_DETERMINER = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const OBJECT_PRONOUN = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** The longest object skipped: a pronoun or a short name (`Sen. Marco Rubio`). */
const MAX_OBJECT_TOKENS = 4;

/**
 * The end of the object after an object-taking cue when a question follows it (`asked [Trump]
 * if ...`): the index of the word that opens the question, or -1. The object is a pronoun, a
 * plural noun or a run of capitalized words (`words` is lower case, so the caller says which
 * tokens were capitalized).
 */
function pastObject(words: readonly string[], capitalized: (index: number) => boolean, from: number, told: boolean): number {
  // `told POLITICO he had ...`: after a verb of telling, a clause may open with its subject.
  const opens = (word: string | undefined) => word !== undefined && (CLAUSE_OPENING.has(word) || (told && SUBJECT_PRONOUN.has(word)));
  if (OBJECT_PRONOUN.has(words[from] ?? '')) return opens(words[from + 1]) ? from + 1 : -1;
  // `tells the crowd he was ...`, `told his audience they ...`: a determiner and one noun (on the
  // held-out fifth of train 4 of the 5 contents this moves start after the noun).
  if (OBJECT_DETERMINER.has(words[from] ?? '') && /^[a-z]{3,}$/.test(words[from + 1] ?? '') && !capitalized(from + 1) && opens(words[from + 2])) return from + 2;
  // `told the Tribune they ...`: a name may come with its article.
  const name = words[from] === 'the' && capitalized(from + 1) ? from + 1 : from;
  let i = name;
  while (i < name + MAX_OBJECT_TOKENS && i < words.length && capitalized(i)) i++;
  // `asked workers if ...`, `assured voters he'd ...`: a bare plural noun is an object too.
  if (i === name && /^[a-z]{3,}s$/.test(words[from] ?? '') && opens(words[from + 1])) return from + 1;
  return i > name && opens(words[i]) ? i : -1;
}

/** How long a prepositional adverbial before a `that` clause may be (`said Thursday during a taping of ..., that ...`). */
const LONG_ADVERBIAL_WINDOW = 20;
const PREPOSITION = new Set(['in', 'on', 'at', 'by', 'from', 'with', 'for', 'during', 'after', 'before', 'since', 'over', 'amid', 'via', 'through', 'under']);

/**
 * `questioned in recent days whether ...`, `believes, for example, that ...`, `said Thursday during
 * a taping in Buffalo, New York, that ...`: a prepositional adverbial after the cue (past a comma
 * or a time word) that ends at a `that` or `whether`; the index of that word, or -1. The adverbial
 * may hold commas but no quotation mark or stop.
 */
function clauseAfterAdverbial(words: readonly string[], from: number): number {
  let i = from;
  if (words[i] === ',') i++;
  if (TIME_WORD.test(words[i] ?? '')) i++;
  if (!PREPOSITION.has(words[i] ?? '')) return -1;
  for (let k = i + 1; k < from + LONG_ADVERBIAL_WINDOW && k < words.length; k++) {
    const word = words[k]!;
    // `the days that followed`: a `that` before a verb opens a relative clause about the noun before it.
    if (word === 'whether' || (word === 'that' && !VERB_AFTER_RELATIVE.test(words[k + 1] ?? ''))) return k;
    // `said on Friday he met ... and that ...`: the content has started already.
    if (/^[.;:!?]$/.test(word) || isQuoteMark(word) || SUBJECT_PRONOUN.has(word) || word === 'and' || word === 'but') return -1;
  }
  return -1;
}

/** Words that right after `that` show a relative clause (`rules that allow`, `days that followed`), not a reported one. */
const VERB_AFTER_RELATIVE = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did|do|[a-z]+ed|[a-z]+es)$/;

/** Where the content after a cue starts: at a near `that`, past an object, a particle or a time, or right after the cue and a colon or comma. */
export function contentStart(words: readonly string[], cue: CueMatch, capitalized: (index: number) => boolean): number {
  const infinitive = infinitiveContentStart(words, cue, capitalized);
  if (infinitive >= 0) return infinitive;
  // `said on Sunday that`, `told reporters that`: only an adverbial or the object of `told` comes
  // between the cue and its `that`; `said CNN had tweeted that ...` starts right after the cue.
  const after = words[cue.last + 1] ?? '';
  const lastWord = lastWordOf(cue);
  const takesObject = TAKES_OBJECT.test(lastWord) || OBJECT_BEFORE_CLAUSE.test(lastWord);
  const adverbialGap = after === 'that' || ADVERBIAL_START.has(after) || TIME_WORD.test(after) || takesObject;
  const window = takesObject ? OBJECT_THAT_WINDOW : THAT_WINDOW;
  for (let i = cue.last + 1; adverbialGap && i <= cue.last + window && i < words.length; i++) {
    const word = words[i]!;
    if (word === 'that') return i;
    // `telling supporters in Columbus, Ohio, that ...`: the object of `told` may hold a comma.
    if ((word === ',' && !takesObject) || word === '.' || isQuoteMark(word)) break;
  }
  const clause = clauseAfterAdverbial(words, cue.last + 1);
  if (clause >= 0) return clause;
  // `said at a town hall on Monday, "we would ..."`: an adverbial, then the quotation.
  for (let i = cue.last + 2; ADVERBIAL_START.has(after) && i <= cue.last + ADVERBIAL_WINDOW && i < words.length; i++) {
    const word = words[i]!;
    if (word === ',' && isQuoteMark(words[i + 1] ?? '')) return i + 1;
    if (word === ',' || word === '.' || isQuoteMark(word)) break;
  }
  const next = words[cue.last + 1];
  if (next === ':' || next === ',') return cue.last + 2;
  if (CUE_PARTICLE.has(after)) return cue.last + 2;
  if (OBJECT_THEN_CLAUSE.test(lastWord)) {
    const clause = pastObject(words, capitalized, cue.last + 1, takesObject);
    if (clause >= 0) return clause;
  }
  // `said Monday he ...`, `said on Friday the ...`: a time before the content is not part of it.
  let i = cue.last + 1;
  if (/^(?:on|last|this|earlier|late)$/.test(words[i] ?? '')) i++;
  if (TIME_WORD.test(words[i] ?? '')) return i + 1;
  return VERB_PREPOSITIONS.has(`${stemOf(lastWord)} ${after}`) ? cue.last + 2 : cue.last + 1;
}

