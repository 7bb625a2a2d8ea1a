/*
 * English verbs whose past forms are not the regular `-ed` (or, for participles, `-en`), as the
 * quote readers meet them: a closing report needs a verb (`The economy grew by 5 percent, ...`),
 * and a bare `has` is an auxiliary before a participle (`has won`, `has brought`).
 */

/** Common irregular past tenses (`grew`, `fell`, `wrote`). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'grew', 'rose', 'fell', 'went', 'came', 'became', 'began', 'made', 'took', 'gave', 'got', 'won', 'lost', 'left', 'ran', 'held',
  'kept', 'built', 'sent', 'spent', 'paid', 'brought', 'bought', 'fought', 'thought', 'found', 'stood', 'struck', 'shut', 'sold',
  'met', 'led', 'saw', 'knew', 'drew', 'threw', 'wrote', 'broke', 'chose', 'froze', 'hit', 'cut', 'quit', 'spoke', 'sank', 'shrank',
]);

/** Common past participles that do not end in `-ed` or `-en` (`won`, `brought`, `said`). */
export const IRREGULAR_PARTICIPLE: ReadonlySet<string> = new Set([
  'been', 'won', 'made', 'said', 'done', 'gone', 'come', 'become', 'run', 'begun', 'brought', 'bought', 'thought',
  'told', 'found', 'held', 'kept', 'left', 'lost', 'met', 'paid', 'sent', 'spent', 'stood', 'understood', 'put', 'set',
  'cut', 'hit', 'let', 'read', 'led', 'built', 'felt', 'heard', 'meant', 'sold', 'struck', 'taught', 'caught', 'fought',
  'sought', 'dealt', 'got', 'had', 'shut', 'spread', 'split', 'quit', 'won', 'swung', 'hung', 'stuck', 'dug', 'sung',
]);
