/**
 * The name lists as a tree over tokens, for matching in running text: a node is a token sequence
 * (a name, or the start of one), its children the sequences one token longer. Matching walks the
 * tree along the text, one small lookup per token, rather than joining the tokens into strings
 * of every length a name could have and looking each up in one large table.
 */
import { GAZETTEER_CATEGORIES } from './categories.js';
import { GAZETTEER_DATA, GAZETTEER_SPLITS } from './data.js';

/** A token sequence of the lists: the categories that have it as a name, and where it goes on. */
export interface NameNode {
  /** Bit mask of the categories with a name written exactly so. */
  exact: number;
  /** Bit mask of the categories with the name written so, all in lower case (`spokesman`, `county`): they match text in any case. */
  lower: number;
  /** The sequences one token longer, by that token; null when no name goes on. */
  next: Map<string, NameNode> | null;
}

/** Separates the tokens of a name in the lists; tokens never contain spaces. */
const SEPARATOR = ' ';

let tree: Map<string, NameNode> | undefined;
let upperTree: Map<string, NameNode> | undefined;

/** Folds typographic apostrophes so `People’s` and `People's` are one name (the lists are folded). */
export function fold(text: string): string {
  return text.includes('’') ? text.replaceAll('’', "'") : text;
}

/** A name written all in lower case (`spokesman`, `autonomous region`): it matches in any case. */
export function isLowerCase(name: string): boolean {
  const first = name.charCodeAt(0);
  return first >= 97 && first <= 122 && name === name.toLowerCase();
}

/** The names whose tokens are not their space-separated words, precomputed by the build script. */
function splits(): Map<string, string> {
  const split = new Map<string, string>();
  for (const line of GAZETTEER_SPLITS.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) split.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return split;
}

/** The node of a token sequence, made with its ancestors when missing. */
function nodeOf(roots: Map<string, NameNode>, tokens: readonly string[]): NameNode {
  let children = roots;
  let node: NameNode | undefined;
  for (const token of tokens) {
    node = children.get(token);
    if (node === undefined) {
      node = { exact: 0, lower: 0, next: null };
      children.set(token, node);
    }
    children = node.next ??= new Map();
  }
  // Leaves keep no empty map: `next === null` is how a walk knows to stop.
  if (node!.next!.size === 0) node!.next = null;
  return node!;
}

function buildTree(): Map<string, NameNode> {
  const roots = new Map<string, NameNode>();
  const split = splits();
  GAZETTEER_CATEGORIES.forEach((category, position) => {
    const bit = 1 << position;
    for (const line of GAZETTEER_DATA[category].split('\n')) {
      // Given names and surnames have no aliases: one name a line.
      for (const form of line.includes('|') ? line.split('|') : [line]) {
        if (form === '') continue;
        const key = split.get(form) ?? form;
        const node = nodeOf(roots, key.split(SEPARATOR));
        node.exact |= bit;
        if (isLowerCase(key)) node.lower |= bit;
      }
    }
  });
  return roots;
}

/** The tree of every name of the lists, built on first use. */
export function nameTree(): Map<string, NameNode> {
  tree ??= buildTree();
  return tree;
}

/** Adds the names under `node` (reached by `path`) to `upper`, upper-cased. */
function addUpperCased(upper: Map<string, NameNode>, node: NameNode, path: string[]): void {
  if (node.exact !== 0) nodeOf(upper, path.map((token) => token.toUpperCase())).exact |= node.exact;
  if (node.next === null) return;
  for (const [token, child] of node.next) {
    path.push(token);
    addUpperCased(upper, child, path);
    path.pop();
  }
}

/**
 * The tree of the names upper-cased (`UNITED STATES`), for all-caps text, with the categories of
 * every name that upper-cases to the same tokens; built the first time such text comes.
 */
export function upperNameTree(): Map<string, NameNode> {
  if (!upperTree) {
    const upper = new Map<string, NameNode>();
    for (const [token, node] of nameTree()) addUpperCased(upper, node, [token]);
    upperTree = upper;
  }
  return upperTree;
}
