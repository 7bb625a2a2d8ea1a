/** A line of the input with its surrounding whitespace trimmed; `start` is its offset in the input. */
export interface InputLine {
  readonly text: string;
  readonly start: number;
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

/**
 * Splits the input into lines (any of `\n`, `\r\n`, `\r`, U+2028, U+2029), trimming each line's
 * edges; blank lines come back with empty text so that paragraph breaks stay visible.
 */
export function splitLines(input: string): InputLine[] {
  const lines: InputLine[] = [];
  let lineStart = 0;
  const push = (end: number) => {
    const raw = input.slice(lineStart, end);
    // `trim` removes exactly what `\s` matches (a byte order mark too), and faster than a regular
    // expression that tries the end of the line at every run of spaces.
    const leading = raw.length - raw.trimStart().length;
    lines.push({ text: raw.trim(), start: lineStart + leading });
  };
  for (const match of input.matchAll(LINE_BREAK)) {
    push(match.index);
    lineStart = match.index + match[0].length;
  }
  push(input.length);
  return lines;
}
