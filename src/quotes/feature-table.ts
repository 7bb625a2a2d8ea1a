/*
 * The weights of a linear model over features written `name=part|part` (a template and its parts,
 * as the training scripts write them). Looked up by their parts in nested maps, a feature costs no
 * new string: the parts are words and classes the document already holds, whose hashes the engine
 * keeps. Building and hashing a fresh string per feature was a fifth of the quote stage's time.
 */

/** A feature template: its name and how many parts its features have. */
export interface FeatureTemplate {
  readonly name: string;
  readonly arity: number;
}

/** Templates named `a|b|c`: one part per name between the bars. */
export function templatesNamed(names: readonly string[]): FeatureTemplate[] {
  return names.map((name) => ({ name, arity: name.split('|').length }));
}

/** A feature as the training scripts and the generated weights write it. */
export function featureKey(template: FeatureTemplate, parts: readonly string[]): string {
  return `${template.name}=${parts.join('|')}`;
}

type Nested = Map<string, Nested | number>;

const numberOr0 = (value: Nested | number | undefined): number => (typeof value === 'number' ? value : 0);
const mapOrNull = (value: Nested | number | undefined): Nested | null => (typeof value === 'object' ? value : null);

export class FeatureTable {
  readonly #templates: readonly FeatureTemplate[];
  /** One tree per template, one level per part. */
  readonly #roots: Nested[];
  /** Features a part of which holds `|` (a token can be a bar), which the trees cannot split. */
  readonly #irregular = new Map<string, number>();

  constructor(templates: readonly FeatureTemplate[], weights: Readonly<Record<string, number>>) {
    this.#templates = templates;
    this.#roots = templates.map(() => new Map());
    const index = new Map(templates.map((template, k) => [template.name, k]));
    for (const [key, weight] of Object.entries(weights)) {
      const equals = key.indexOf('=');
      const k = index.get(key.slice(0, equals));
      if (k === undefined) continue;
      const parts = key.slice(equals + 1).split('|');
      if (parts.length !== templates[k]!.arity) {
        this.#irregular.set(key, weight);
        continue;
      }
      let node = this.#roots[k]!;
      parts.forEach((part, depth) => {
        if (depth === parts.length - 1) {
          node.set(part, weight);
          return;
        }
        let child = node.get(part);
        if (!(child instanceof Map)) node.set(part, (child = new Map()));
        node = child;
      });
    }
  }

  /** {@link weight} of a feature of one part, without a parts list to make. */
  weight1(k: number, a: string): number {
    if (this.#irregular.size > 0 && a.includes('|')) return this.weight(k, [a]);
    return numberOr0(this.#roots[k]!.get(a));
  }

  /** {@link weight} of a feature of two parts. */
  weight2(k: number, a: string, b: string): number {
    if (this.#irregular.size > 0 && (a.includes('|') || b.includes('|'))) return this.weight(k, [a, b]);
    return numberOr0(mapOrNull(this.#roots[k]!.get(a))?.get(b));
  }

  /** {@link weight} of a feature of three parts. */
  weight3(k: number, a: string, b: string, c: string): number {
    if (this.#irregular.size > 0 && (a.includes('|') || b.includes('|') || c.includes('|'))) return this.weight(k, [a, b, c]);
    return numberOr0(mapOrNull(mapOrNull(this.#roots[k]!.get(a))?.get(b))?.get(c));
  }

  /** The weight of the feature of template `k` with these parts; 0 when the model has none. */
  weight(k: number, parts: readonly string[]): number {
    // A part holding a bar makes a key the trees cannot hold: only the irregular keys may have it.
    if (this.#irregular.size > 0 && parts.some((part) => part.includes('|'))) return this.#irregular.get(featureKey(this.#templates[k]!, parts)) ?? 0;
    const root = this.#roots[k]!;
    // One branch per arity keeps each lookup a straight run of map reads.
    switch (parts.length) {
      case 1:
        return numberOr0(root.get(parts[0]!));
      case 2:
        return numberOr0(mapOrNull(root.get(parts[0]!))?.get(parts[1]!));
      case 3:
        return numberOr0(mapOrNull(mapOrNull(root.get(parts[0]!))?.get(parts[1]!))?.get(parts[2]!));
      default: {
        let node: Nested | number | undefined = root;
        for (const part of parts) node = node instanceof Map ? node.get(part) : undefined;
        return numberOr0(node);
      }
    }
  }

  /** The sum of the weights of a candidate's features, one parts list per template. */
  score(features: readonly (readonly string[])[]): number {
    let sum = 0;
    for (let k = 0; k < features.length; k++) sum += this.weight(k, features[k]!);
    return sum;
  }
}

/**
 * Where a candidate's features go, one call per template in the model's order, with the
 * template's parts: so that one function writes the features both for training, which keeps
 * them ({@link FeatureLists}), and for extraction, which only sums their weights
 * ({@link FeatureScore}) and need not make a list per feature (those lists were a seventh of what
 * a parse allocated).
 */
export interface FeatureSink {
  one(a: string): void;
  two(a: string, b: string): void;
  three(a: string, b: string, c: string): void;
}

/** A sink that keeps each feature's parts, in template order (what {@link FeatureTable.score} reads). */
export class FeatureLists implements FeatureSink {
  #lists: string[][] = [];

  /** The lists written since the last call, and a fresh start for the next candidate. */
  take(): string[][] {
    const lists = this.#lists;
    this.#lists = [];
    return lists;
  }

  one(a: string): void {
    this.#lists.push([a]);
  }

  two(a: string, b: string): void {
    this.#lists.push([a, b]);
  }

  three(a: string, b: string, c: string): void {
    this.#lists.push([a, b, c]);
  }
}

/**
 * A sink that sums the weights of the features, as {@link FeatureTable.score} of their lists would
 * (the same additions in the same order, so the same number); {@link start} before each candidate.
 */
export class FeatureScore implements FeatureSink {
  readonly #table: FeatureTable;
  sum = 0;
  #k = 0;

  constructor(table: FeatureTable) {
    this.#table = table;
  }

  start(): this {
    this.sum = 0;
    this.#k = 0;
    return this;
  }

  one(a: string): void {
    this.sum += this.#table.weight1(this.#k++, a);
  }

  two(a: string, b: string): void {
    this.sum += this.#table.weight2(this.#k++, a, b);
  }

  three(a: string, b: string, c: string): void {
    this.sum += this.#table.weight3(this.#k++, a, b, c);
  }
}
