import { formatPath, type ValidationIssue } from './issues.js';

/**
 * How deep a document may nest. A valid article nests six levels
 * (`entities[0].mentions[0].span.start`); anything far deeper is not an article, and a cycle
 * (which JSON cannot make, but a JavaScript object can) is infinitely deep.
 */
export const MAX_DEPTH = 64;
/** How many values (objects, arrays and primitives) a document may hold: a 10 MB article holds a few million. */
export const MAX_VALUES = 10_000_000;

/** A value still to visit; its path is kept as a link to its parent, so the walk copies no arrays. */
interface Pending {
  readonly value: unknown;
  readonly key: PropertyKey | null;
  readonly parent: Pending | null;
  readonly depth: number;
}

function pathOf(node: Pending): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Pending | null = node; at !== null && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Walks the value once, iteratively (no recursion, so no stack overflow on deep input), and
 * reports the first limit it breaks: too deep, too many values, or a value that throws when read
 * (a getter or a proxy). Returns `null` when the value is within the limits.
 */
export function checkLimits(root: unknown): ValidationIssue | null {
  const stack: Pending[] = [{ value: root, key: null, parent: null, depth: 0 }];
  let count = 0;
  try {
    while (stack.length > 0) {
      const node = stack.pop()!;
      const { value, depth } = node;
      count++;
      if (typeof value !== 'object' || value === null) continue;
      if (depth >= MAX_DEPTH) {
        const path = formatPath(pathOf(node));
        return {
          code: 'too-deep',
          path,
          message: `${path} nests deeper than ${MAX_DEPTH} levels (an article nests about 6); a cycle also does`,
        };
      }
      const size = Array.isArray(value) ? value.length : Object.keys(value).length;
      // Counted before the children are stacked, so a huge array is refused without holding it twice.
      if (count + stack.length + size > MAX_VALUES) {
        return {
          code: 'too-large',
          path: '',
          message: `the document holds more than ${MAX_VALUES.toLocaleString('en-US')} values; newsdoc reads at most that many`,
        };
      }
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: node, depth: depth + 1 });
      } else {
        for (const key of Object.keys(value)) {
          stack.push({ value: (value as Record<string, unknown>)[key], key, parent: node, depth: depth + 1 });
        }
      }
    }
  } catch (error) {
    return {
      code: 'unreadable-value',
      path: '',
      message: `the document could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return null;
}
