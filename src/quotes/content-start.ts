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
const PART_OF_DAY = /^(?:night|morning|afternoon|evening)$/;
/**
 * Whether `words[i]` is a time of the report (`said Thursday he ...`), not the possessor that opens
 * the content (`said Thursday's speeches have ...`, `voted against Tuesday's package`: on train all
 * 5 contents after a cue that open with a time word and `'s` start at the time word).
 */
const timeAt = (words: readonly string[], i: number) => TIME_WORD.test(words[i] ?? '') && words[i + 1] !== "'s";

/**
 * `thinking about what's next`, `may think of him as ...`: a preposition right after the cue is
 * part of the cue for PolNeAR (on train 39 of 46 contents that open with `about` start after it,
 * 26 of 29 with `of`); so is the `out` of `called out`, `ruled out` (87 annotated cues end with
 * it, and no content starts with it), and the `up`, `upon`, `down`, `off` of `talked up`,
 * `remarked upon`, `played down`, `shrugged off` (about 40 annotated cues end with one of them,
 * no content after a cue starts with one).
 */
const CUE_PARTICLE = new Set(['about', 'of', 'out', 'up', 'upon', 'down', 'off']);

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
 * may hold commas and a title in quotation marks, but no stop.
 */
function clauseAfterAdverbial(words: readonly string[], from: number): number {
  let i = from;
  if (words[i] === ',') i++;
  if (timeAt(words, i)) i++;
  if (!PREPOSITION.has(words[i] ?? '')) return -1;
  // `said on NBC's "Meet the Press" that ...`: a title in quotation marks, closed before the `that`.
  let quoted = false;
  for (let k = i + 1; k < from + LONG_ADVERBIAL_WINDOW && k < words.length; k++) {
    const word = words[k]!;
    if (isQuoteMark(word)) {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    // `the days that followed`: a `that` before a verb opens a relative clause about the noun before it.
    if (word === 'whether' || (word === 'that' && !VERB_AFTER_RELATIVE.test(words[k + 1] ?? ''))) return k;
    // `said on Friday he met ... and that ...`: the content has started already.
    if (/^[.;:!?]$/.test(word) || SUBJECT_PRONOUN.has(word) || word === 'and' || word === 'but') return -1;
  }
  return -1;
}

/** Words that right after `that` show a relative clause (`rules that allow`, `days that followed`), not a reported one. */
const VERB_AFTER_RELATIVE = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did|do|[a-z]+ed|[a-z]+es)$/;

/**
 * `expressed concern that ...`, `voiced support for ...`, `expressed a desire to ...`: after a verb
 * of expressing, the feeling named by a bare noun is part of the cue for PolNeAR, and so is the
 * preposition after it; the content starts after the preposition, or at a `that` or `to` (on train
 * about 30 contents after such a noun start there, 4 at the noun). A noun with a modifier stays in
 * the content (`expressed particular concern over ...`, `expressed their support for ...`).
 */
const EXPRESSING = /^(?:express|expressed|expresses|expressing|voice|voiced|voices|voicing)$/;
const AFTER_FEELING = new Set(['about', 'over', 'at', 'with', 'for', 'in', 'of', 'regarding']);

/** Where the content starts after a verb of expressing and the noun it takes (`expressed concern [that]`), or -1. */
function pastFeeling(words: readonly string[], cue: CueMatch, capitalized: (index: number) => boolean): number {
  // The lexicon may hold the noun (`expressed concern`) or only the verb (`expressed`).
  let noun = cue.last;
  if (EXPRESSING.test(words[cue.last]!)) {
    noun = words[cue.last + 1] === 'a' || words[cue.last + 1] === 'an' ? cue.last + 2 : cue.last + 1;
  } else if (!(cue.last > cue.first && EXPRESSING.test(words[cue.last - 1]!))) return -1;
  if (!/^[a-z]{3,}$/.test(words[noun] ?? '') || capitalized(noun) || FEELING_EXCLUDED.has(words[noun]!)) return -1;
  const next = words[noun + 1] ?? '';
  if (next === 'that' || next === 'to') return noun + 1;
  return AFTER_FEELING.has(next) ? noun + 2 : -1;
}
/** Words after the verb that are no bare noun (`expressed their support`, `voiced this concern`). */
const FEELING_EXCLUDED = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'any', 'such', 'what', 'how']);

/**
 * `raised questions about ...`, `provided new details about ...`, `is blasting out missives about
 * ...`: a short noun phrase after the cue and before `about` is part of the cue for PolNeAR (on
 * train 257 contents start after such an `about`, 66 at the noun phrase). Not `against`, `over`,
 * `on`, `for`, `of`: after those the annotators keep the noun phrase in the content more often
 * (`vowed [a wider war against ...]`, `defended [himself against ...]`).
 */
const MAX_NOUN_BEFORE_ABOUT = 4;
const NOT_IN_NOUN_PHRASE = new Set(['that', 'to', 'who', 'which', 'what', 'how', 'whether', 'if', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'not']);
/**
 * Words that open a noun phrase the annotators keep in the content (`discuss [his recent remarks
 * about ...]`, `has dismissed [the story about ...]`), or the subject of a clause (`saying [his
 * reckless comments about foreign policy ... were ...]`).
 */
const CONTENT_NOUN_OPENING = new Set(['the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'these', 'those']);

/**
 * The index after the `about` that ends a short noun phrase right after the cue, or -1. After a
 * verb of telling that phrase is its listener and the content starts at the `about` (`reminded
 * his staff [about ...]`).
 */
function pastNounAbout(words: readonly string[], cue: CueMatch, capitalized: (index: number) => boolean, told: boolean): number {
  const first = words[cue.last + 1] ?? '';
  // After a verb of expressing only a bare noun joins the cue (`pastFeeling`): `express [sharp reservations about ...]`.
  if (SUBJECT_PRONOUN.has(first) || (CONTENT_NOUN_OPENING.has(first) && !told) || EXPRESSING.test(words[cue.last]!)) return -1;
  for (let i = cue.last + 1; i <= cue.last + MAX_NOUN_BEFORE_ABOUT && i < words.length; i++) {
    const word = words[i]!;
    if (word === 'about') return i > cue.last + 1 && !/^[0-9]/.test(words[i + 1] ?? '') ? (told ? i : i + 1) : -1;
    // `said four years ago about ...`: a time is no noun phrase of the cue.
    if (!/^[a-z-]+$/.test(word) || capitalized(i) || NOT_IN_NOUN_PHRASE.has(word) || word === 'ago' || TIME_WORD.test(word.replace(/s$/, ''))) return -1;
  }
  return -1;
}

/** How long an aside between commas after the cue may be (`saying, apparently for the first time, that ...`). */
const ASIDE_WINDOW = 12;

/**
 * `saying, apparently for the first time, that ...`: an aside between commas after the cue, then
 * `that`; the index of the `that`, or -1 (on train all 15 such contents start at the `that`).
 */
function thatAfterAside(words: readonly string[], comma: number): number {
  for (let k = comma + 2; k <= comma + ASIDE_WINDOW && k + 1 < words.length; k++) {
    const word = words[k]!;
    if (word === ',') return words[k + 1] === 'that' ? k + 1 : -1;
    if (/^[.;:!?]$/.test(word) || isQuoteMark(word)) return -1;
  }
  return -1;
}

/** Where the content after a cue starts: at a near `that`, past an object, a particle or a time, or right after the cue and a colon or comma. */
export function contentStart(words: readonly string[], cue: CueMatch, capitalized: (index: number) => boolean): number {
  const infinitive = infinitiveContentStart(words, cue, capitalized);
  if (infinitive >= 0) return infinitive;
  const feeling = pastFeeling(words, cue, capitalized);
  if (feeling >= 0) return feeling;
  // `said on Sunday that`, `told reporters that`: only an adverbial or the object of `told` comes
  // between the cue and its `that`; `said CNN had tweeted that ...` starts right after the cue.
  const after = words[cue.last + 1] ?? '';
  const lastWord = lastWordOf(cue);
  const takesObject = TAKES_OBJECT.test(lastWord) || OBJECT_BEFORE_CLAUSE.test(lastWord);
  // `adding hopefully that ...`, `suspected immediately that ...`: an adverb in -ly before the `that` is
  // part of the cue (13 of 13 such contents on train start at the `that`).
  const adverbThat = /^[a-z]+ly$/.test(after) && words[cue.last + 2] === 'that';
  const adverbialGap = after === 'that' || ADVERBIAL_START.has(after) || timeAt(words, cue.last + 1) || adverbThat || takesObject;
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
  const aside = next === ',' ? thatAfterAside(words, cue.last + 1) : -1;
  if (aside >= 0) return aside;
  if (next === ':' || next === ',') return cue.last + 2;
  const about = pastNounAbout(words, cue, capitalized, takesObject);
  if (about >= 0) return about;
  // `said up to 30 people ...`: a quantity, not a particle.
  if (CUE_PARTICLE.has(after) && !(after === 'up' && words[cue.last + 2] === 'to')) return cue.last + 2;
  if (OBJECT_THEN_CLAUSE.test(lastWord)) {
    const clause = pastObject(words, capitalized, cue.last + 1, takesObject);
    if (clause >= 0) return clause;
  }
  // `said Monday he ...`, `said on Friday the ...`: a time before the content is not part of it.
  let i = cue.last + 1;
  if (/^(?:on|last|this|earlier|late)$/.test(words[i] ?? '')) i++;
  // `tweeted Tuesday night he ...`: a day may come with its part.
  if (timeAt(words, i)) return PART_OF_DAY.test(words[i + 1] ?? '') && words[i + 2] !== "'s" ? i + 2 : i + 1;
  return VERB_PREPOSITIONS.has(`${stemOf(lastWord)} ${after}`) ? cue.last + 2 : cue.last + 1;
}

