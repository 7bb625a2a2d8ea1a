import type { z } from 'zod';
import { InputError } from '../errors/input-error.js';
import type { Article } from '../model/article.js';
import type { Entity } from '../model/entity.js';

/**
 * Validates caller-supplied options against `schema`; on failure throws an `InputError` with code
 * `invalid-option` that names the first offending field (`meta.url: Invalid URL`).
 */
export function resolveWith<S extends z.ZodType>(schema: S, value: unknown, name: string): Readonly<z.output<S>> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${name}.${issue.path.join('.')}` : name;
    throw new InputError('invalid-option', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  return Object.freeze(result.data);
}

/** The article body as plain text: the paragraphs, separated by a blank line. */
export function bodyText(article: Article): string {
  return article.paragraphs.map((paragraph) => paragraph.text).join('\n\n');
}

/** The dateline as a label, without the dash that joins it to the first sentence (`MIAMI (AP)`). */
export function datelineLabel(article: Article): string | null {
  const text = article.dateline?.text.replace(/\s*[-\u2013\u2014:]+\s*$/u, '').trim();
  return text ? text : null;
}

/**
 * The place the dateline names: the linked place entity's name when one of its mentions lies in
 * the dateline (`MIAMI` -> `Miami`), else the place as written.
 */
export function datelinePlace(article: Article): string | null {
  const dateline = article.dateline;
  if (!dateline?.place) return null;
  const { start, end } = dateline.span;
  const linked = article.entities.find(
    (entity) => entity.type === 'place' && entity.mentions.some((m) => m.span.start >= start && m.span.end <= end),
  );
  return linked?.name ?? dateline.place;
}

/** The authors' names as one statement: `A`, `A and B`, `A, B and C`; `null` when there are none. */
export function joinNames(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** The entities by id. */
export function entitiesById(article: Article): ReadonlyMap<string, Entity> {
  return new Map(article.entities.map((entity) => [entity.id, entity]));
}

/** A dates option value (`Date` or ISO 8601 string) as an ISO 8601 string. */
export function isoString(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}
