import type { InputLine } from './lines.js';

/** The widest a hard-wrapped line is expected to be (e-mail and wire copy wrap at 60-80). */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAPPED_LINES = 4;

/**
 * Finds the width text was hard-wrapped at, or `null` when lines are not wrapped (each line is a
 * paragraph, as when copied from a web page). Wrapped text has most of its lines close to one
 * width, and many of them stop mid-sentence.
 */
export function detectWrapWidth(lines: readonly InputLine[]): number | null {
  const lengths = lines.map((line) => line.text.length).filter((length) => length > 0);
  if (lengths.length < MIN_WRAPPED_LINES) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor((sorted.length - 1) * 0.95)] ?? 0;
  if (width < 30 || width > MAX_WRAP_WIDTH) return null;
  const nearWidth = lengths.filter((length) => length >= width * 0.7).length;
  const midSentence = lines.filter((line) => line.text.length >= width * 0.7 && !/[.!?:"'”’)]$/.test(line.text)).length;
  if (nearWidth < lengths.length * 0.5 || midSentence < nearWidth * 0.3) return null;
  return width;
}

/**
 * Tells whether a wrapped line ends its paragraph: a line well short of the wrap width that ends
 * a sentence, or a short line such as a headline, ends it; a full line runs on into the next.
 */
export function endsWrappedParagraph(line: InputLine, next: InputLine | undefined, width: number): boolean {
  if (!next || next.text.length === 0) return true;
  if (line.text.length >= width * 0.75) return false;
  return true;
}
