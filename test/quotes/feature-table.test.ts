import { describe, expect, it } from 'vitest';
import { FeatureLists, FeatureScore, FeatureTable, featureKey } from '../../src/quotes/feature-table.js';

const templates = [
  { name: 'w', arity: 1 },
  { name: 'w|next', arity: 2 },
];

describe('FeatureTable', () => {
  it('finds the weight of a feature by its parts, as its key would', () => {
    const weights = { 'w=said': 1.5, 'w|next=said|that': -0.25, 'unknown=x': 9 };
    const table = new FeatureTable(templates, weights);
    expect(table.weight(0, ['said'])).toBe(1.5);
    expect(table.weight(1, ['said', 'that'])).toBe(-0.25);
    expect(table.weight(1, ['said', 'this'])).toBe(0);
    expect(table.weight(0, ['told'])).toBe(0);
    // A prefix of a longer feature is not a feature.
    expect(table.weight(1, ['said', 'that', 'extra'])).toBe(0);
    expect(table.score([['said'], ['said', 'that']])).toBe(1.25);
    expect(featureKey(templates[1]!, ['said', 'that'])).toBe('w|next=said|that');
  });

  it('finds a feature whose part holds the separator (a bar token) by its key, as the training scripts wrote it', () => {
    const table = new FeatureTable(templates, { 'w|next=|||said': 2, 'w=|': 3 });
    expect(table.weight(1, ['||', 'said'])).toBe(2);
    // The same key: the string model cannot tell these apart either.
    expect(table.weight(1, ['|', '|said'])).toBe(2);
    expect(table.weight(1, ['|', 'said'])).toBe(0);
    expect(table.weight(0, ['|'])).toBe(3);
  });

  it('sums the weights of features written to a score as the score of their lists, without the lists', () => {
    const table = new FeatureTable(templates, { 'w=said': 1.5, 'w|next=said|that': -0.25, 'w|next=|||said': 2 });
    const lists = new FeatureLists();
    const score = new FeatureScore(table).start();
    for (const sink of [lists, score]) {
      sink.one('said');
      sink.two('said', 'that');
    }
    const written = lists.take();
    expect(written).toEqual([['said'], ['said', 'that']]);
    expect(score.sum).toBe(table.score(written));
    // The next candidate starts afresh.
    score.start().one('told');
    score.two('||', 'said');
    expect(score.sum).toBe(2);
    expect(lists.take()).toEqual([]);
  });
});
