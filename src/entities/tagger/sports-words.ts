/**
 * Words of sports reporting. In a sports report a city, county or country is as often a team
 * (an organization: `Leicestershire beat Somerset`, `Chicago 5 Boston 3`) as a place, which the
 * tagger can only learn with the document's subject as a feature (see `prepare.ts`).
 */
const SPORTS_WORDS = new Set(
  ('beat beats defeated innings wicket wickets halftime half-time scorers striker midfielder goalkeeper ' +
    'inning pitcher homer homered touchdown quarterback playoff playoffs standings semifinal semi-final ' +
    'quarter-final quarterfinal qualifier championship tournament batsman bowler unbeaten equaliser equalizer ' +
    'goal goals scored league season match matches games coach captain stadium').split(' '),
);

/** Whether a word, `lower` in lower case, is one of the {@link SPORTS_WORDS}. */
export function isSportsWord(word: string, lower: string): boolean {
  return word.length > 3 && SPORTS_WORDS.has(lower);
}
