/**
 * How many cases a property test runs, and from which seed. The normal test run uses a fixed
 * seed and a few thousand cases; `npm run test:fuzz` sets FUZZ_RUNS (many more cases) and
 * FUZZ_SEED (a new seed each night, printed by fast-check when a property fails, to replay it).
 */
export function fuzzSettings(normalRuns: number, normalSeed: number): { numRuns: number; seed: number } {
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = Number(process.env.FUZZ_SEED);
  return {
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : normalRuns,
    seed: Number.isInteger(seed) ? seed : normalSeed,
  };
}

/**
 * Tag soup for HTML-mode properties: tags opened and closed in any order, attributes that hide
 * or classify, character references (valid, unknown, unterminated), comments, scripts and text.
 */
export const HTML_PIECES: readonly string[] = [
  '<p>', '</p>', '<div>', '</div>', '<h1>', '</h1>', '<h2>', '<article>', '</article>', '<blockquote>',
  '<figure><img src=x>', '<figcaption>', '</figure>', '<li>', '<ul>', '<table><tr><td>', '</td>', '<br>',
  '<b>', '</i>', '<a href="/x" rel="author">', '</a>', '<span class="byline">', '<div class="related">',
  '<nav>', '</nav>', '<footer>', '<aside>', '<div hidden>', '<p style="display:none">', '<script>', '</script>',
  '<style>', '</style>', '<!-- c -->', '<!--', '<pre>', '<title>', '<meta property="og:title" content="T &amp; U">',
  '<!DOCTYPE html>', '<html>', '<body>', '<template>', '<select><option>', '<form>', '<svg><text>',
  '&amp;', '&nbsp;', '&#8220;', '&#x201D;', '&mdash;', '&bogus;', '&#0;', '&#xD800;', '&amp', '&', '&lt;p&gt;',
  '\r\n', '\r', '\n\n', '\u0000', '\u00a0', ' ', 'By Jane Doe', 'MIAMI (AP) —', '(Photo: AP)', 'The storm hit.',
  '"', '“', 'said', 'Wang', 'Xinjiang', '. ',
];
