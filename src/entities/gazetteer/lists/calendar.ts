/**
 * Months and weekdays with their abbreviations, `Canonical|alias`; read by
 * `scripts/build-gazetteers.ts` (not at run time).
 */
export const MONTHS: readonly string[] = [
  'January|Jan.|Jan', 'February|Feb.|Feb', 'March|Mar.', 'April|Apr.', 'May', 'June|Jun.', 'July|Jul.', 'August|Aug.|Aug',
  'September|Sept.|Sep.|Sept', 'October|Oct.|Oct', 'November|Nov.|Nov', 'December|Dec.|Dec',
];

export const WEEKDAYS: readonly string[] = [
  'Monday|Mon.', 'Tuesday|Tue.|Tues.', 'Wednesday|Wed.', 'Thursday|Thu.|Thurs.', 'Friday|Fri.', 'Saturday|Sat.', 'Sunday|Sun.',
];

/** City aliases and cities the population filter misses, `Canonical|alias`. */
export const CITY_ALIASES: readonly string[] = [
  'New York|New York City|NYC|N.Y.C.', 'Washington|Washington, D.C.|Washington DC', 'Los Angeles|LA|L.A.',
  'San Francisco|SF', 'Beijing|Peking', 'Guangzhou|Canton', 'Mumbai|Bombay', 'Kolkata|Calcutta', 'Chennai|Madras',
  'Bengaluru|Bangalore', 'Yangon|Rangoon', 'Ho Chi Minh City|Saigon', 'Kyiv|Kiev', 'Almaty|Alma-Ata', 'Astana|Nur-Sultan',
  'Xiamen|Amoy', 'Hong Kong', 'Macao|Macau', 'Singapore', 'Davos', 'Brussels', 'Geneva', 'The Hague|Hague', 'Vatican City',
  'Urumqi|Ürümqi', 'Lhasa', 'Hohhot', 'Yinchuan', 'Xining', 'Kashgar|Kashi', 'Shigatse', 'Karamay', 'Turpan',
  'Hami', 'Aksu', 'Hotan', 'Korla', 'Yining', 'Ili', 'Ngari', 'Nyingchi', 'Qamdo', 'Shannan', 'Nagqu', 'Sanya', 'Haikou',
  'Xiong\'an', 'Pudong', 'Lujiazui', 'Zhongguancun', 'Zhongnanhai', 'Camp David', 'Mar-a-Lago', 'Wall Street', 'Silicon Valley',
  'Hollywood', 'Whitehall', 'Westminster', 'Canberra', 'Ottawa', 'Wellington', 'Brasilia|Brasília', 'Abuja', 'Pretoria',
];
