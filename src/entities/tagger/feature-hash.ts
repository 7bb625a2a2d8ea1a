/**
 * The hashing the tagger's features are made of: 32-bit FNV-1a over a template id and one or two
 * strings (or their hashes). Training and inference share it, so both hash the same strings.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const HAS_LETTER = /\p{L}/u;

function fnvStr(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** Hash of template `tpl` with `text.slice(from, to)`, without slicing. */
export function fr(tpl: number, text: string, from: number, to: number): number {
  let h = Math.imul(FNV_OFFSET ^ tpl, FNV_PRIME);
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Hash of template `tpl` alone (binary indicator features). */
export function f0(tpl: number): number {
  return Math.imul(FNV_OFFSET ^ tpl, FNV_PRIME) >>> 0;
}


/** Word shape with repeats collapsed: `Merkel` -> `Xx`, `U.S.` -> `X.X.`, `1996-08-30` -> `d-d-d`. */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  const n = Math.min(word.length, 40);
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    let s: string;
    if (c >= 65 && c <= 90) s = 'X';
    else if (c >= 97 && c <= 122) s = 'x';
    else if (c >= 48 && c <= 57) s = 'd';
    else if (c < 128) s = word[i]!;
    else {
      const ch = word[i]!;
      if (ch !== ch.toLowerCase()) s = 'X';
      else if (ch !== ch.toUpperCase()) s = 'x';
      else if (HAS_LETTER.test(ch)) s = 'x';
      else s = c >= 0xd800 && c <= 0xdfff ? 'E' : '#';
    }
    if (s !== last) {
      out += s;
      last = s;
    }
  }
  return out;
}

/** Hash of a string (FNV-1a), the unit features are combined from. */
export function strHash(text: string): number {
  return fnvStr(FNV_OFFSET, text) >>> 0;
}

/** Feature of template `tpl` over one precomputed hash. */
export function m1(tpl: number, a: number): number {
  let h = Math.imul(FNV_OFFSET ^ tpl, FNV_PRIME);
  h = Math.imul(h ^ a, FNV_PRIME);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Feature of template `tpl` over two precomputed hashes. */
export function m2(tpl: number, a: number, b: number): number {
  let h = Math.imul(FNV_OFFSET ^ tpl, FNV_PRIME);
  h = Math.imul(h ^ a, FNV_PRIME);
  h = Math.imul((h ^ (h >>> 13)) ^ b, FNV_PRIME);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Hash of the collapsed shape of a word (see {@link shapeOf}), computed without building it. */
export function shapeHash(word: string): number {
  let h = FNV_OFFSET;
  let last = -1;
  const n = Math.min(word.length, 40);
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    let s: number;
    if (c >= 65 && c <= 90) s = 88; // X
    else if (c >= 97 && c <= 122) s = 120; // x
    else if (c >= 48 && c <= 57) s = 100; // d
    else if (c < 128) s = c;
    else {
      const ch = word[i]!;
      if (ch !== ch.toLowerCase()) s = 88;
      else if (ch !== ch.toUpperCase()) s = 120;
      else if (HAS_LETTER.test(ch)) s = 120;
      else s = c >= 0xd800 && c <= 0xdfff ? 69 : 35;
    }
    if (s !== last) {
      h = Math.imul(h ^ s, FNV_PRIME);
      last = s;
    }
  }
  return h >>> 0;
}

