/**
 * Unconstrained minimization of a smooth function of many variables by L-BFGS (limited-memory
 * BFGS, Nocedal & Wright, "Numerical Optimization", algorithms 7.4 and 7.5) with a backtracking
 * line search. The trainers use it to fit their models to the optimum of a regularized objective
 * over all examples at once, so that the fitted weights do not depend on an example order or a seed.
 *
 * It is deterministic: the same objective and start give the same iterates, bit for bit.
 */

/** Returns the function's value at `x` and writes its gradient there into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface MinimizeOptions {
  /** Stop when the gradient's Euclidean norm is at most this. */
  readonly gradientTolerance: number;
  readonly maxIterations: number;
  /** How many recent steps approximate the inverse Hessian (5 to 20 is usual). */
  readonly memory?: number;
}

export interface Minimum {
  readonly x: Float64Array;
  readonly value: number;
  readonly gradientNorm: number;
  readonly iterations: number;
  readonly evaluations: number;
  /** Whether the gradient norm reached the tolerance (rather than the iteration limit or a stalled line search). */
  readonly converged: boolean;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

/** A step remembered for the inverse-Hessian approximation: s = x' - x, y = g' - g, rho = 1 / (s·y). */
interface Pair {
  readonly s: Float64Array;
  readonly y: Float64Array;
  readonly rho: number;
}

/** The search direction -H·g by the two-loop recursion over the remembered steps (oldest first). */
function direction(gradient: Float64Array, pairs: readonly Pair[]): Float64Array {
  const q = Float64Array.from(gradient);
  const alphas = new Float64Array(pairs.length);
  for (let k = pairs.length - 1; k >= 0; k--) {
    const { s, y, rho } = pairs[k]!;
    const alpha = rho * dot(s, q);
    alphas[k] = alpha;
    for (let i = 0; i < q.length; i++) q[i] = q[i]! - alpha * y[i]!;
  }
  // The initial inverse Hessian is a multiple of the identity scaled to the latest curvature.
  const latest = pairs[pairs.length - 1];
  const gamma = latest ? 1 / (latest.rho * dot(latest.y, latest.y)) : 1 / Math.sqrt(dot(gradient, gradient));
  for (let i = 0; i < q.length; i++) q[i] = q[i]! * gamma;
  for (let k = 0; k < pairs.length; k++) {
    const { s, y, rho } = pairs[k]!;
    const beta = rho * dot(y, q);
    const alpha = alphas[k]!;
    for (let i = 0; i < q.length; i++) q[i] = q[i]! + (alpha - beta) * s[i]!;
  }
  for (let i = 0; i < q.length; i++) q[i] = -q[i]!;
  return q;
}

const SUFFICIENT_DECREASE = 1e-4;
const MAX_HALVINGS = 40;

interface Trial {
  readonly x: Float64Array;
  readonly gradient: Float64Array;
  readonly value: number;
  readonly evaluations: number;
}

/**
 * Backtracks from the full step until the value decreases enough (Armijo). Close to the optimum
 * the decrease falls below the rounding of the value, so a step is also taken when the value is
 * unchanged to rounding but the slope along the direction has shrunk (the step brought x closer).
 */
function lineSearch(objective: Objective, x: Float64Array, value: number, gradient: Float64Array, step: Float64Array): Trial | null {
  const slope = dot(gradient, step);
  const roundingOfValue = 1e-14 * Math.max(1, Math.abs(value));
  let t = 1;
  for (let halvings = 0; halvings <= MAX_HALVINGS; halvings++, t /= 2) {
    const next = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) next[i] = x[i]! + t * step[i]!;
    const nextGradient = new Float64Array(x.length);
    const nextValue = objective(next, nextGradient);
    if (nextValue <= value + SUFFICIENT_DECREASE * t * slope) return { x: next, gradient: nextGradient, value: nextValue, evaluations: halvings + 1 };
    if (nextValue <= value + roundingOfValue && Math.abs(dot(nextGradient, step)) < Math.abs(slope)) {
      return { x: next, gradient: nextGradient, value: nextValue, evaluations: halvings + 1 };
    }
  }
  return null;
}

/** Minimizes `objective` from `start` (which is left unchanged). */
export function minimizeLbfgs(objective: Objective, start: Float64Array, options: MinimizeOptions): Minimum {
  const memory = options.memory ?? 10;
  let x: Float64Array = Float64Array.from(start);
  let gradient: Float64Array = new Float64Array(x.length);
  let value = objective(x, gradient);
  let evaluations = 1;
  const pairs: Pair[] = [];
  let iterations = 0;
  let gradientNorm = Math.sqrt(dot(gradient, gradient));
  while (gradientNorm > options.gradientTolerance && iterations < options.maxIterations) {
    let step = direction(gradient, pairs);
    if (dot(step, gradient) >= 0) {
      // Not a descent direction (rounding in a flat region): forget the curvature, go downhill.
      pairs.length = 0;
      step = direction(gradient, pairs);
    }
    const trial = lineSearch(objective, x, value, gradient, step);
    if (!trial) break;
    evaluations += trial.evaluations;
    const s = new Float64Array(x.length);
    const y = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) {
      s[i] = trial.x[i]! - x[i]!;
      y[i] = trial.gradient[i]! - gradient[i]!;
    }
    const curvature = dot(s, y);
    // Only positive curvature keeps the approximation positive definite (always so for a strictly convex objective).
    if (curvature > 0) {
      pairs.push({ s, y, rho: 1 / curvature });
      if (pairs.length > memory) pairs.shift();
    }
    ({ x, gradient, value } = trial);
    gradientNorm = Math.sqrt(dot(gradient, gradient));
    iterations++;
  }
  return { x, value, gradientNorm, iterations, evaluations, converged: gradientNorm <= options.gradientTolerance };
}
