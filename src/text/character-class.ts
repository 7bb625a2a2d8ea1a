/**
 * Unicode character classes of a code point as bits, for scanners that would otherwise test a
 * regular expression per character: ASCII from a table, the rest from the expressions once per
 * distinct code point (a fixed property of Unicode, so the tables can never go stale).
 */

/** `\p{N}` */
export const NUMBER = 1;
/** `\p{L}` */
export const LETTER = 2;
/** `\p{M}` */
export const MARK = 4;
/** `\p{Lu}` (also has {@link LETTER}) */
export const UPPER = 8;
/** `\s` */
export const SPACE = 16;
/** `\p{Ll}` (also has {@link LETTER}) */
export const LOWER = 32;

function classify(code: number): number {
  const ch = String.fromCodePoint(code);
  let cls = 0;
  if (/\p{N}/u.test(ch)) cls |= NUMBER;
  if (/\p{L}/u.test(ch)) cls |= LETTER;
  if (/\p{M}/u.test(ch)) cls |= MARK;
  if (/\p{Lu}/u.test(ch)) cls |= UPPER;
  if (/\p{Ll}/u.test(ch)) cls |= LOWER;
  if (/\s/u.test(ch)) cls |= SPACE;
  return cls;
}

const ASCII = Uint8Array.from({ length: 128 }, (_, code) => classify(code));
/** Classes of the Basic Multilingual Plane, filled in as code points come (-1: not yet): curly quotes and dashes are in every news story. */
const BMP = new Int8Array(0x10000).fill(-1);
/** Beyond it (emoji, math letters), a few remembered; past that (hostile input), classes are computed each time. */
const astral = new Map<number, number>();
const MAX_REMEMBERED = 4096;

/** The class bits of a code point (a lone surrogate has none). */
export function characterClass(code: number): number {
  if (code < 128) return ASCII[code]!;
  if (code < 0x10000) {
    let cls = BMP[code]!;
    if (cls < 0) {
      cls = classify(code);
      BMP[code] = cls;
    }
    return cls;
  }
  let cls = astral.get(code);
  if (cls === undefined) {
    cls = classify(code);
    if (astral.size < MAX_REMEMBERED) astral.set(code, cls);
  }
  return cls;
}

/** Classes (of {@link classesOf}) with letters, none of them lower case: `CHINA`, `U.S.`. */
export function allCaps(classes: number): boolean {
  return (classes & (LETTER | LOWER)) === LETTER;
}

/** The union of the class bits of the code points of `text`: one scan answers "has a letter?", "has a lower-case letter?" and the like. */
export function classesOf(text: string): number {
  let classes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) classes |= ASCII[code]!;
    else {
      const point = text.codePointAt(i)!;
      classes |= characterClass(point);
      if (point > 0xffff) i++;
    }
  }
  return classes;
}
