import { describe, expect, it } from 'vitest';
import { isNewsdocError, parseArticle, type Article } from '../../src/index.js';
import { readHtml } from '../../src/input/html/read-html.js';
import { checkCoverage, checkSpans } from '../support/invariants.js';
import { checkHtmlAccounted, checkPiecePositions } from './accounting.js';

const options = { format: 'html', entities: false, quotes: false } as const;

function parse(html: string): Article {
  const article = parseArticle(html, options);
  expect(checkSpans(article)).toEqual([]);
  expect(checkCoverage(article)).toEqual([]);
  expect(checkHtmlAccounted(html, article)).toEqual([]);
  expect(checkPiecePositions(html, readHtml(html))).toEqual([]);
  return article;
}

const texts = (article: Article) => article.paragraphs.map((paragraph) => paragraph.text);

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <title>Storm hits coast | Daily Planet</title>
  <meta property="og:title" content="Storm hits coast">
  <style>p { color: red }</style>
  <script>window.ads = ["<p>not text</p>"];</script>
</head>
<body>
  <header class="site-header"><a href="/">Daily Planet</a></header>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <main>
    <article>
      <h1>Storm hits coast</h1>
      <div class="byline">By <a rel="author" href="/jane">Jane Doe</a></div>
      <figure>
        <img src="storm.jpg" alt="Waves">
        <figcaption>Waves break over the pier on Monday. <span class="credit">(Photo: AP)</span></figcaption>
      </figure>
      <p>MIAMI (AP) — A storm hit the coast on Monday, cutting power to thousands of homes, officials said.</p>
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
      <p>Crews worked through the night to restore electricity, and most homes had power by Tuesday morning.</p>
      <blockquote><p>“It was the loudest night of my life,” said one resident, who asked not to be named.</p></blockquote>
      <aside class="related"><h3>Related</h3><ul><li><a href="/a">Earlier storm story</a></li></ul></aside>
      <p>Forecasters expect calmer weather for the rest of the week, with sunshine returning by Friday.</p>
    </article>
  </main>
  <aside><h2>Most read</h2><ol><li><a href="/b">Another story</a></li></ol></aside>
  <footer><p>© 2026 Daily Planet. All rights reserved.</p></footer>
  <form><input name="q"><button>Search</button></form>
  <div hidden>Hidden teaser text</div>
  <!-- a comment with words -->
</body>
</html>`;

describe('HTML input: a full page', () => {
  const article = parse(PAGE);

  it('keeps the headline, byline, caption with credit, dateline, paragraphs and block quote', () => {
    expect(article.headline?.text).toBe('Storm hits coast');
    expect(article.byline?.text).toBe('By Jane Doe');
    expect(article.byline?.authors.map((author) => author.name)).toEqual(['Jane Doe']);
    expect(article.captions).toHaveLength(1);
    expect(article.caption?.text).toBe('Waves break over the pier on Monday.');
    expect(article.caption?.credit?.text).toBe('Photo: AP');
    expect(article.dateline?.text).toBe('MIAMI (AP) —');
    expect(texts(article)).toEqual([
      'A storm hit the coast on Monday, cutting power to thousands of homes, officials said.',
      'Crews worked through the night to restore electricity, and most homes had power by Tuesday morning.',
      '“It was the loudest night of my life,” said one resident, who asked not to be named.',
      'Forecasters expect calmer weather for the rest of the week, with sunshine returning by Friday.',
    ]);
  });

  it('drops navigation, sharing, related links, footer, forms, scripts, styles, hidden text and comments', () => {
    for (const gone of ['World', 'Share on Facebook', 'Earlier storm story', 'Most read', 'All rights reserved', 'Search', 'Hidden teaser', 'not text', 'color', 'comment']) {
      expect(article.text).not.toContain(gone);
    }
  });

  it('reports the left-out page text in a few warnings with input spans, not one per element', () => {
    const dropped = article.warnings.filter((warning) => warning.code === 'dropped-text');
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.length).toBeLessThanOrEqual(5);
    for (const warning of dropped) {
      const span = warning.inputSpan!;
      expect(span.end).toBeGreaterThan(span.start);
      // A span starts and ends at text of the page, never inside a tag.
      expect(PAGE[span.start]).not.toBe('<');
    }
    const share = dropped.find((warning) => warning.message.includes('Share on Facebook'));
    expect(PAGE.slice(share!.inputSpan!.start, share!.inputSpan!.end)).toBe('Share on Facebook</a> <a href="#">Tweet');
  });

  it('is detected as HTML by format auto', () => {
    const auto = parseArticle(PAGE, { entities: false, quotes: false });
    expect(auto.text).toBe(article.text);
  });
});

describe('HTML input: fragments', () => {
  it('reads an article fragment without a page around it', () => {
    const article = parse('<h1>Vote passes</h1><p>The bill passed <b>7-2</b> after <a href="/x">a long debate</a>.</p><p>It takes effect in May.</p>');
    expect(article.headline?.text).toBe('Vote passes');
    expect(texts(article)).toEqual(['The bill passed 7-2 after a long debate.', 'It takes effect in May.']);
    expect(article.warnings).toEqual([]);
  });

  it('never takes a paragraph for the headline', () => {
    const article = parse('<p>Short first paragraph.</p><p>A second paragraph follows it here.</p>');
    expect(article.headline).toBeNull();
    expect(texts(article)).toEqual(['Short first paragraph.', 'A second paragraph follows it here.']);
  });

  it('takes the headline from og:title or the title when the page has no h1', () => {
    const page = '<html><head><title>Council votes on budget - City Herald</title></head><body><p>The council voted on the budget on Tuesday night, after a long debate.</p></body></html>';
    expect(parse(page).headline?.text).toBe('Council votes on budget');
  });

  it('decodes character references and collapses white space, keeping exact input positions', () => {
    const html = '<p>AT&amp;T&nbsp;and  Verizon\n   said &#8220;no&#x201D; &mdash; twice.</p>';
    const article = parse(html);
    expect(texts(article)).toEqual(['AT&T and Verizon said “no” — twice.']);
    const pieces = readHtml(html).blocks[0]!.pieces;
    expect(pieces.filter((piece) => piece.inputStart !== null).map((piece) => piece.text)).toEqual(['AT', 'T', 'and', 'Verizon', 'said ', 'no', ' ', ' twice.']);
    expect(checkPiecePositions(html, readHtml(html))).toEqual([]);
  });

  it('keeps positions across CRLF line ends', () => {
    const html = '<p>One line\r\nand the next,\r\nand a third.</p>';
    expect(texts(parse(html))).toEqual(['One line and the next, and a third.']);
  });

  it('reads list items, sub-headings, code and table rows', () => {
    const article = parse('<h1>Guide to the vote</h1><h2>What changes</h2><p>Three things change under the new law.</p><ul><li>Taxes rise.</li><li>Fees fall.</li></ul><pre>x = 1</pre><table><tr><td>Yes</td><td>7</td></tr></table>');
    expect(article.subheadline?.text).toBe('What changes');
    expect(texts(article)).toEqual(['Three things change under the new law.', 'Taxes rise.', 'Fees fall.', 'x = 1', 'Yes', '7']);
  });

  it('repairs malformed HTML the way a browser does', () => {
    const article = parse('<h1>Unclosed <i>tags</h1><p>First paragraph <b>never closed<p>Second paragraph</div></span> & more <unknown>text</unknown>');
    expect(article.headline?.text).toBe('Unclosed tags');
    expect(texts(article)).toEqual(['First paragraph never closed', 'Second paragraph & more text']);
  });

  it('throws a typed error for HTML with no text', () => {
    for (const html of ['<html><body></body></html>', '<div><img src="a.jpg"></div>', '<script>var a = 1;</script><style>p{}</style>', '<!-- only a comment -->']) {
      let error: unknown;
      try {
        parseArticle(html, options);
      } catch (caught) {
        error = caught;
      }
      expect(isNewsdocError(error)).toBe(true);
      expect((error as { code: string }).code).toBe('empty-input');
    }
  });
});

describe('HTML input: hostile markup', () => {
  it('throws a typed error, not a stack overflow, on elements nested thousands deep', () => {
    let error: unknown;
    try {
      parseArticle(`${'<div>'.repeat(20_000)}Deep text.${'</div>'.repeat(20_000)}`, options);
    } catch (caught) {
      error = caught;
    }
    // Whether the stack holds depends on the engine; either an article or a typed error is fine.
    if (error !== undefined) expect(isNewsdocError(error)).toBe(true);
  });
});
