/**
 * The error breakdown printed by `scripts/eval/polnear.ts` run alone: what was missed (by subset
 * and by gold cue), what was spurious (by kind and cue), and how matched spans differ at their
 * ends. It guides error analysis on PolNeAR train; the dev numbers are for measuring only.
 */
import type { ErrorItem, SystemScore } from './polnear.js';

function top(counts: Map<string, number>, n: number): string {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** A one-line view of an item in its sentence-ish context, the item itself in brackets. */
function show(item: ErrorItem, around = 80): string {
  const { text, span } = item;
  const before = text.slice(Math.max(0, span.start - around), span.start);
  const after = text.slice(span.end, span.end + around);
  return `${before}[[${text.slice(span.start, span.end)}]]${after}`.replace(/\s+/g, ' ');
}

export function errorBreakdown(result: SystemScore, examples: number): string[] {
  const lines: string[] = ['Error breakdown (newsdoc, overlap matching):'];
  const missedMarked = result.missed.filter((m) => m.marked).length;
  lines.push(`- missed: ${result.missed.length} (${missedMarked} with marks, ${result.missed.length - missedMarked} without)`);
  lines.push(`  by gold cue: ${top(countBy(result.missed, (m) => m.cue), 25)}`);
  lines.push(`- spurious: ${result.spurious.length}; by kind:cue: ${top(countBy(result.spurious, (s) => s.cue), 25)}`);
  const sides = countBy(
    result.boundary.flatMap(({ gold, predicted }) => [
      predicted.span.start < gold.span.start ? 'starts early' : predicted.span.start > gold.span.start ? 'starts late' : '',
      predicted.span.end < gold.span.end ? 'ends early' : predicted.span.end > gold.span.end ? 'ends late' : '',
    ].filter((side) => side !== '')),
    (side) => side,
  );
  lines.push(`- boundary errors (overlap but not exact): ${result.boundary.length}; ${top(sides, 4)}`);
  lines.push(`  by predicted kind:cue: ${top(countBy(result.boundary, (b) => b.predicted.cue), 15)}`);
  if (examples > 0) {
    const pick = <T>(items: readonly T[]) => items.filter((_, i) => i % Math.max(1, Math.floor(items.length / examples)) === 0).slice(0, examples);
    lines.push('', 'Missed (gold in [[ ]]):', ...pick(result.missed).map((m) => `  - (${m.cue}) ${show(m)}`));
    lines.push('', 'Spurious (prediction in [[ ]]):', ...pick(result.spurious).map((s) => `  - (${s.cue}) ${show(s)}`));
    lines.push(
      '',
      'Boundary (gold, then prediction):',
      ...pick(result.boundary).flatMap(({ gold, predicted, text }) => [
        `  - G (${gold.cue}) ${show({ ...gold, text }, 40)}`,
        `    P (${predicted.cue}) ${show({ ...predicted, text }, 40)}`,
      ]),
    );
  }
  return lines;
}
