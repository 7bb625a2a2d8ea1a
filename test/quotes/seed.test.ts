import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import type { Span } from '../../src/model/span.js';
import { findQuotes, type FoundQuote } from '../../src/quotes/find-quotes.js';

// The founding example, through the parser (entities off: this test is about the quote stage), so
// that the quotes run over the article's own text and body paragraphs, as the pipeline runs them.
const input = readFileSync(new URL('../fixtures/seed/input.txt', import.meta.url), 'utf8');
const article = parseArticle(input, { entities: false });
const text = article.text;
const paragraphs: Span[] = article.paragraphs.map((paragraph) => paragraph.span);

const slice = (span: Span | null) => (span ? text.slice(span.start, span.end) : null);
const view = (quote: FoundQuote) => ({
  kind: quote.kind,
  speaker: slice(quote.speaker),
  cue: slice(quote.cue),
  content: slice(quote.content),
  paragraphs: quote.paragraphs,
});

describe('quotes in the seed article', () => {
  const quotes = findQuotes(text, paragraphs).map(view);
  const withSpeakerAndCue = (speaker: string, cue: string) => quotes.filter((q) => q.speaker === speaker && q.cue === cue);

  it('finds both multi-sentence direct quotes whole, with their speakers and cues', () => {
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([
      {
        kind: 'direct',
        speaker: 'Xu Guixiang, spokesman for the regional government',
        cue: 'told',
        content:
          "We always welcome members of the international community willing to see the real Xinjiang, to visit the region and exchange ideas because we have nothing to hide. But we won't accept and don't need so-called investigations,",
        paragraphs: [1],
      },
      {
        kind: 'direct',
        speaker: 'the spokesman',
        cue: 'said',
        content:
          "The assessment was based mainly on false information and rumors spread by anti-China forces. It deliberately chose to ignore the authoritative and objective information provided by the Chinese government. What's more, the assessment has maliciously distorted the laws and policies of China while smearing the necessity, legitimacy and justice of Xinjiang's battle against terrorism and extremism,",
        paragraphs: [3],
      },
    ]);
  });

  it('finds the mixed quote of "He added that ... called it a ..."', () => {
    expect(withSpeakerAndCue('He', 'added')[0]).toEqual({
      kind: 'mixed',
      speaker: 'He',
      cue: 'added',
      content:
        'that from Xinjiang\'s perspective, its release violates the UN Charter and has damaged the reputation of the OHCHR and called it a "politicized document manufactured by the United States and some Western forces"',
      paragraphs: [4],
    });
  });

  it('finds the opening attribution and the one nested in it', () => {
    const content =
      'The Xinjiang Uygur autonomous region has said that it will not accept investigations by the international community into its alleged human rights issues following the release of a recent United Nations report on the region that it says is based on false information and rumors';
    expect(withSpeakerAndCue('a spokesman for the regional government', 'said')).toEqual([
      { kind: 'indirect', speaker: 'a spokesman for the regional government', cue: 'said', content, paragraphs: [0] },
    ]);
    expect(withSpeakerAndCue('The Xinjiang Uygur autonomous region', 'has said')[0]?.content).toBe(content.slice(content.indexOf('that it will')));
  });

  it("finds Xu's reported speech: `..., Xu said, adding that ...` and `..., Xu said.`", () => {
    expect(withSpeakerAndCue('Xu', 'said').map((q) => q.content)).toEqual([
      'On Aug 31, the Office of the UN High Commissioner for Human Rights, or OHCHR, issued its assessment of human rights concerns in Xinjiang',
      'The assessment was not in line with the statement she made after the tour',
    ]);
    expect(withSpeakerAndCue('Xu', 'adding').map((q) => q.content)).toEqual([
      "that the assessment was unacceptable because it wasn't objective or fair",
    ]);
  });

  it('finds `He added that he hopes ...` whole', () => {
    expect(withSpeakerAndCue('He', 'added').map((q) => q.content)).toContain(
      'that he hopes Volker Turk, who is expected to take up the role of the High Commissioner on Oct 17, will be able to be objective on human rights issues in Xinjiang',
    );
  });

  it("finds Wang Wenbin's reported speech", () => {
    expect(withSpeakerAndCue('Foreign Ministry spokesman Wang Wenbin', 'said')).toEqual([
      {
        kind: 'indirect',
        speaker: 'Foreign Ministry spokesman Wang Wenbin',
        cue: 'said',
        content:
          'that the US and some Western countries had gone to great lengths to pressure the OHCHR to release the assessment, and that their schemes would be unpopular and lead nowhere',
        paragraphs: [7],
      },
    ]);
    expect(withSpeakerAndCue('Wang', 'said').map((q) => q.content)).toEqual([
      'that the report did not represent the UN, let alone the international community',
    ]);
    expect(withSpeakerAndCue('Wang', 'added').map((q) => q.content)).toEqual([
      'that opposition to the report was the mainstream position of the international community',
    ]);
  });

  it('returns spans inside the paragraphs, in order of content', () => {
    const found = findQuotes(text, paragraphs);
    for (const quote of found) {
      for (const span of [quote.content, quote.cue, quote.speaker]) {
        if (span) expect(span.start).toBeLessThan(span.end);
      }
      const first = paragraphs[quote.paragraphs[0]!]!;
      expect(quote.content.start).toBeGreaterThanOrEqual(first.start);
    }
    expect(found.map((q) => q.content.start)).toEqual([...found.map((q) => q.content.start)].sort((a, b) => a - b));
  });
});
