import type { z } from 'zod';
import { formatPath, type ValidationIssue } from './issues.js';

/** The value at `path` in the input, read without invoking anything but plain property access. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What a value is, in the words of a JSON document: `a number`, `null`, `an array`, `NaN`. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? `the number ${value}` : String(value);
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function where(path: readonly PropertyKey[]): string {
  return formatPath(path) || 'the document';
}

/** One zod issue about the document's shape, as the issues a person reads: what, where, and what was there. */
function toIssues(issue: z.core.$ZodIssue, input: unknown): ValidationIssue[] {
  const path = issue.path;
  const at = where(path);
  const actual = valueAt(input, path);
  switch (issue.code) {
    case 'invalid_type':
      return actual === undefined
        ? [{ code: 'missing-field', path: formatPath(path), message: `${at} is missing (expected ${issue.expected})` }]
        : [{ code: 'invalid-type', path: formatPath(path), message: `${at} is ${describeValue(actual)}; expected ${issue.expected}` }];
    case 'invalid_value':
      return [{
        code: 'invalid-value',
        path: formatPath(path),
        message: `${at} is ${describeValue(actual)}; expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`,
      }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        code: 'unknown-key' as const,
        path: formatPath([...path, key]),
        message: `${where([...path, key])} is not a field of the model`,
      }));
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      return [{ code: 'out-of-range', path: formatPath(path), message: `${at} is ${describeValue(actual)}; expected ${bound}${unit}` }];
    }
    case 'invalid_union':
      // A discriminated union names the discriminator it could not match (`entities[0].type`).
      return [{
        code: 'note' in issue && issue.note === 'No matching discriminator' ? 'invalid-value' : 'invalid-type',
        path: formatPath(path),
        message: `${at} is ${describeValue(actual)}; ${issue.message.replace(/^Invalid (?:discriminator value|input)\.?\s*/, '').replace(/^Expected/, 'expected') || 'it matches none of the allowed forms'}`,
      }];
    default:
      return [{ code: 'invalid-value', path: formatPath(path), message: `${at}: ${issue.message}` }];
  }
}

/** Every zod issue about the document's shape, as validation issues, in the order zod found them. */
export function shapeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ValidationIssue[] {
  return issues.flatMap((issue) => toIssues(issue, input));
}
