import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

// No regular expression or loop of the pipeline may backtrack or rescan its way into quadratic
// time. Each family of pathological input is parsed at 20 KB and at 200 KB in one run, each size
// warmed up first and timed at its fastest: linear work costs about 10 times as much for 10 times
// the input, quadratic work 100 times. (Below about 20 KB the work fits in the CPU's caches and
// costs less per byte, which pushes the ratio of linear work to 30 or 40.) Ratios in one
// process, never a wall-clock bar; this suite runs alone (vitest.timing.config.ts).
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
  'number runs': '1 1 1 1 May ',
  'slashes': '1/',
  'ISO dashes': '2020-',
  'prepositions': 'in ',
  'months and weekdays': 'May may Sunday Aug. Sept 31 1, 2020 11/19/2020 last next mid- ',
};

function cost(input: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
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
      const small = make(20_000);
      const large = make(200_000);
      cost(small, 1);
      cost(large, 1);
      // A pause of the machine can only make one measure slower; quadratic work is slow every
      // time. So a ratio over the bar is measured again, up to three times, and the best counts.
      let ratio = Infinity;
      for (let attempt = 0; attempt < 3 && ratio >= 40; attempt++) {
        ratio = Math.min(ratio, cost(large, 2) / Math.max(cost(small, 3), 0.5));
      }
      expect(ratio).toBeLessThan(40);
    });
  }
});
