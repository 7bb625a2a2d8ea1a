import type { Text } from 'hast';
import type { TextPiece } from '../source.js';

/**
 * Text pieces from HTML text nodes. A piece keeps its input offset only when its text equals the
 * input at that offset: character references (`&amp;`), line ends the parser normalized (`\r\n`)
 * and collapsed white space give pieces with `inputStart: null`.
 */

/** What the HTML parser may have rewritten in a text node: references, carriage returns, NULs. */
const REWRITTEN = /(?:&[#0-9A-Za-z]*;?|\r\n?|\0)+/g;

/**
 * The pieces of a text node: runs the parser copied verbatim keep their input offsets; what it
 * decoded becomes pieces without one. When the node's text cannot be lined up with its input
 * range, the whole text is one piece without a position.
 */
export function piecesOfText(node: Text, input: string): TextPiece[] {
  const value = node.value;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || end < start) return [{ text: value, inputStart: null }];
  const raw = input.slice(start, end);
  if (raw === value) return [{ text: value, inputStart: start }];
  const pieces: TextPiece[] = [];
  let i = 0; // in raw
  let j = 0; // in value
  for (const match of raw.matchAll(REWRITTEN)) {
    const verbatim = raw.slice(i, match.index);
    if (value.slice(j, j + verbatim.length) !== verbatim) return [{ text: value, inputStart: null }];
    if (verbatim) pieces.push({ text: verbatim, inputStart: start + i });
    j += verbatim.length;
    i = match.index + match[0].length;
    // What the rewritten run became: the value up to where the next verbatim run starts. A
    // reference decodes to no more characters than it is written with.
    const nextSpecial = raw.slice(i).search(/[&\r\0]/);
    const next = raw.slice(i, nextSpecial < 0 ? raw.length : i + nextSpecial);
    let decodedEnd = -1;
    for (let k = j; k <= Math.min(value.length, j + match[0].length); k++) {
      if (value.startsWith(next, k) && (nextSpecial >= 0 || k + next.length === value.length)) {
        decodedEnd = k;
        break;
      }
    }
    if (decodedEnd < 0) return [{ text: value, inputStart: null }];
    const decoded = value.slice(j, decodedEnd);
    if (decoded) pieces.push({ text: decoded, inputStart: decoded === match[0] ? start + match.index : null });
    j = decodedEnd;
  }
  const rest = raw.slice(i);
  if (value.slice(j) !== rest) return [{ text: value, inputStart: null }];
  if (rest) pieces.push({ text: rest, inputStart: start + i });
  return pieces;
}

/** HTML white space, and the no-break space, which news pages use as an ordinary one. */
const SPACE_RUN = /[ \t\n\f\r\u00a0]+/g;

/** Splits pieces at white space, each run of it made one space (with a position only when it was one space in the input). */
function splitSpaces(pieces: readonly TextPiece[]): TextPiece[] {
  const out: TextPiece[] = [];
  for (const piece of pieces) {
    let from = 0;
    const at = (offset: number) => (piece.inputStart === null ? null : piece.inputStart + offset);
    for (const match of piece.text.matchAll(SPACE_RUN)) {
      if (match.index > from) out.push({ text: piece.text.slice(from, match.index), inputStart: at(from) });
      out.push({ text: ' ', inputStart: match[0] === ' ' ? at(match.index) : null });
      from = match.index + match[0].length;
    }
    if (from < piece.text.length) out.push({ text: piece.text.slice(from), inputStart: at(from) });
  }
  return out;
}

/**
 * Collapses white space the way a browser renders it: runs become one space, none at either end.
 * Neighbouring pieces that are neighbours in the input too are merged.
 */
export function collapseSpaces(pieces: readonly TextPiece[]): TextPiece[] {
  const out: TextPiece[] = [];
  for (const piece of splitSpaces(pieces)) {
    const isSpace = piece.text === ' ';
    const last = out.at(-1);
    if (isSpace && (last === undefined || last.text.endsWith(' '))) continue;
    if (last && last.inputStart !== null && piece.inputStart === last.inputStart + last.text.length) {
      out[out.length - 1] = { text: last.text + piece.text, inputStart: last.inputStart };
    } else if (last && last.inputStart === null && piece.inputStart === null) {
      out[out.length - 1] = { text: last.text + piece.text, inputStart: null };
    } else {
      out.push(piece);
    }
  }
  const last = out.at(-1);
  if (last?.text.endsWith(' ')) {
    if (last.text === ' ') out.pop();
    else out[out.length - 1] = { text: last.text.slice(0, -1), inputStart: last.inputStart };
  }
  return out;
}
