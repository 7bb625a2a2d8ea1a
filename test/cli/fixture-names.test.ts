import { describe, expect, it } from 'vitest';
import { fixtureName, toIdentifier } from '../../src/cli/fixtures/names.js';
import { MAX_SEEDS, parseSeedList, seedFixtureName } from '../../src/cli/fixtures/seed-list.js';

describe('fixtureName', () => {
  it.each([
    ['stories/bbc-blank-lines.txt', 'bbc-blank-lines'],
    ['story.md', 'story'],
    ['test/fixtures/xinhua-dateline/input.txt', 'xinhua-dateline'],
    ['cases/markdown/INDEX.md', 'markdown'],
    ['input.txt', 'input'],
    ['archive.2024.txt', 'archive.2024'],
  ])('names %s %s', (path, name) => {
    expect(fixtureName(path)).toBe(name);
  });
});

describe('toIdentifier', () => {
  it.each([
    ['bbc-blank-lines', 'bbcBlankLines'],
    ['BBC-story', 'bbcStory'],
    ['myStory', 'myStory'],
    ['AP wire', 'apWire'],
    ['seed-7', 'seed7'],
    ['archive.2024', 'archive2024'],
    ['über-schrift', 'überSchrift'],
    ['2024-storm', 'article2024Storm'],
    ['class', 'articleClass'],
    ['---', 'article'],
  ])('turns %s into %s', (name, identifier) => {
    expect(toIdentifier(name)).toBe(identifier);
  });
});

describe('parseSeedList', () => {
  it('reads ranges, single seeds and both, keeping each seed once', () => {
    expect(parseSeedList('1..5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseSeedList('7')).toEqual([7]);
    expect(parseSeedList('1..3, 42,2')).toEqual([1, 2, 3, 42]);
    expect(parseSeedList('-2..1')).toEqual([-2, -1, 0, 1]);
  });

  it.each([
    ['', 'expected seeds like'],
    ['1-5', 'expected seeds like'],
    ['a..b', 'expected seeds like'],
    ['5..1', 'runs backwards'],
    [`1..${MAX_SEEDS + 1}`, `more than ${MAX_SEEDS} seeds`],
    [`1..${MAX_SEEDS},0`, `more than ${MAX_SEEDS} seeds`],
    ['99999999999999999999', 'is not a safe integer'],
  ])('refuses %j as a usage error', (list, message) => {
    expect(() => parseSeedList(list)).toThrow(expect.objectContaining({ kind: 'usage', command: 'fixtures', message: expect.stringContaining(message) }));
  });
});

describe('seedFixtureName', () => {
  it('names a seed without a double dash', () => {
    expect([seedFixtureName(7), seedFixtureName(0), seedFixtureName(-7)]).toEqual(['seed-7', 'seed-0', 'seed-minus-7']);
  });
});
