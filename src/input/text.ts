import { detectWrapWidth, endsWrappedParagraph } from './hard-wrap.js';
import { splitLines, type InputLine } from './lines.js';
import { blockFromInput, makeBlock, type SourceBlock, type SourceDocument, type TextPiece } from './source.js';

function joinWrappedLines(lines: readonly InputLine[]): SourceBlock {
  const pieces: TextPiece[] = [];
  lines.forEach((line, i) => {
    if (i > 0) pieces.push({ text: ' ', inputStart: null });
    pieces.push({ text: line.text, inputStart: line.start });
  });
  return makeBlock(pieces, 'line');
}

/**
 * Reads plain text as copied from a news page: one block per line, or, when the lines were
 * wrapped at a fixed width, one block per paragraph with its lines re-joined.
 */
export function readPlainText(input: string): SourceDocument {
  const lines = splitLines(input);
  const wrapWidth = detectWrapWidth(lines);
  const blocks: SourceBlock[] = [];
  if (wrapWidth === null) {
    for (const line of lines) {
      if (line.text.length > 0) blocks.push(blockFromInput(line.text, line.start, 'line'));
    }
    return { blocks, dropped: [], hardWrapped: false };
  }
  let paragraph: InputLine[] = [];
  lines.forEach((line, i) => {
    if (line.text.length === 0) return;
    paragraph.push(line);
    if (endsWrappedParagraph(line, lines[i + 1], wrapWidth)) {
      blocks.push(joinWrappedLines(paragraph));
      paragraph = [];
    }
  });
  return { blocks, dropped: [], hardWrapped: true };
}
