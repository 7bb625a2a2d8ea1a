/**
 * The built-in vocabulary of the article generator: small hand-written lists of names, places,
 * organizations, roles and sentence templates. No faker and no network: the lists are part of the
 * package, so a seed gives the same article everywhere and for as long as the lists do not change.
 *
 * Templates hold slots in braces, filled by the generator, which records the place of every entity
 * it writes: `{place}` a city or country, `{org}` an organization, `{weekday}` (`Monday`),
 * `{month}` (`October`), `{fullDate}` (`March 3, 2021`), `{year}` (`2019`), `{number}` (`12`).
 * Lists avoid words that would make the ground truth ambiguous: no surname is also a place or a
 * pronoun (`He`, `Jordan`, `Washington`), no two organizations share an acronym.
 */

/** A person's name; Chinese names are written surname first (`Wang Jun`, short form `Wang`). */
export interface NameParts {
  readonly given: string;
  readonly surname: string;
  readonly surnameFirst: boolean;
}

export const WESTERN_GIVEN_NAMES = [
  'Maria', 'James', 'Anna', 'David', 'Sarah', 'Michael', 'Elena', 'Thomas', 'Laura', 'Peter',
  'Fatima', 'Ahmed', 'Priya', 'Carlos', 'Sofia', 'Daniel', 'Grace', 'Samuel', 'Amina', 'Olivia',
] as const;

export const WESTERN_SURNAMES = [
  'Lopez', 'Kowalski', 'Okafor', 'Fischer', 'Rossi', 'Dubois', 'Sharma', 'Haddad', 'Mensah', 'Novak',
  'Silva', 'Jensen', 'Bennett', 'Harper', 'Keller', 'Moreau', 'Costa', 'Petrov', 'Nakamura', 'Odhiambo',
] as const;

export const CHINESE_SURNAMES = [
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Xu',
  'Zhu', 'Hu', 'Guo', 'Gao', 'Lin', 'Luo', 'Tang', 'Feng', 'Deng', 'Cao',
] as const;

export const CHINESE_GIVEN_NAMES = [
  'Jun', 'Wei', 'Xin', 'Hong', 'Lei', 'Fang', 'Min', 'Jing', 'Hao', 'Qiang',
  'Yan', 'Ying', 'Guixiang', 'Zhiwei', 'Xiaoming', 'Lina', 'Tao', 'Bin', 'Peng', 'Jianguo',
] as const;

/** A city and its country; `dateline` is how the city is written in a dateline. */
export interface CityEntry {
  readonly city: string;
  readonly country: string;
}

export const CITIES: readonly CityEntry[] = [
  { city: 'Beijing', country: 'China' },
  { city: 'Shanghai', country: 'China' },
  { city: 'Washington', country: 'United States' },
  { city: 'New York', country: 'United States' },
  { city: 'London', country: 'Britain' },
  { city: 'Paris', country: 'France' },
  { city: 'Berlin', country: 'Germany' },
  { city: 'Tokyo', country: 'Japan' },
  { city: 'Nairobi', country: 'Kenya' },
  { city: 'Cairo', country: 'Egypt' },
  { city: 'New Delhi', country: 'India' },
  { city: 'Brasilia', country: 'Brazil' },
  { city: 'Canberra', country: 'Australia' },
  { city: 'Ottawa', country: 'Canada' },
  { city: 'Madrid', country: 'Spain' },
  { city: 'Rome', country: 'Italy' },
  { city: 'Seoul', country: 'South Korea' },
  { city: 'Jakarta', country: 'Indonesia' },
  { city: 'Mexico City', country: 'Mexico' },
  { city: 'Geneva', country: 'Switzerland' },
  { city: 'Brussels', country: 'Belgium' },
  { city: 'Hanoi', country: 'Vietnam' },
  { city: 'Bangkok', country: 'Thailand' },
  { city: 'Lagos', country: 'Nigeria' },
  { city: 'Johannesburg', country: 'South Africa' },
  { city: 'Buenos Aires', country: 'Argentina' },
];

/** Places that prose writes with `the` (`in the United States`); `the` stays outside the mention. */
export const PLACES_TAKING_THE: ReadonlySet<string> = new Set(['United States']);

/** An organization; `the` when prose writes `the World Bank`, `acronym` for later mentions. */
export interface OrganizationEntry {
  readonly name: string;
  readonly acronym: string | null;
  readonly the: boolean;
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  { name: 'World Health Organization', acronym: 'WHO', the: true },
  { name: 'United Nations', acronym: 'UN', the: true },
  { name: 'African Union', acronym: null, the: true },
  { name: 'European Commission', acronym: null, the: true },
  { name: 'International Monetary Fund', acronym: 'IMF', the: true },
  { name: 'World Bank', acronym: null, the: true },
  { name: 'World Trade Organization', acronym: 'WTO', the: true },
  { name: 'International Energy Agency', acronym: 'IEA', the: true },
  { name: 'Asian Development Bank', acronym: 'ADB', the: true },
  { name: 'Red Cross', acronym: null, the: true },
  { name: 'Foreign Ministry', acronym: null, the: true },
  { name: 'Ministry of Commerce', acronym: null, the: true },
  { name: 'National Bureau of Statistics', acronym: 'NBS', the: true },
  { name: 'Helios Power', acronym: null, the: false },
  { name: 'Northwind Logistics', acronym: null, the: false },
  { name: 'Bluewater Shipping', acronym: null, the: false },
  { name: 'Greenfield Motors', acronym: null, the: false },
  { name: 'Meridian Bank', acronym: null, the: false },
];

/**
 * A role template: `{org}` is replaced by the organization's name. `prefix` roles are written
 * before the name (`Foreign Ministry spokesman Wang Jun`), `appositive` roles after it, between
 * commas (`Maria Lopez, chief economist at Meridian Bank, said`).
 */
export interface RoleEntry {
  readonly placement: 'prefix' | 'appositive';
  readonly template: string;
}

export const ROLES: readonly RoleEntry[] = [
  { placement: 'prefix', template: '{orgName} spokesman' },
  { placement: 'prefix', template: '{orgName} spokeswoman' },
  { placement: 'prefix', template: 'senior analyst' },
  { placement: 'prefix', template: 'economist' },
  { placement: 'appositive', template: 'spokesperson for {org}' },
  { placement: 'appositive', template: 'chief economist at {org}' },
  { placement: 'appositive', template: 'director of {org}' },
  { placement: 'appositive', template: 'deputy head of {org}' },
];

/** A news agency, how its datelines are written, and the credits its photos carry. */
export interface AgencyEntry {
  readonly name: string;
  /** `{CITY}` is the upper-case city, `{date}` the dateline date. */
  readonly dateline: string;
  /** `{photographer}` is a name. */
  readonly credits: readonly string[];
}

export const AGENCIES: readonly AgencyEntry[] = [
  { name: 'Xinhua', dateline: '{CITY}, {date} ({agency}) --', credits: ['PHOTO/XINHUA', 'Xinhua/{photographer}', 'Photo by {photographer}/Xinhua'] },
  { name: 'AP', dateline: '{CITY} ({agency}) —', credits: ['AP Photo/{photographer}'] },
  { name: 'Reuters', dateline: '{CITY} ({agency}) -', credits: ['Photo by {photographer}/Reuters'] },
];

/** Month names as prose writes them, and as datelines abbreviate them (`Sept 4`). */
export const MONTHS = [
  { name: 'January', short: 'Jan' },
  { name: 'February', short: 'Feb' },
  { name: 'March', short: 'March' },
  { name: 'April', short: 'April' },
  { name: 'May', short: 'May' },
  { name: 'June', short: 'June' },
  { name: 'July', short: 'July' },
  { name: 'August', short: 'Aug' },
  { name: 'September', short: 'Sept' },
  { name: 'October', short: 'Oct' },
  { name: 'November', short: 'Nov' },
  { name: 'December', short: 'Dec' },
] as const;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * A topic: the templates one article draws from, so that its sentences belong together.
 * `quotes` are what people say in quotation marks (one sentence each, without the closing
 * period); `reported` are clauses for reported speech (no quotation marks); `fragments` are
 * reported clauses that end in a quoted phrase, for mixed quotes, written `lead|fragment`.
 */
export interface TopicEntry {
  readonly headlines: readonly string[];
  readonly captions: readonly string[];
  readonly leads: readonly string[];
  readonly quotes: readonly string[];
  readonly reported: readonly string[];
  readonly fragments: readonly string[];
  readonly background: readonly string[];
}

export const TOPICS: readonly TopicEntry[] = [
  {
    headlines: [
      '{place} to expand clean energy cooperation with {place}',
      '{org} pledges support for solar projects in {place}',
      'Wind power output in {place} hits record high',
    ],
    captions: ['Workers install solar panels at a power station in {place}', 'A wind farm is seen near {place}, on {fullDate}'],
    leads: [
      '{place} will expand its support for renewable energy projects in {place}',
      '{org} will fund new solar and wind projects in {place} over the next {number} years',
    ],
    quotes: [
      'We are ready to work with our partners to build a cleaner future',
      'Clean energy is no longer a choice but a necessity',
      'These projects will bring power to millions of homes',
      'We have learned a great deal from the first phase of the program',
    ],
    reported: [
      'the first turbines would be connected to the grid in {month}',
      'the agreement would create thousands of jobs in the region',
      'the cost of solar power had fallen sharply in recent years',
    ],
    fragments: ['the talks had been|productive and frank', 'the plan was|a step in the right direction'],
    background: [
      '{org} has invested more than {number} billion dollars in the sector since {year}.',
      '{place} hosted a regional energy summit in {month}.',
      'Renewable sources supplied about {number} percent of the electricity in {place} last year.',
    ],
  },
  {
    headlines: [
      '{org} warns of rising cases of measles in {place}',
      '{place} launches vaccination drive ahead of flu season',
      'Hospitals in {place} brace for winter surge',
    ],
    captions: ['A health worker prepares a vaccine at a clinic in {place}', 'Patients wait at a hospital in {place}, on {fullDate}'],
    leads: [
      'cases of measles in {place} have risen for {number} weeks in a row',
      '{org} will send medical teams to {place} to support the vaccination campaign',
    ],
    quotes: [
      'Every child who misses a vaccine is a child at risk',
      'We are doing everything we can to reach remote communities',
      'The next few weeks will be critical',
      'Our hospitals are under great pressure',
    ],
    reported: [
      'more than {number} clinics had opened their doors on weekends',
      'the campaign would continue until the end of {month}',
      'supplies of the vaccine were sufficient for now',
    ],
    fragments: ['the situation was|under control', 'the outbreak was|a wake-up call for the region'],
    background: [
      '{org} reported {number} new cases in {month}.',
      'A similar campaign in {place} reached nearly {number} million children in {year}.',
      'Health officials first raised the alarm on {fullDate}.',
    ],
  },
  {
    headlines: [
      '{place} economy grows faster than expected',
      '{org} cuts growth forecast for {place}',
      'Exports from {place} rise for third straight month',
    ],
    captions: ['Containers are stacked at a port in {place}', 'Shoppers browse at a market in {place}, on {fullDate}'],
    leads: [
      'the economy of {place} grew by {number} percent in the third quarter',
      '{org} expects growth in {place} to slow next year',
    ],
    quotes: [
      'The recovery is stronger than many of us expected',
      'We remain cautious about the months ahead',
      'Trade has been the main engine of growth this year',
      'Households are spending again',
    ],
    reported: [
      'interest rates were likely to stay on hold until {month}',
      'the government would announce new support for small businesses',
      'inflation had eased for a second month',
    ],
    fragments: ['the outlook remained|clouded by uncertainty', 'the figures were|better than feared'],
    background: [
      '{org} will publish its next forecast in {month}.',
      'Exports to {place} rose by {number} percent from a year earlier.',
      'The central bank last raised interest rates in {year}.',
    ],
  },
  {
    headlines: [
      'Floods force thousands from their homes in {place}',
      '{org} appeals for aid after storms hit {place}',
      'Rescue teams search for survivors in {place}',
    ],
    captions: ['Residents wade through a flooded street in {place}', 'Rescue workers search a damaged building in {place}, on {fullDate}'],
    leads: [
      'heavy rain has forced more than {number},000 people from their homes in {place}',
      '{org} has sent emergency supplies to {place} after days of storms',
    ],
    quotes: [
      'We have never seen water levels this high',
      'Our first priority is to keep people safe',
      'The damage to roads and bridges is severe',
      'Many families have lost everything',
    ],
    reported: [
      'more rain was expected over the weekend',
      'schools in the worst-hit areas would stay closed until {month}',
      'rescue teams had reached most of the villages cut off by the water',
    ],
    fragments: ['the response had been|fast and well organized', 'the storms were|the worst in decades'],
    background: [
      '{org} estimates that {number} thousand homes were damaged.',
      'The last major flood in {place} struck in {year}.',
      'Rain began falling on {fullDate} and has barely stopped since.',
    ],
  },
];

/** What officials, unnamed, are said to have said: speakers that name no entity. */
export const UNNAMED_SPEAKERS = ['officials', 'local authorities', 'a government official'] as const;
