import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/text/tokens.js';

/** The regular expression the scanner replaced: the specification it must keep to. */
const TOKEN =
  /\p{N}+(?:[.,:/]\p{N}+)*%?|(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:[-&]|['’](?![sS]\b))[\p{L}\p{M}\p{N}]+)*\.?|['’][sS]\b|[^\s\p{L}\p{M}\p{N}]/gu;
const KEEPS_STOP = /^(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|Mt|Ft|[A-Z])\.$/;

function tokenizeByExpression(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    const start = match.index;
    if (value.length > 1 && value.endsWith('.') && !/\./.test(value.slice(0, -1)) && !KEEPS_STOP.test(value)) {
      value = value.slice(0, -1);
      tokens.push({ text: value, start: offset + start, end: offset + start + value.length });
      tokens.push({ text: '.', start: offset + start + value.length, end: offset + start + value.length + 1 });
      continue;
    }
    tokens.push({ text: value, start: offset + start, end: offset + start + value.length });
  }
  return tokens;
}

/** Characters every branch of the expression cares about, and some it does not. */
const PIECES = [
  'a', 'Z', 'é', 'É', 'ß', '中', 'ǅ', '\u0301', '\u0903', '1', '٣', '½', '𝟏', '𝐀', '😀', '\ud800', '\udc00',
  '.', ',', ':', '/', '%', '-', '&', "'", '’', 's', 'S', '_', ' ', '\n', '\t', '\u00a0', '\u2003', '\ufeff',
  '"', '(', ')', '—', 'Mr', 'U', 'Dr.', 'No', 'vs', 'x',
];

describe('tokenize', () => {
  it('splits words, numbers, initials, possessives and punctuation', () => {
    const text = "U.S. Sen. Ana's AT&T don't 1,500.5% Chengdu-Chongqing it’s end.";
    expect(tokenize(text).map((token) => token.text)).toEqual([
      'U.S.', 'Sen.', 'Ana', "'s", 'AT&T', "don't", '1,500.5%', 'Chengdu-Chongqing', 'it', '’s', 'end', '.',
    ]);
  });

  it('agrees with the regular expression it replaced, on any mix of the characters it treats apart', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(100), (pieces, offset) => {
        const text = pieces.join('');
        expect(tokenize(text, offset)).toEqual(tokenizeByExpression(text, offset));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the regular expression on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(tokenize(text)).toEqual(tokenizeByExpression(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same tokens with a map of shared forms, equal texts being one string', () => {
    const forms = new Map<string, string>();
    const first = tokenize('Dr. Ma said the plan works. Ma said so.', 0, forms);
    const second = tokenize('Ma said.', 100, forms);
    expect(first).toEqual(tokenize('Dr. Ma said the plan works. Ma said so.'));
    expect(second).toEqual(tokenize('Ma said.', 100));
    expect(forms.get('said')).toBe('said');
    expect([...forms.keys()]).toEqual(['Dr.', 'Ma', 'said', 'the', 'plan', 'works', 'so']);
  });

  it('hands a function of forms the text of every token, in order, and keeps the string it returns', () => {
    const text = 'Dr. Ma said the plan works. Ma said so.';
    const heard: string[] = [];
    const tokens = tokenize(text, 5, (value) => {
      heard.push(value);
      return value.toUpperCase();
    });
    const plain = tokenize(text, 5);
    expect(heard).toEqual(plain.map((token) => token.text));
    expect(tokens).toEqual(plain.map((token) => ({ ...token, text: token.text.toUpperCase() })));
  });
});
