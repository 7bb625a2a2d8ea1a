import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFileError, displayName, readSources } from '../../src/cli/io.js';

const work = mkdtempSync(join(tmpdir(), 'newsdoc-cli-io-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: something, open 'x'`), { code });
}

describe('describeFileError', () => {
  it.each([
    ['ENOENT', 'not found'],
    ['EISDIR', 'is a directory, not a file'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOTDIR', 'not a directory'],
  ])('says %s is %s', (code, reason) => {
    expect(describeFileError(systemError(code))).toBe(reason);
  });

  it('falls back to the system message', () => {
    expect(describeFileError(systemError('EMFILE'))).toBe("EMFILE: something, open 'x'");
    expect(describeFileError('odd')).toBe('odd');
  });
});

describe('readSources', () => {
  it('reads files and standard input in the order given', async () => {
    const path = join(work, 'a.txt');
    writeFileSync(path, 'from a file');
    expect(await readSources([path, '-'], Readable.from(['from ', Buffer.from('stdin')]), 'parse')).toEqual([
      { file: path, text: 'from a file' },
      { file: '-', text: 'from stdin' },
    ]);
  });

  it('names every file it cannot read, not only the first', async () => {
    const missing = join(work, 'missing.txt');
    await expect(readSources([missing, work], Readable.from([]), 'parse')).rejects.toMatchObject({
      kind: 'unreadable',
      message: `cannot read ${missing}: not found\ncannot read ${work}: is a directory, not a file`,
    });
  });

  it('reads standard input once only', async () => {
    await expect(readSources(['-', '-'], Readable.from([]), 'validate')).rejects.toMatchObject({ kind: 'usage', command: 'validate' });
  });

  it('calls standard input <stdin> in messages', () => {
    expect([displayName('-'), displayName('a.txt')]).toEqual(['<stdin>', 'a.txt']);
  });
});
