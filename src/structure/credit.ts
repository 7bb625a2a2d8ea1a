/** A photo credit found at the end of a caption, in offsets of the text searched. */
export interface CreditMatch {
  /** Where the caption text before the credit ends (trailing space excluded). */
  readonly captionEnd: number;
  readonly creditStart: number;
  readonly creditEnd: number;
}

const AGENCY = String.raw`(?:(?:PHOTO|Photo|photo|Photos|PHOTOS)(?: by [^()/\n]{2,40})?|Photograph|Image|Picture|Xinhua|Reuters|AP|AFP|EPA|Getty(?: Images)?|VCG|IC|CNS|CFP|China Daily|People['’]s Daily(?: Online)?|Global Times|File|[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})`;

/** `(PHOTO/XINHUA)`, `(Xinhua/Li Xin)`, `(Photo/cctv.com)`, `(AP Photo/Evan Vucci)`, `(Photo: AP)`. */
const PARENTHESIZED = new RegExp(String.raw`\(\s*(${AGENCY}(?: Photo)?\s*[/:]\s*[^()\n]{1,80}?)\s*\)$`, 'u');
/** `[File: Reuters]`, `[Mohammed Salem/Reuters]`, `[Photo: AFP]`. */
const BRACKETED = /\[\s*((?:File|Photo|Image)?:?\s*[^[\]\n]{1,80}?)\s*\]$/u;
/** `Photo: VCG`, `Photograph: Kevin Lamarque/Reuters` closing a caption without brackets. */
const LABELLED = /(?:^|\s)((?:Photo|Photograph|Picture|Image|PHOTO)s?:\s*[^\s.][^\n]{0,80}?)$/u;

/** A word every {@link LABELLED} credit holds: cheaper to look for than to try the pattern at every space. */
const LABEL_WORD = /Photo|PHOTO|Picture|Image/;

const BRACKETED_CONTENT = /^(?:File|Photo|Image)\b|\/|^(?:Reuters|AP|AFP|EPA|Getty Images|Xinhua|Al Jazeera)$/;

/**
 * Finds a photo credit closing `text` (the form a caption copied from a news page ends in),
 * or `null` when there is none.
 */
export function findTrailingCredit(text: string): CreditMatch | null {
  // `trimEnd` removes what `\s` matches (white space and line terminators, by the spec).
  const trimmed = text.trimEnd();
  // The patterns end at the text's end: a closing bracket must be its last character, which rules
  // out most captions before a pattern is tried at every bracket or space of them.
  const last = trimmed.charAt(trimmed.length - 1);
  const parenthesized = last === ')' ? PARENTHESIZED.exec(trimmed) : null;
  if (parenthesized) return creditAt(trimmed, parenthesized.index, parenthesized[1]!);
  const bracketed = last === ']' ? BRACKETED.exec(trimmed) : null;
  if (bracketed && BRACKETED_CONTENT.test(bracketed[1]!)) return creditAt(trimmed, bracketed.index, bracketed[1]!);
  const labelled = LABEL_WORD.test(trimmed) ? LABELLED.exec(trimmed) : null;
  if (labelled) {
    const start = labelled.index + labelled[0].length - labelled[1]!.length;
    return creditAt(trimmed, start, labelled[1]!.replace(/[.\s]+$/, ''));
  }
  return null;
}

function creditAt(text: string, matchStart: number, credit: string): CreditMatch {
  const creditStart = text.indexOf(credit, matchStart);
  let captionEnd = matchStart;
  while (captionEnd > 0 && /\s/.test(text[captionEnd - 1]!)) captionEnd--;
  return { captionEnd, creditStart, creditEnd: creditStart + credit.length };
}
