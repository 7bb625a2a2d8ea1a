import { isQuoteMark, type QuoteDocument } from './document.js';

/**
 * `An economic downturn, he said, “could be a good time to borrow ...”`, `Instead, Axelrod said,
 * “she started ...”`: an attribution set off by commas inside its sentence, before the quotation.
 * The report is the whole sentence (PolNeAR's annotators start it at the sentence's first word),
 * as it is for reported speech with a parenthetical attribution (`The economy, Smith said, is strong.`).
 *
 * @param floor The first token of the sentence.
 * @param attributionFirst The first token of the speaker and cue before the quotation.
 * @param openToken The quotation's opening mark.
 * @returns The sentence's first token, or `null` when the quotation opens with a capital, the
 *   attribution opens the sentence or is not set off by a comma, the words before it are a fronted
 *   prepositional phrase, or another quotation lies before it.
 */
export function parentheticalLead(doc: QuoteDocument, floor: number, attributionFirst: number, openToken: number): number | null {
  const { words } = doc;
  // `On the subject of Israel, Trump added, “Sheldon knows ...`: a quotation that opens with a capital
  // is a sentence of its own, and the words before the attribution are the writer's. One that opens in
  // lower case (`That, the commission said, “would be ...`) goes on with the sentence they began.
  if (!/^\p{Ll}/u.test(doc.tokens[openToken + 1]?.text ?? '')) return null;
  if (attributionFirst - 1 <= floor || words[attributionFirst - 1] !== ',' || attributionFirst >= openToken) return null;
  for (let i = floor; i < attributionFirst; i++) if (isQuoteMark(words[i]!)) return null;
  let first = floor;
  while (first < attributionFirst - 1 && /^[,.;:—–-]$/.test(words[first]!)) first++;
  // `In his tribute, Elliott said “there is ...`: a fronted prepositional phrase says where or when,
  // not what (`If Clinton is elected, he said, “she might ...` reports its clause).
  if (FRONTED_PREPOSITION.test(words[first]!)) return null;
  return first < attributionFirst - 1 ? first : null;
}

const FRONTED_PREPOSITION = /^(?:in|on|at|during|from|with|for|by|to|under|over|amid|despite|throughout|within|without|following|according)$/;
