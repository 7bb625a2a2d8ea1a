import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/model/span.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import { findQuotations } from '../../src/quotes/quote-marks.js';

/** The text of paragraphs joined by newlines, with their spans. */
function article(...paragraphs: string[]): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    spans.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length + 1;
  }
  return { text: paragraphs.join('\n'), spans };
}

function quotations(...paragraphs: string[]) {
  const { text, spans } = article(...paragraphs);
  return findQuotations(text, spans).map((q) => ({
    content: text.slice(q.content.start, q.content.end),
    closed: q.close !== null,
    paragraphs: q.paragraphs,
    marks: q.marks,
  }));
}

function quotes(...paragraphs: string[]) {
  const { text, spans } = article(...paragraphs);
  const slice = (span: Span | null) => (span ? text.slice(span.start, span.end) : null);
  return findQuotes(text, spans).map((q) => ({
    kind: q.kind,
    content: slice(q.content),
    cue: slice(q.cue),
    speaker: slice(q.speaker),
    paragraphs: q.paragraphs,
  }));
}

describe('pairing quotation marks', () => {
  it('pairs straight and curly double marks', () => {
    expect(quotations('He said "a b" and “c d”.').map((q) => q.content)).toEqual(['a b', 'c d']);
  });

  it('keeps single marks inside double ones as part of the quotation', () => {
    expect(quotations(`"He told me 'no way' yesterday," she said.`)).toEqual([
      { content: "He told me 'no way' yesterday,", closed: true, paragraphs: [0], marks: 'double' },
    ]);
  });

  it('keeps a quotation in the same curly marks inside the open one (`“... “your team” ...”`)', () => {
    expect(quotations('Zornick wrote, “You have to show that you care even when “your team” needs to be held accountable.” Others agreed.')).toEqual([
      { content: 'You have to show that you care even when “your team” needs to be held accountable.', closed: true, paragraphs: [0], marks: 'double' },
    ]);
  });

  it('closes a curly opening mark with two single closing marks (`“...,’’`)', () => {
    expect(quotations('“We will win,’’ he said.')).toEqual([{ content: 'We will win,', closed: true, paragraphs: [0], marks: 'double' }]);
  });

  it("pairs doubled straight single marks (`''...''`) as double marks", () => {
    expect(quotations("''A is true,'' she wrote. ''B is true too.''").map((q) => q.content)).toEqual(['A is true,', 'B is true too.']);
  });

  it('runs a quotation over paragraphs when the next paragraph opens with a mark', () => {
    expect(quotations('“First part of it.', '“Second part,” he said.')).toEqual([
      { content: 'First part of it.\n“Second part,', closed: true, paragraphs: [0, 1], marks: 'double' },
    ]);
  });

  it('ends an unclosed quotation with its paragraph when the next does not open with a mark', () => {
    expect(quotations('“Never closed at all', 'Next paragraph is plain.')).toEqual([
      { content: 'Never closed at all', closed: false, paragraphs: [0], marks: 'double' },
    ]);
  });

  it('ends an unclosed quotation where the next one opens', () => {
    expect(quotations('“Missing its close. “Second one,” she said.').map((q) => q.content)).toEqual(['Missing its close.', 'Second one,']);
  });

  it('takes no apostrophe for a quotation mark', () => {
    expect(quotations('Xinjiang’s report, don’t worry, the voters’ choice and rock ’n’ roll.')).toEqual([]);
  });

  it('finds single-marked quotations outside double ones (headlines)', () => {
    expect(quotations('Trump: ‘I will win’ in November')).toEqual([{ content: 'I will win', closed: true, paragraphs: [0], marks: 'single' }]);
  });
});

describe('direct quotes', () => {
  it('takes a speaker in the middle as one quote from the first mark to the last', () => {
    expect(quotes('"A is true," he said. "B is true too."')).toEqual([
      { kind: 'direct', content: 'A is true," he said. "B is true too.', cue: 'said', speaker: 'he', paragraphs: [0] },
    ]);
  });

  it('takes a speaker before the quote (`Xu said: "..."`) and an inverted one after (`," said Xu.`)', () => {
    expect(quotes('Xu told reporters: "We have nothing to hide."')[0]).toMatchObject({ kind: 'direct', content: 'We have nothing to hide.', cue: 'told', speaker: 'Xu' });
    expect(quotes('"We have nothing to hide," said Xu Guixiang.')[0]).toMatchObject({ content: 'We have nothing to hide,', cue: 'said', speaker: 'Xu Guixiang' });
  });

  it('keeps one quote over paragraphs, listing each paragraph', () => {
    expect(quotes('“First part of it.', '“Second part,” he said.')).toEqual([
      { kind: 'direct', content: 'First part of it.\n“Second part,', cue: 'said', speaker: 'he', paragraphs: [0, 1] },
    ]);
  });

  it('does not attribute a quotation ending in a full stop to the next sentence', () => {
    expect(quotes('Baker said the probe is “ongoing.” He said more would follow.').map((q) => q.kind)).toEqual(['mixed', 'indirect']);
  });
});

describe('reported speech', () => {
  it('finds `according to X` before and after the content', () => {
    expect(quotes('According to the police, the man fled on foot.')[0]).toMatchObject({ content: 'the man fled on foot', cue: 'According to', speaker: 'the police' });
    expect(quotes('The man fled on foot, according to the police.')[0]).toMatchObject({ content: 'The man fled on foot', cue: 'according to', speaker: 'the police' });
  });

  it('starts the content at a near `that` and leaves the object of `told` out', () => {
    expect(quotes('Smith told reporters on Monday that the plan was dead.')[0]).toMatchObject({ content: 'that the plan was dead', cue: 'told', speaker: 'Smith' });
  });

  it('takes a parenthetical attribution and an inverted one with an appositive', () => {
    expect(quotes('The plan, Smith said, was dead.')[0]).toMatchObject({ content: 'The plan, Smith said, was dead', speaker: 'Smith' });
    expect(quotes('The plan was dead, said Smith, a senator from Iowa.')[0]).toMatchObject({ content: 'The plan was dead', speaker: 'Smith, a senator from Iowa' });
  });

  it('walks back over appositives and a party label to the speaker', () => {
    expect(quotes('Alabama Sen. Jeff Sessions, a prominent Trump supporter, said the deal was bad.')[0]).toMatchObject({
      content: 'the deal was bad',
      speaker: 'Alabama Sen. Jeff Sessions, a prominent Trump supporter',
    });
    expect(quotes('Sen. Bernie Sanders (I-Vt.) said he will release his records.')[0]).toMatchObject({ speaker: 'Sen. Bernie Sanders (I-Vt.)' });
  });
});
