import type { Random } from './random.js';
import {
  AGENCIES,
  CHINESE_GIVEN_NAMES,
  CHINESE_SURNAMES,
  CITIES,
  ORGANIZATIONS,
  ROLES,
  TOPICS,
  WESTERN_GIVEN_NAMES,
  WESTERN_SURNAMES,
  type AgencyEntry,
  type CityEntry,
  type NameParts,
  type OrganizationEntry,
  type RoleEntry,
  type TopicEntry,
} from './vocabulary.js';

/** A person of the article: their name, short form, and the role they are introduced with. */
export interface Person {
  readonly fullName: string;
  /** How later mentions name them: the surname. */
  readonly shortName: string;
  readonly role: RoleEntry;
  /** The organization the role names, when its template has one. */
  readonly organization: OrganizationEntry | null;
}

/** Everything one article talks about, drawn once so that its parts agree with each other. */
export interface Cast {
  readonly topic: TopicEntry;
  readonly agency: AgencyEntry;
  /** The city of the dateline. */
  readonly home: CityEntry;
  /** Cities the caption can show, the home city first. */
  readonly cities: readonly CityEntry[];
  /** Place names prose can use: the cities and their countries, each once. */
  readonly places: readonly string[];
  readonly organizations: readonly OrganizationEntry[];
  /** The people who speak, in the order they are drawn; the first one speaks in the lead. */
  readonly people: readonly Person[];
  /** The year the article's full dates fall in. */
  readonly year: number;
}

/** `Wang Jun` or `Maria Lopez`. */
export function fullNameOf(name: NameParts): string {
  return name.surnameFirst ? `${name.surname} ${name.given}` : `${name.given} ${name.surname}`;
}

/** A name with a surname none of `taken` has, so that a surname alone names one person. */
export function drawName(random: Random, taken: ReadonlySet<string>): NameParts {
  for (;;) {
    const surnameFirst = random.chance(0.4);
    const surname = random.pick(surnameFirst ? CHINESE_SURNAMES : WESTERN_SURNAMES);
    const given = random.pick(surnameFirst ? CHINESE_GIVEN_NAMES : WESTERN_GIVEN_NAMES);
    if (!taken.has(surname)) return { given, surname, surnameFirst };
  }
}

/** Draws the cast of an article: topic, agency, places, organizations and one to three speakers. */
export function drawCast(random: Random): Cast {
  const topic = random.pick(TOPICS);
  const agency = random.pick(AGENCIES);
  const cities = random.sample(CITIES, 3);
  const home = cities[0]!;
  const places = [...new Set(cities.flatMap((entry) => [entry.city, entry.country]))];
  const organizations = random.sample(ORGANIZATIONS, 3);
  const surnames = new Set<string>();
  const people: Person[] = [];
  const speakers = random.int(1, 3);
  for (let i = 0; i < speakers; i++) {
    const name = drawName(random, surnames);
    surnames.add(name.surname);
    const role = random.pick(ROLES);
    const organization = role.template.includes('{') ? random.pick(organizations) : null;
    people.push({ fullName: fullNameOf(name), shortName: name.surname, role, organization });
  }
  return { topic, agency, home, cities, places, organizations, people, year: random.int(2015, 2024) };
}
