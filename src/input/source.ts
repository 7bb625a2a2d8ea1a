/**
 * The intermediate form every input format is read into: blocks of text in reading order, each
 * made of pieces that remember where in the input they came from. The structure stage classifies
 * and splits these blocks; the assemble step joins them into `Article.text`.
 */

/** A run of block text and the input range it was read from (`null`: inserted, such as a joining space). */
export interface TextPiece {
  readonly text: string;
  readonly inputStart: number | null;
}

/** What the input format says about a block, before the structure stage looks at its text. */
export type BlockHint =
  | 'line'
  | 'heading-1'
  | 'heading'
  | 'blockquote'
  | 'list-item'
  | 'image-caption'
  | 'code'
  /** A paragraph the format marks as one (HTML `<p>`): never taken for a headline or a deck. */
  | 'paragraph'
  /** A byline the format marks as one (HTML `rel=author`, class `byline`). */
  | 'byline';

export interface SourceBlock {
  readonly text: string;
  readonly pieces: readonly TextPiece[];
  readonly hint: BlockHint;
}

/** A part of the input left out of the article text on purpose, reported as a warning. */
export interface DroppedInput {
  readonly inputStart: number;
  readonly inputEnd: number;
  /** `furniture`: a line of page furniture; `boilerplate`: an HTML page's text around the article; `markup`: markup without text. */
  readonly reason: 'furniture' | 'boilerplate' | 'markup';
  readonly text: string;
}

export interface SourceDocument {
  readonly blocks: SourceBlock[];
  readonly dropped: DroppedInput[];
  /** Set when the plain-text reader re-joined lines wrapped at a fixed width. */
  readonly hardWrapped: boolean;
}

/** Makes a block from pieces, computing its text. */
export function makeBlock(pieces: readonly TextPiece[], hint: BlockHint): SourceBlock {
  return { text: pieces.map((piece) => piece.text).join(''), pieces, hint };
}

/** A block read straight from one contiguous range of the input. */
export function blockFromInput(text: string, inputStart: number, hint: BlockHint): SourceBlock {
  return makeBlock([{ text, inputStart }], hint);
}

/**
 * The part `[start, end)` of a block's text as a block of its own, its pieces cut to match,
 * so that input positions survive splitting.
 */
export function sliceBlock(block: SourceBlock, start: number, end: number, hint: BlockHint = block.hint): SourceBlock {
  const pieces: TextPiece[] = [];
  let offset = 0;
  for (const piece of block.pieces) {
    const pieceStart = offset;
    const pieceEnd = offset + piece.text.length;
    offset = pieceEnd;
    const from = Math.max(start, pieceStart);
    const to = Math.min(end, pieceEnd);
    if (from >= to) continue;
    pieces.push({
      text: piece.text.slice(from - pieceStart, to - pieceStart),
      inputStart: piece.inputStart === null ? null : piece.inputStart + (from - pieceStart),
    });
  }
  return makeBlock(pieces, hint);
}

/** Where in the input the character at `offset` of the block's text came from, if it came from the input. */
export function inputOffsetOf(block: SourceBlock, offset: number): number | null {
  let pieceStart = 0;
  for (const piece of block.pieces) {
    const pieceEnd = pieceStart + piece.text.length;
    if (offset < pieceEnd || (offset === pieceEnd && piece === block.pieces.at(-1))) {
      return piece.inputStart === null ? null : piece.inputStart + (offset - pieceStart);
    }
    pieceStart = pieceEnd;
  }
  return null;
}
