/** A dateline found at the start of a paragraph, in offsets of that paragraph's text. */
export interface DatelineMatch {
  /** The end of the dateline, its closing dash included. */
  readonly end: number;
  readonly place: string | null;
  readonly agency: string | null;
  readonly date: string | null;
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const UPPER_WORD = String.raw`[\p{Lu}][\p{Lu}.'’-]*`;
const TITLE_WORD = String.raw`[\p{Lu}][\p{L}.'’-]*`;
/** `, N.M.`, `, Calif.`, `, United Arab Emirates`, `, DC, United States`: a state or country after the place. */
const REGION = String.raw`(?:, ?${TITLE_WORD}(?: ${TITLE_WORD}){0,2}){0,2}`;
const DATE = String.raw`${MONTH} \d{1,2}(?:, \d{4})?`;
const AGENCY = String.raw`\(([^()\n]{2,30})\)`;
const DASH = String.raw`\s*(?:—|–|--|-)(?=\s)`;
const STRONG_DASH = String.raw`\s*(?:—|–|--)(?=\s)`;

/** `BEIJING, Sept 4 (Xinhua) --`, `SANTA FE, N.M. (AP) —`, `VIENNA —`, `ISLAMABAD:`. */
const UPPER_PLACE = new RegExp(
  String.raw`^(${UPPER_WORD}(?: ${UPPER_WORD}){0,3}${REGION})(?:,? (${DATE}))?(?: ${AGENCY})?(?:${DASH}|:(?=\s))`,
  'u',
);
/** `Hong Kong (CNN Business)`, `Canberra, Australia (CNN) --`: a place in title case needs an agency... */
const TITLE_PLACE_AGENCY = new RegExp(
  String.raw`^(${TITLE_WORD}(?: ${TITLE_WORD}){0,2}${REGION})(?:,? (${DATE}))? ${AGENCY}(?:${DASH})?(?=\s)`,
  'u',
);
/** ...or a long dash: `Dekalb, Ill. —`, `Indianapolis –`. */
const TITLE_PLACE_DASH = new RegExp(String.raw`^(${TITLE_WORD}(?: ${TITLE_WORD}){0,2}${REGION})(?:,? (${DATE}))?${STRONG_DASH}`, 'u');
/** `(CNN) --`, `(CNN) President ...`. */
const AGENCY_ONLY = new RegExp(String.raw`^${AGENCY}(?:${DASH})?(?=\s)`, 'u');

/** Upper-case openings of a paragraph that are not places. */
const NOT_A_PLACE = /^(?:DEAR|BREAKING|UPDATE|UPDATED|EDITOR'?S NOTE|WATCH|READ|PHOTOS?|VIDEO|NOTE|Q|A|I|OK)\b/;
/** Title-case words that open sentences before a dash (`Meanwhile — ...`) and are no places. */
const SENTENCE_OPENER =
  /^(?:Meanwhile|However|But|And|Or|So|Yes|No|Now|Then|Still|Instead|Also|Today|Yesterday|Tonight|Here|There|This|That|These|Those|It|He|She|They|We|You|I|Finally|First|Second|Third|Last|Next|Again|Overall|Indeed|Worse|Better|Sometimes|Nobody|Everyone|Everything|Nothing)$/;
/** Agencies in an `(Agency)`-only dateline are short proper names, not an aside like `(Laughs)`. */
const AGENCY_NAME = /^(?:CNN|AP|AFP|Reuters|Xinhua|Bloomberg|UPI|TASS|dpa|ANI|IANS|PTI|BBC|CNBC|WENN|[A-Z]{2,6})(?: [A-Z][\w]*)?$/;

function result(match: RegExpExecArray, agencyGroup: number): DatelineMatch {
  return {
    end: match[0].length,
    place: match[1]!.replace(/,\s*$/, ''),
    date: match[2] ?? null,
    agency: match[agencyGroup]?.trim() ?? null,
  };
}

/**
 * Finds a wire dateline opening a paragraph: `BEIJING, Sept 4 (Xinhua) --`,
 * `WASHINGTON (AP) —`, `LONDON (Reuters) -`, `(CNN) --`, `VIENNA —`, `Dekalb, Ill. —`.
 */
export function matchDateline(text: string): DatelineMatch | null {
  const upper = UPPER_PLACE.exec(text);
  if (upper && upper[1]!.replace(/[^\p{L}]/gu, '').length >= 2 && !NOT_A_PLACE.test(upper[1]!)) {
    return result(upper, 3);
  }
  const titleAgency = TITLE_PLACE_AGENCY.exec(text);
  if (titleAgency && AGENCY_NAME.test(titleAgency[3]!)) return result(titleAgency, 3);
  const titleDash = TITLE_PLACE_DASH.exec(text);
  if (titleDash && !SENTENCE_OPENER.test(titleDash[1]!)) return result(titleDash, 3);
  const agencyOnly = AGENCY_ONLY.exec(text);
  if (agencyOnly && AGENCY_NAME.test(agencyOnly[1]!)) {
    return { end: agencyOnly[0].length, place: null, date: null, agency: agencyOnly[1]!.trim() };
  }
  return null;
}

/** A wire dateline with its agency, searched for inside running text: `NEW YORK, Oct. 24 (Xinhua) --`. */
const WIRE_DATELINE = new RegExp(
  String.raw`(?<=^|[.!?"”]\s)${UPPER_WORD}(?: ${UPPER_WORD}){0,3}${REGION},? ${DATE} ${AGENCY}${DASH}`,
  'gu',
);

/** Where a wire dateline starts inside `text[from, to)`, or `null`. */
export function findWireDateline(text: string, from: number, to: number): number | null {
  WIRE_DATELINE.lastIndex = from;
  const match = WIRE_DATELINE.exec(text);
  return match && match.index < to ? match.index : null;
}
