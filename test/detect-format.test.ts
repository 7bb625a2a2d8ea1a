import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/input/detect-format.js';
import { parseArticle } from '../src/index.js';

describe('detectFormat', () => {
  it.each([
    ['# Headline\n\nBody.', 'markdown'],
    ['Headline\n\n![photo](https://example.com/a.jpg)\n\nBody.', 'markdown'],
    ['Body with a [link](https://example.com).', 'markdown'],
    ['Headline\n========\n\nBody.', 'markdown'],
    ['Body with **bold** text.\n\n> a quoted line', 'markdown'],
  ])('reads %j as %s', (input, format) => {
    expect(detectFormat(input)).toBe(format);
  });

  it.each([
    'Five things\n1. Fed raises rates\n2. Markets calm',
    'Storm hits coast\n*Updated*\nA storm hit the coast.',
    'The #MeToo movement spread online.',
    'She said - and meant it - that the plan failed.',
    'Prices rose 5% [corrected] on Monday.',
    'Jobs report\nEmployment rose by **200,000** in May.',
  ])('keeps plain text %j as text', (input) => {
    expect(detectFormat(input)).toBe('text');
  });

  it.each([
    '<!DOCTYPE html><html><body><p>Body.</p></body></html>',
    '<!-- saved page -->\n<html lang="en"><p>Body.</p></html>',
    '  <body><p>Body.</p></body>',
    '<article><h1>Title</h1><p>Body <b>bold</b>.</p></article>',
    '<p>One.</p>\n<p>Two.</p>',
  ])('reads %j as html', (input) => {
    expect(detectFormat(input)).toBe('html');
  });

  it.each([
    'Storm hits coast\nThe <b>storm</b> hit the coast.',
    '<b>Breaking:</b> storm hits coast\nMore to come.',
    'Use <p> for paragraphs and </p> to close them.',
    '<p>One paragraph</p> then plain text with <a href="x">a</a> <b>b</b> <i>c</i> <span>d</span>',
  ])('keeps text with stray tags %j out of html', (input) => {
    expect(detectFormat(input)).not.toBe('html');
  });
});

describe('plain text is not misread as Markdown', () => {
  it('keeps list-like and emphasis-like lines as article text', () => {
    const article = parseArticle('Rate decision\n1. Fed raises rates\n*Updated*\nAnalysts expected it.');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '1. Fed raises rates',
      '*Updated*',
      'Analysts expected it.',
    ]);
  });
});

describe('Markdown input', () => {
  it('takes the # heading as headline and removes emphasis and links from the text', () => {
    const article = parseArticle('# Vote passes\n\nThe bill passed **7-2** after [a long debate](https://example.com).');
    expect(article.headline?.text).toBe('Vote passes');
    expect(article.paragraphs[0]?.text).toBe('The bill passed 7-2 after a long debate.');
    expect(article.text).not.toMatch(/[*[\]]/);
  });

  it('reports raw HTML it leaves out', () => {
    const article = parseArticle('# Title\n\n<div class="ad"></div>\n\nBody text.', { format: 'markdown' });
    expect(article.warnings.map((warning) => warning.code)).toContain('dropped-markup');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Body text.']);
  });

  it('keeps the text inside raw HTML and drops only the tags', () => {
    const article = parseArticle('# Title\n\nBody <b>bold</b> here.\n\n<p>A paragraph in HTML.</p>', { format: 'markdown' });
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Body bold here.', 'A paragraph in HTML.']);
    expect(article.warnings).toEqual([]);
  });

  it('takes a second-level heading under the headline as the deck', () => {
    const article = parseArticle('# Title here\n\n## A deck under it\n\nBody one.', { format: 'markdown' });
    expect(article.subheadline?.text).toBe('A deck under it');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Body one.']);
  });
});
