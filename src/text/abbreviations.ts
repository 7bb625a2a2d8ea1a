/**
 * Words that end in a full stop without ending a sentence in news copy: titles, months, and
 * the abbreviations of agencies, companies and US states.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'rev', 'gov', 'sen', 'rep', 'gen', 'col', 'lt',
  'sgt', 'capt', 'cmdr', 'adm', 'maj', 'pres', 'supt', 'insp', 'det', 'hon', 'messrs', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'est', 'approx',
  'no', 'nos', 'vs', 'v', 'etc', 'al', 'fig', 'ca', 'cf', 'ie', 'eg',
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'i.e', 'e.g', 'n.y', 'l.a',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore',
  'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);
