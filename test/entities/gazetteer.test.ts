import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { GAZETTEER_DATA, GAZETTEER_SPLITS } from '../../src/entities/gazetteer/data.js';
import {
  GAZETTEER_CATEGORIES,
  type GazetteerCategory,
  lookupName,
  matchGazetteers,
} from '../../src/entities/gazetteer/index.js';
import { tokenize } from '../../src/text/tokens.js';

function tag(text: string): [string, readonly string[]][] {
  const tokens = tokenize(text);
  const tags = matchGazetteers(tokens);
  return tokens.map((token, i) => [token.text, tags[i] ?? []]);
}

describe('matchGazetteers', () => {
  it('tags countries and cities, multi-token names in BIO form', () => {
    expect(tag('The United States and China met in Beijing.')).toEqual([
      ['The', []],
      ['United', ['B-country']],
      ['States', ['I-country']],
      ['and', []],
      ['China', ['B-country']],
      ['met', []],
      ['in', []],
      ['Beijing', ['B-city']],
      ['.', []],
    ]);
  });

  it('matches all-caps text against names', () => {
    const tags = tag('THE UNITED STATES AND CHINA MET IN BEIJING');
    expect(tags[1]?.[1]).toEqual(['B-country']);
    expect(tags[2]?.[1]).toEqual(['I-country']);
    expect(tags[4]?.[1]).toEqual(['B-country']);
    expect(tags[7]?.[1]).toEqual(['B-city']);
  });

  it('does not match lower-case words against capitalised names', () => {
    expect(tag('It may rain.').flatMap(([, tags]) => tags)).toEqual([]);
    expect(tag('Talks resume in May.')[3]?.[1]).toEqual(['B-month']);
  });

  it('keeps U.S. as one token and tags possessives, titles and organizations', () => {
    const tags = new Map(tag("Xinhua said the U.S. President met UN chief Guterres in Xinjiang's capital Urumqi."));
    expect(tags.get('Xinhua')).toEqual(['B-organization']);
    expect(tags.get('U.S.')).toEqual(['B-country']);
    expect(tags.get('President')).toEqual(['B-person-title']);
    expect(tags.get('UN')).toEqual(['B-organization']);
    expect(tags.get('Xinjiang')).toEqual(['B-region']);
    expect(tags.get('Urumqi')).toEqual(['B-city']);
  });

  it('gives every category its own longest match, the longest first', () => {
    const tags = tag('Read the New York Times today.');
    expect(tags[2]?.[1]).toEqual(['B-organization', 'B-city', 'B-place-prefix']);
    expect(tags[4]?.[1]?.[0]).toBe('I-organization');
  });

  it('matches role and place words in any case, names only as written or in all caps', () => {
    const tags = tag('Foreign Ministry spokesman Wang Wenbin said the foreign minister and the Spokeswoman met in Yutian county.');
    const at = (text: string): readonly string[] | undefined => tags.find(([token]) => token === text)?.[1];
    expect(at('Ministry')).toContain('I-organization');
    expect(at('spokesman')).toEqual(['B-person-title']);
    expect(at('foreign')).toEqual(['B-person-title']);
    expect(at('minister')).toEqual(['I-person-title']);
    expect(at('Spokeswoman')).toEqual(['B-person-title']);
    expect(at('county')).toEqual(['B-place-suffix']);
    expect(at('Wang')).toContain('B-surname');
    expect(tag('LEICESTERSHIRE TAKE OVER AT TOP')[0]?.[1]).toEqual(['B-region']);
    const region = tag('the Xinjiang Uygur autonomous region');
    expect(region[1]?.[1]).toEqual(['B-region']);
    expect(region[2]?.[1]).toEqual(['I-region', 'B-demonym']);
    expect(region[3]?.[1]).toEqual(['I-region', 'B-place-suffix']);
    expect(region[4]?.[1]).toEqual(['I-region', 'I-place-suffix']);
    expect(lookupName('Xinjiang Uygur autonomous region')?.canonical).toBe('Xinjiang');
  });

  it('returns one entry per token, empty input included', () => {
    expect(matchGazetteers([])).toEqual([]);
    expect(matchGazetteers([{ text: 'Tibet' }, { text: 'Mary' }])).toEqual([['B-region'], ['B-first-name']]);
  });
});

describe('lookupName', () => {
  it('finds canonical names of aliases', () => {
    expect(lookupName('US')).toEqual({ category: 'country', canonical: 'United States' });
    expect(lookupName('U.S.')).toEqual({ category: 'country', canonical: 'United States' });
    expect(lookupName('Britain')).toEqual({ category: 'country', canonical: 'United Kingdom' });
    expect(lookupName('UN')).toEqual({ category: 'organization', canonical: 'United Nations' });
    expect(lookupName('Xinhua')).toEqual({ category: 'organization', canonical: 'Xinhua' });
    expect(lookupName('Inner Mongolia')).toEqual({ category: 'region', canonical: 'Inner Mongolia' });
    expect(lookupName('Chinese')?.category).toBe('demonym');
    expect(lookupName('London')).toEqual({ category: 'city', canonical: 'London' });
    expect(lookupName('Jordan')?.category).toBe('country');
    expect(lookupName('Foreign Minister')).toEqual({ category: 'person-title', canonical: 'foreign minister' });
    expect(lookupName('OHCHR')?.category).toBe('organization');
  });

  it('is exact and case-sensitive', () => {
    expect(lookupName('may')).toBeNull();
    expect(lookupName('china')).toBeNull();
    expect(lookupName('Atlantis Republic')).toBeNull();
  });

  it('types its category as the category union', () => {
    expectTypeOf(lookupName('US')).toEqualTypeOf<{ readonly category: GazetteerCategory; readonly canonical: string } | null>();
    expectTypeOf<GazetteerCategory>().toEqualTypeOf<(typeof GAZETTEER_CATEGORIES)[number]>();
  });
});

describe('gazetteer data', () => {
  it('has every category and stays under the size budget', () => {
    expect(Object.keys(GAZETTEER_DATA).sort()).toEqual([...GAZETTEER_CATEGORIES].sort());
    const file = readFileSync(new URL('../../src/entities/gazetteer/data.ts', import.meta.url));
    expect(file.length).toBeLessThan(1024 * 1024);
    expect(gzipSync(file).length).toBeLessThan(400 * 1024);
  });

  it('records the tokens of every name the tokenizer does not split at spaces', () => {
    const splits = new Map(GAZETTEER_SPLITS.split('\n').map((line) => line.split('\t') as [string, string]));
    const wrong: string[] = [];
    for (const value of Object.values(GAZETTEER_DATA)) {
      for (const form of value.split(/[\n|]/)) {
        const tokens = tokenize(form).map((token) => token.text).join(' ');
        if (tokens !== (splits.get(form) ?? form)) wrong.push(form);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps common lower-case English words out of the first names', () => {
    const firstNames = new Set(GAZETTEER_DATA['first-name'].split('\n'));
    for (const word of ['Will', 'May', 'Grace', 'Mark', 'Hope']) expect(firstNames.has(word)).toBe(false);
    expect(firstNames.has('Michael')).toBe(true);
  });
});
