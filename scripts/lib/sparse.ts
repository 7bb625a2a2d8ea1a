/**
 * Sparse binary feature vectors packed for the solver: feature names become numbers, and the rows
 * (examples or candidates) are stored back to back in flat typed arrays, because the objectives
 * sum over every row hundreds of times while a fit converges.
 */

/** Feature names numbered in order of first occurrence, and rows of feature numbers packed flat. */
export class SparseRows {
  readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly flat: number[] = [];
  private readonly bounds: number[] = [0];
  private packed: { features: Int32Array; starts: Int32Array } | null = null;

  /** Appends a row of `features` (numbering the new names) and returns the row's number. */
  add(features: readonly string[]): number {
    for (const f of features) {
      let n = this.numbers.get(f);
      if (n === undefined) {
        n = this.names.length;
        this.numbers.set(f, n);
        this.names.push(f);
      }
      this.flat.push(n);
    }
    this.bounds.push(this.flat.length);
    this.packed = null;
    return this.bounds.length - 2;
  }

  get rowCount(): number {
    return this.bounds.length - 1;
  }

  /** The rows as typed arrays: row r's feature numbers are `features[starts[r] .. starts[r + 1] - 1]`. */
  pack(): { features: Int32Array; starts: Int32Array } {
    this.packed ??= { features: Int32Array.from(this.flat), starts: Int32Array.from(this.bounds) };
    return this.packed;
  }

  /** The weights of a solution vector by name, from `offset` on (before it: parameters such as a bias). */
  weightsOf(x: Float64Array, offset = 0): Map<string, number> {
    return new Map(this.names.map((name, n) => [name, x[offset + n]!]));
  }
}

/** The sum of the weights `x[offset + n]` of row `r`'s features. */
export function rowScore(rows: { features: Int32Array; starts: Int32Array }, r: number, x: Float64Array, offset: number): number {
  let sum = 0;
  for (let i = rows.starts[r]!; i < rows.starts[r + 1]!; i++) sum += x[offset + rows.features[i]!]!;
  return sum;
}

/** Adds `amount` to the gradient entry `gradient[offset + n]` of each of row `r`'s features. */
export function addToRow(rows: { features: Int32Array; starts: Int32Array }, r: number, gradient: Float64Array, offset: number, amount: number): void {
  for (let i = rows.starts[r]!; i < rows.starts[r + 1]!; i++) {
    const at = offset + rows.features[i]!;
    gradient[at] = gradient[at]! + amount;
  }
}
