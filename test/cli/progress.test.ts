import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_FILES, startProgress } from '../../src/cli/progress.js';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) > 0 }, written };
}

describe('startProgress', () => {
  it('writes nothing when standard error is no terminal', () => {
    const { stream, written } = recorder(false);
    const progress = startProgress(stream, 'parse', 500);
    progress.advance();
    progress.finish();
    expect(written).toEqual([]);
  });

  it('writes nothing for a small batch', () => {
    const { stream, written } = recorder(true);
    const progress = startProgress(stream, 'parse', PROGRESS_MIN_FILES - 1);
    progress.advance();
    progress.finish();
    expect(written).toEqual([]);
  });

  it('redraws one line at most every 100 ms, always the last count, then erases it', () => {
    const { stream, written } = recorder(true);
    let now = 0;
    const progress = startProgress(stream, 'parse', 30, () => now);
    for (let file = 1; file <= 30; file += 1) {
      now += 10;
      progress.advance();
    }
    progress.finish();
    expect(written).toEqual(['\r\u001b[Kparse 0/30', '\r\u001b[Kparse 10/30', '\r\u001b[Kparse 20/30', '\r\u001b[Kparse 30/30', '\r\u001b[K']);
  });
});
