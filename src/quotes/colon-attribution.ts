import type { QuoteDocument, Sentence } from './document.js';
import type { Draft } from './draft.js';

/*
 * `Sanders: Brexit's message could draw Trump support in US`, `Poll: Bernie Sanders Burns Hillary
 * Clinton ...`: a short name and a colon that open a paragraph (a headline's style, or a
 * transcript's) attribute what follows. PolNeAR annotates the colon as the cue.
 */

/** The longest name before the colon. */
const MAX_NAME_TOKENS = 4;
/** Labels that open a paragraph with a colon but name no source (`The Latest:`, `Contributing:`). */
const LABEL = /^(?:note|update|updated|editor|editors|related|read|watch|photo|photos|video|correction|abstract|full|text|q|a|question|answer|also|see|more|live|breaking|exclusive|opinion|analysis|transcript|summary|background|warning|disclaimer|tags?|topics?|source|credit|by|posted|published|contact|email|share|image|listen|contributing|revealed|look|paid|the)$/;
/** Words a name may hold in lower case after its first word (`Bank of America`). */
const NAME_JOINER = /^(?:of|the|and|&|for|de|van|von)$/;

/** The draft of `Name: content` opening a paragraph, or `null`. Tokens a direct quote took (`blocked` 2) stay out. */
export function colonAttribution(doc: QuoteDocument, blocked: Uint8Array, sentence: Sentence): Draft | null {
  const { words, tokens } = doc;
  const first = sentence.first;
  if (first > 0 && doc.paragraphOf[first - 1] === doc.paragraphOf[first]) return null;
  let colon = first;
  while (colon <= sentence.last && colon - first <= MAX_NAME_TOKENS && words[colon] !== ':') colon++;
  if (words[colon] !== ':' || colon === first || LABEL.test(words[first]!)) return null;
  let upperOnly = true;
  for (let i = first; i < colon; i++) {
    const text = tokens[i]!.text;
    if (blocked[i] !== 0) return null;
    if (!/^\p{Lu}/u.test(text) && !(i > first && NAME_JOINER.test(words[i]!))) return null;
    if (/\p{Ll}/u.test(text)) upperOnly = false;
  }
  // `WASHINGTON:` is a dateline and `A:` a transcript's turn, not a source.
  if (upperOnly || (colon === first + 1 && words[first]!.length < 2)) return null;
  let last = sentence.last;
  while (last > colon && /^[.!?;]$/.test(words[last]!)) last--;
  if (last - colon < 3 || blocked[colon + 1] !== 0) return null;
  const cue = { first: colon, last: colon, phrase: ':', precision: 1, contentAfter: 1, participle: false, candidateOnly: false };
  return { cue, speaker: { first, last: colon - 1 }, content: { first: colon + 1, last } };
}
