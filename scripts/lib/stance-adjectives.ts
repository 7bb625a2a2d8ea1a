/**
 * Adjectives of stance and feeling that PolNeAR annotates as cues (`are deeply skeptical of`,
 * `was critical of`, `is uneasy about`), with the prepositions that open their content, for
 * `scripts/build-cues.ts`.
 *
 * Train annotates them inside ever-new phrases: a copula, an adverb, the adjective and its
 * preposition (`has long been lukewarm about`, `were far less divided on`), so that hardly a
 * phrase recurs and the lexicon kept almost none of them; the adjective with its preposition does
 * recur. On train, 213 missed contents without quotation marks had a cue holding one of these
 * adjectives (46 on the held-out fifth). The lexicon keeps each adjective-and-preposition pair
 * that train shows as part of a cue (precision of at least 0.1 in the text) as a candidate for the
 * classifier of reported speech: on the held-out fifth of train, over four classifier seeds,
 * overlap F1 went from 79.8 to 80.1 on average. The bare adjectives are left out: with them as
 * candidates too (`an enthusiastic crowd`) the retrained classifier lost as much elsewhere as they
 * gained (79.8 on average).
 */
export const STANCE_ADJECTIVES = [
  'skeptical', 'sceptical', 'wary', 'leery', 'nervous', 'anxious', 'uneasy', 'apprehensive', 'worried', 'concerned',
  'critical', 'supportive', 'dismissive', 'angry', 'furious', 'upset', 'unhappy', 'happy', 'pleased', 'displeased',
  'satisfied', 'dissatisfied', 'thrilled', 'excited', 'enthusiastic', 'optimistic', 'pessimistic', 'hopeful',
  'confident', 'doubtful', 'fond', 'proud', 'ashamed', 'afraid', 'scared', 'terrified', 'fearful', 'alarmed',
  'disappointed', 'frustrated', 'irritated', 'annoyed', 'outraged', 'troubled', 'untroubled', 'uncomfortable',
  'opposed', 'hostile', 'sympathetic', 'receptive', 'eager', 'reluctant', 'hesitant', 'adamant', 'unapologetic',
  'vocal', 'outspoken', 'passionate', 'impressed', 'unimpressed', 'intrigued', 'puzzled', 'confused', 'distressed',
  'bored', 'weary', 'mistrustful', 'distrustful', 'suspicious', 'unsure', 'convinced', 'unconvinced', 'unaware',
  'aware', 'divided', 'split', 'unified', 'undecided', 'enamored', 'infatuated', 'cynical', 'appreciative',
  'grateful', 'thankful', 'upbeat', 'bullish', 'bearish', 'lukewarm', 'ambivalent', 'disgusted', 'horrified',
  'appalled', 'shocked', 'surprised', 'stunned', 'dismayed', 'delighted', 'glad', 'amenable', 'averse', 'resistant',
  'determined', 'insistent', 'emphatic', 'blunt', 'scathing', 'harsh', 'disdainful', 'contemptuous', 'cautious',
  'bitter', 'resentful', 'indifferent', 'keen',
];

/** The prepositions that join such an adjective to its content (`skeptical of [the deal]`). */
export const STANCE_PREPOSITIONS = ['of', 'about', 'with', 'by', 'at', 'over', 'on', 'toward', 'towards', 'to', 'in'];
