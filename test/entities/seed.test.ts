import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Entity } from '../../src/index.js';

// The founding example: every entity the issue lists, read off the article by hand.
const input = readFileSync(new URL('../fixtures/seed/input.txt', import.meta.url), 'utf8');
const article = parseArticle(input);

function entityNamed(name: string): Entity {
  const entity = article.entities.find((candidate) => candidate.name === name);
  if (!entity) throw new Error(`no entity named ${name}; found ${article.entities.map((e) => e.name).join(', ')}`);
  return entity;
}

const mentionTexts = (entity: Entity) => entity.mentions.map((mention) => mention.text);

describe('entities of the seed article', () => {
  it('locates every mention exactly', () => {
    for (const entity of article.entities) {
      for (const mention of entity.mentions) {
        expect(article.text.slice(mention.span.start, mention.span.end)).toBe(mention.text);
      }
    }
  });

  it('finds the people, with surnames linked to full names', () => {
    const people = article.entities.filter((entity) => entity.type === 'person');
    expect(people.map((person) => person.name)).toEqual(['Xu Guixiang', 'Michelle Bachelet', 'Volker Turk', 'Wang Wenbin']);
    expect(mentionTexts(entityNamed('Xu Guixiang'))).toEqual(['Xu Guixiang', 'Xu', 'Xu']);
    expect(mentionTexts(entityNamed('Wang Wenbin'))).toEqual(['Wang Wenbin', 'Wang']);
    expect(entityNamed('Xu Guixiang').aliases).toEqual(['Xu']);
  });

  it('gives people the roles the article describes them by', () => {
    const roles = (name: string) => {
      const entity = entityNamed(name);
      return entity.type === 'person' ? entity.roles.map((role) => role.text) : null;
    };
    expect(roles('Xu Guixiang')).toEqual(['spokesman for the regional government']);
    expect(roles('Wang Wenbin')).toEqual(['Foreign Ministry spokesman']);
    expect(roles('Michelle Bachelet')).toEqual(['Former UN High Commissioner for Human Rights']);
  });

  it('finds the organizations, with acronyms and short forms linked', () => {
    const organizations = article.entities.filter((entity) => entity.type === 'organization').map((entity) => entity.name);
    expect(organizations).toEqual([
      'Erke',
      'Xinhua',
      'United Nations',
      'Office of the UN High Commissioner for Human Rights',
      'Foreign Ministry',
    ]);
    expect(mentionTexts(entityNamed('Office of the UN High Commissioner for Human Rights'))).toEqual([
      'Office of the UN High Commissioner for Human Rights',
      'OHCHR',
      'OHCHR',
      'OHCHR',
    ]);
    expect(entityNamed('United Nations').aliases).toEqual(['UN']);
    // The credit PHOTO/XINHUA names the agency in capitals.
    expect(mentionTexts(entityNamed('Xinhua'))).toEqual(['XINHUA']);
  });

  it('finds the places, from the shortest name to the longest', () => {
    const places = article.entities.filter((entity) => entity.type === 'place').map((entity) => entity.name);
    expect(places).toEqual(['Yutian county', 'Xinjiang Uygur autonomous region', 'China', 'United States']);
    const xinjiang = entityNamed('Xinjiang Uygur autonomous region');
    expect(xinjiang.aliases).toEqual(['Xinjiang']);
    // Twice in full (caption, first paragraph), six times short (`Xinjiang's` counts without its 's).
    expect(mentionTexts(xinjiang).filter((text) => text === 'Xinjiang')).toHaveLength(6);
    expect(mentionTexts(xinjiang).filter((text) => text !== 'Xinjiang')).toHaveLength(2);
    expect(mentionTexts(entityNamed('United States'))).toEqual(['United States', 'US']);
  });

  it('finds the dates, in partial ISO form when nothing gives the year', () => {
    const dates = article.entities.flatMap((entity) => (entity.type === 'date' ? [[entity.name, entity.value]] : []));
    expect(dates).toEqual([
      ['Sunday', null],
      ['Aug 31', '--08-31'],
      ['May', '--05'],
      ['Oct 17', '--10-17'],
      ['Sept 1', '--09-01'],
    ]);
  });

  it('gives full dates when the publication date is known', () => {
    const dated = parseArticle(input, { publishedAt: '2022-09-05' });
    const values = dated.entities.flatMap((entity) => (entity.type === 'date' ? [[entity.name, entity.value]] : []));
    // Published on Monday 5 September 2022: the Sunday before is 4 September.
    expect(values).toEqual([
      ['Sunday', '2022-09-04'],
      ['Aug 31', '2022-08-31'],
      ['May', '2022-05'],
      ['Oct 17', '2022-10-17'],
      ['Sept 1', '2022-09-01'],
    ]);
  });
});

describe('roles written in lower case before a name', () => {
  it('keeps the modifiers of the role: council member, party chief, city council member', () => {
    const rolesOf = (text: string) =>
      parseArticle(text).entities.flatMap((entity) => (entity.type === 'person' ? [[entity.name, entity.roles.map((role) => role.text)]] : []));
    expect(rolesOf('Vote\n\n"Streets are for everyone," said council member Dana Wu.')).toEqual([['Dana Wu', ['council member']]]);
    expect(rolesOf('Talks\n\nThe talks failed, party chief Li Wei said on Monday.')).toEqual([['Li Wei', ['party chief']]]);
    expect(rolesOf('Plan\n\nThe plan, said city council member Ann Roe, is dead.')).toEqual([['Ann Roe', ['city council member']]]);
  });
});
