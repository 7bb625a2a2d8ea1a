import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bytesToText, textToBytes } from '../../src/entities/tagger/byte-text.js';
import { TAGGER_WEIGHTS } from '../../src/entities/tagger/weights.generated.js';

/** Bytes skewed like quantized weights: mostly small magnitudes, every value present. */
function skewedBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const magnitude = (state >>> 8) % 100 < 80 ? (state >>> 16) % 12 : (state >>> 16) % 128;
    bytes[i] = (state & 1 ? magnitude : 256 - magnitude) & 0xff;
  }
  for (let value = 0; value < 256; value++) bytes[(value * 7919) % length] = value;
  return bytes;
}

describe('bytes as text', () => {
  it('reads back every byte value, frequent and rare', () => {
    const bytes = skewedBytes(20_000, 7);
    expect(textToBytes(bytesToText(bytes))).toEqual(bytes);
  });

  it('reads back no bytes and a single byte', () => {
    expect(textToBytes(bytesToText(new Uint8Array(0)))).toEqual(new Uint8Array(0));
    expect(textToBytes(bytesToText(new Uint8Array([200])))).toEqual(new Uint8Array([200]));
  });

  it('writes printable ASCII that needs no escaping in a string literal', () => {
    const text = bytesToText(skewedBytes(5_000, 3));
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(text).not.toMatch(/['"`\\]/);
  });

  it('gzips smaller than base64 of the same bytes', () => {
    const bytes = skewedBytes(50_000, 11);
    const asText = gzipSync(bytesToText(bytes)).length;
    const asBase64 = gzipSync(Buffer.from(bytes).toString('base64')).length;
    expect(asText).toBeLessThan(asBase64 * 0.95);
  });

  it('holds the shipped tagger weights, which open with the model magic', () => {
    const bytes = textToBytes(TAGGER_WEIGHTS);
    // 'NER2', little-endian.
    expect([...bytes.subarray(0, 4)]).toEqual([0x4e, 0x45, 0x52, 0x32]);
  });

  it('rejects text it did not write', () => {
    expect(() => textToBytes('too short')).toThrow(/malformed/);
    const text = bytesToText(skewedBytes(1_000, 5));
    expect(() => textToBytes(`${text}é`)).toThrow(/malformed/);
    expect(() => textToBytes(`zz${text.slice(2)}`)).toThrow(/malformed/);
  });
});
