/**
 * The gazetteer categories, in priority order: when a name is in more than one list,
 * `lookupName` answers with the first, and tags of equally long matches come in this order.
 */
export const GAZETTEER_CATEGORIES = [
  'country',
  'organization',
  'region',
  'city',
  'demonym',
  'person-title',
  'org-suffix',
  'month',
  'weekday',
  'first-name',
  'surname',
  'place-suffix',
  'place-prefix',
] as const;

/** One gazetteer category (`country`, `first-name`, ...). */
export type GazetteerCategory = (typeof GAZETTEER_CATEGORIES)[number];

/** A BIO tag over one category: `B-country` begins a match, `I-country` continues it. */
export type GazetteerTag = `B-${GazetteerCategory}` | `I-${GazetteerCategory}`;
