/**
 * Binary weights written as ASCII text that gzip compresses almost as well as the bytes
 * themselves. Base64 spreads every byte over character boundaries, which hides the bytes'
 * frequencies from gzip: the tagger's weights took 591 KB gzipped as base64 where the raw bytes
 * take 504 KB. Here each byte is one character, or two for the rarest, chosen by frequency:
 *
 * - the text opens with the 256 byte values in order of frequency, two hex digits each;
 * - the {@link SINGLE} most frequent values are written as one character of {@link ALPHABET};
 * - any other value is an escape character (the last ones of the alphabet) and a second character:
 *   its rank among the rest is `(escape index) * ALPHABET.length + (second character's index)`.
 *
 * The alphabet is printable ASCII without quotes or backslash, so the string needs no escaping in
 * any quoting a bundler picks, and a bundler's ASCII-only output does not grow it.
 */

const ALPHABET = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i))
  .filter((char) => !`'"\`\\`.includes(char))
  .join('');
/** Two escapes cover the 256 - SINGLE rarer values: 2 * 91 >= 256 - 89. */
const ESCAPES = 2;
const SINGLE = ALPHABET.length - ESCAPES;
const HEADER_LENGTH = 256 * 2;

/**
 * Writes bytes as text (the inverse of {@link textToBytes}).
 *
 * @example
 * ```ts
 * textToBytes(bytesToText(new Uint8Array([0, 0, 255]))); // Uint8Array [0, 0, 255]
 * ```
 */
export function bytesToText(bytes: Uint8Array): string {
  const counts = new Array<number>(256).fill(0);
  for (const byte of bytes) counts[byte]!++;
  // Ties by value, so the text is the same on every run.
  const byRank = [...counts.keys()].sort((a, b) => counts[b]! - counts[a]! || a - b);
  const rankOf = new Array<number>(256);
  byRank.forEach((value, rank) => (rankOf[value] = rank));
  const parts: string[] = byRank.map((value) => value.toString(16).padStart(2, '0'));
  for (const byte of bytes) {
    const rank = rankOf[byte]!;
    if (rank < SINGLE) parts.push(ALPHABET[rank]!);
    else {
      const rest = rank - SINGLE;
      parts.push(ALPHABET[SINGLE + Math.floor(rest / ALPHABET.length)]! + ALPHABET[rest % ALPHABET.length]!);
    }
  }
  return parts.join('');
}

/**
 * Reads the bytes that {@link bytesToText} wrote.
 *
 * @throws Error when the text was not written by `bytesToText`.
 */
export function textToBytes(text: string): Uint8Array {
  const malformed = (): Error => new Error('entity tagger: the weights text is malformed');
  if (text.length < HEADER_LENGTH) throw malformed();
  const byRank = new Uint8Array(256);
  for (let rank = 0; rank < 256; rank++) {
    const value = Number.parseInt(text.slice(2 * rank, 2 * rank + 2), 16);
    if (Number.isNaN(value)) throw malformed();
    byRank[rank] = value;
  }
  const indexOf = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) indexOf[ALPHABET.charCodeAt(i)] = i;
  const out = new Uint8Array(text.length - HEADER_LENGTH);
  let length = 0;
  for (let at = HEADER_LENGTH; at < text.length; at++) {
    const index = indexAt(text, at, indexOf);
    if (index < 0) throw malformed();
    if (index < SINGLE) {
      out[length++] = byRank[index]!;
      continue;
    }
    const second = indexAt(text, ++at, indexOf);
    const rank = SINGLE + (index - SINGLE) * ALPHABET.length + second;
    if (second < 0 || rank > 255) throw malformed();
    out[length++] = byRank[rank]!;
  }
  return out.subarray(0, length);
}

/** The alphabet index of the character at `at`, or -1 for any other character or past the end. */
function indexAt(text: string, at: number, indexOf: Int16Array): number {
  const code = text.charCodeAt(at);
  return code < 128 ? indexOf[code]! : -1;
}
