/**
 * Hand-written words around place names, read by `scripts/build-gazetteers.ts` (not at run time).
 * Each line is `canonical|alias`.
 */

/**
 * Words that end a place name: administrative units (`Yutian county`, `Xinjiang Uygur autonomous
 * region`, `Sichuan Province`) and natural features (`Yangtze River`). Written in lower case, so
 * they match in any case, as outlets write them both ways; words that are common in lower case
 * in other senses (`Pass`, `Range`, `Square`) are capitalised and match only so.
 */
export const PLACE_SUFFIXES: readonly string[] = [
  // Administrative units
  'county', 'province', 'region', 'autonomous region', 'autonomous prefecture', 'autonomous county',
  'special administrative region|SAR', 'district', 'city', 'state', 'prefecture', 'village', 'township', 'town',
  'municipality', 'borough', 'parish', 'canton', 'commune', 'oblast', 'krai', 'governorate', 'emirate', 'territory',
  'subdistrict', 'neighborhood|neighbourhood', 'suburb', 'metropolitan area', 'Banner', 'Quarter',
  // Natural and built features
  'river', 'lake', 'sea', 'ocean', 'bay', 'gulf', 'strait', 'canal', 'island', 'islands', 'peninsula', 'mountain',
  'mountains', 'valley', 'desert', 'basin', 'plateau', 'delta', 'airport', 'harbor|harbour', 'Channel', 'Coast',
  'Plain', 'Range', 'Falls', 'Pass', 'Square', 'Bridge', 'Dam', 'Port',
];

/** Words that begin a place name (`Mount Everest`, `Lake Victoria`, `St. Petersburg`, `Gulf of Aden`). */
export const PLACE_PREFIXES: readonly string[] = [
  'Mount|Mt.', 'Lake', 'Port', 'Fort|Ft.', 'Cape', 'Saint|St.', 'Sainte|Ste.', 'San', 'Santa', 'Santo', 'São', 'Los', 'Las',
  'El', 'Al', 'New', 'North', 'South', 'East', 'West', 'Upper', 'Lower', 'Greater', 'Gulf of', 'Bay of', 'Sea of',
  'Strait of', 'Isle of', 'Isles of', 'Cape of', 'Lake of', 'Mount of', 'Province of', 'State of', 'Republic of',
  'Kingdom of', 'City of', 'County of',
];

/**
 * Places of 50,000 people or more whose names are common English words, capitalised at the
 * start of a sentence or in headlines (`Reading the report`, `Split decision`); left out of `city`.
 */
export const CITY_STOPLIST: readonly string[] = [
  'Batman', 'Bend', 'Best', 'Bury', 'College', 'Commerce', 'Deal', 'Enterprise', 'Hope', 'Independence', 'Liberty', 'Male',
  'Marks', 'Mission', 'Mobile', 'Most', 'Nice', 'Normal', 'Orange', 'Police', 'Reading', 'Revere', 'Sale', 'Split',
  'Spring', 'Station', 'Surprise', 'Temple', 'Union', 'Vista', 'Wedding',
];
