import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

// No regular expression or loop of the pipeline may backtrack or rescan its way into quadratic
// time. Each family of pathological input is parsed at 5 KB and at 50 KB in one run: linear work
// costs about 10 times as much for 10 times the input (allocation and cache effects push that to
// 20 or 30), quadratic work 100 times. Ratios in one process, never a wall-clock bar.
const FAMILIES: Readonly<Record<string, string>> = {
  'spaces': 'a' + ' '.repeat(50) + '\n',
  'straight quotes': '"',
  'curly quotes': '“ ”',
  'apostrophes': "'s ",
  'capitals': 'A ',
  'capital words': 'ABCDEFGH ',
  'dots': '.',
  'dashes': '-',
  'em dashes': '— ',
  'lines': 'Word\n',
  'paragraphs': 'Word.\n\n',
  'cues': 'he said ',
  'speaker and quote': 'Xu said: "A ',
  'commas': ', ',
  'brackets': '[',
  'parentheses': '( ',
  'angle brackets': '<',
  'stars': '*',
  'hashes': '# ',
  'block quotes': '> ',
  'digits': '1 ',
  'titles': 'Mr. ',
  'names': 'The Office of the UN High Commissioner ',
  'dates': 'Aug 31 ',
};

function cost(input: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const begin = performance.now();
    parseArticle(input);
    best = Math.min(best, performance.now() - begin);
  }
  return best;
}

describe('parseArticle runs in linear time on pathological input', () => {
  parseArticle('Warm-up\n\nThe tagger and the name lists load once, outside the measures.');
  for (const [family, unit] of Object.entries(FAMILIES)) {
    it(family, () => {
      const make = (size: number) => ('Headline\n\n' + unit.repeat(Math.ceil(size / unit.length))).slice(0, size);
      const small = cost(make(5_000));
      const large = cost(make(50_000));
      expect(large / Math.max(small, 1)).toBeLessThan(50);
    });
  }
});
