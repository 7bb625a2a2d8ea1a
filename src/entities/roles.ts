import type { Block } from '../model/span.js';
import type { Token } from '../text/tokens.js';

/**
 * Lower-case words that name a role in news copy (`Foreign Ministry spokesman`, `spokesman for the
 * regional government`); capitalised titles (`President`, `High Commissioner`) need no list.
 */
const ROLE_WORDS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'president', 'chairman', 'chairwoman',
  'chair', 'director', 'head', 'chief', 'leader', 'official', 'officer', 'commissioner', 'ambassador', 'envoy',
  'governor', 'mayor', 'senator', 'lawmaker', 'judge', 'prosecutor', 'lawyer', 'attorney', 'coach', 'manager',
  'founder', 'executive', 'ceo', 'analyst', 'economist', 'professor', 'researcher', 'expert', 'editor',
  'correspondent', 'reporter', 'adviser', 'advisor', 'representative', 'deputy', 'vice', 'acting', 'former',
  'general', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'captain',
  'commander', 'member', 'candidate', 'nominee', 'dean', 'principal', 'inspector', 'superintendent', 'sheriff',
  // Abbreviated titles (`Gov. Ana Ruiz`, `Sen. Lee`).
  'gov.', 'sen.', 'rep.', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'prof.',
]);
/**
 * Lower-case words that name the body or field of a role, written right before it: `council
 * member`, `party chief`, `foreign minister`, `city council member`.
 */
const ROLE_MODIFIERS = new Set([
  'council', 'city', 'county', 'state', 'party', 'government', 'foreign', 'finance', 'health', 'defense', 'defence',
  'police', 'army', 'military', 'company', 'union', 'team', 'club', 'board', 'campaign', 'white', 'house', 'senate',
  'cabinet', 'deputy', 'vice', 'assistant', 'senior', 'chief', 'local', 'regional', 'provincial', 'federal',
  'national', 'district', 'school', 'hospital', 'bank', 'press', 'communications', 'trade', 'energy', 'justice',
]);
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'at', 'on', 'in', '&', "'s", '’s', '-']);
/** Words that end an appositive: the attribution verbs that follow it (`..., spokesman for X told ...`). */
const CLAUSE_WORDS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'announced', 'noted', 'explained', 'warned',
  'wrote', 'who', 'which', 'that', 'was', 'is', 'has', 'had', 'will', 'would', 'and', 'but',
]);
const MAX_ROLE_TOKENS = 10;
/** Capitalised words that open a sentence without being part of a title (`Then President X`). */
const OPENERS = new Set(['Then', 'But', 'And', 'When', 'If', 'As', 'After', 'Before', 'Meanwhile', 'However', 'Also', 'In', 'On', 'At', 'The', 'A', 'An', 'Now', 'So', 'While', 'Since', 'Under', 'With', 'For', 'By', 'Last', 'This']);

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** Whether a word names a role (`spokesman`, `Minister`), so that `the spokesman` can name a person. */
export function isRoleNoun(word: string): boolean {
  return ROLE_WORDS.has(word.toLowerCase());
}

function isRoleWord(token: Token): boolean {
  return isRoleNoun(token.text);
}

function blockOf(text: string, start: number, end: number): Block {
  return { text: text.slice(start, end), span: { start, end } };
}

/** The title written before a name: `Foreign Ministry spokesman` in `Foreign Ministry spokesman Wang Wenbin`. */
function titleBefore(text: string, tokens: readonly Token[], nameIndex: number): Block | null {
  let first = nameIndex;
  let sawRole = false;
  for (let i = nameIndex - 1; i >= 0 && nameIndex - i <= MAX_ROLE_TOKENS; i--) {
    const token = tokens[i]!;
    if (isRoleWord(token)) sawRole = true;
    else if (sawRole && ROLE_MODIFIERS.has(token.text)) {
      // A lower-case modifier of the role (`council member`): part of the title.
    } else if (!isCapitalised(token) && !(CONNECTORS.has(token.text) && i > 0 && isCapitalised(tokens[i - 1]!))) break;
    first = i;
  }
  // Connectors cannot open a title; a capitalised sentence opener alone is no title.
  while (first < nameIndex && (CONNECTORS.has(tokens[first]!.text) || OPENERS.has(tokens[first]!.text))) first++;
  if (first === nameIndex || !sawRole) return null;
  return blockOf(text, tokens[first]!.start, tokens[nameIndex - 1]!.end);
}

/** The appositive after a name: `spokesman for the regional government` in `Xu Guixiang, spokesman for the regional government told`. */
function appositiveAfter(text: string, tokens: readonly Token[], afterIndex: number): Block | null {
  if (tokens[afterIndex]?.text !== ',') return null;
  let first = afterIndex + 1;
  if (/^(?:a|an|the)$/i.test(tokens[first]?.text ?? '')) first++;
  let last = first - 1;
  let sawRole = false;
  for (let i = first; i < tokens.length && i - first < MAX_ROLE_TOKENS; i++) {
    const token = tokens[i]!;
    if (CLAUSE_WORDS.has(token.text.toLowerCase()) || /^[,.;:!?"“”()]$/.test(token.text)) break;
    if (isRoleWord(token)) sawRole = true;
    else if (i === first) break;
    last = i;
  }
  if (!sawRole || last < first) return null;
  return blockOf(text, tokens[first]!.start, tokens[last]!.end);
}

/**
 * Finds the roles given to a person at one mention: a title before the name and an appositive
 * after it. `tokens` are the sentence's tokens; the mention covers tokens `[first, last]`.
 */
export function rolesAt(text: string, tokens: readonly Token[], first: number, last: number): Block[] {
  const roles: Block[] = [];
  const before = titleBefore(text, tokens, first);
  if (before) roles.push(before);
  const after = appositiveAfter(text, tokens, last + 1);
  if (after) roles.push(after);
  return roles;
}
