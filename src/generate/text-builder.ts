import type { Block, Span } from '../model/span.js';

/**
 * Builds an article's text by appending pieces, and hands back the span of each piece as it goes.
 * Spans are taken from the offsets at the moment of writing, so every span reads its own text by
 * construction: no search, no counting afterwards.
 */
export class TextBuilder {
  #text = '';

  /** The text so far. */
  get text(): string {
    return this.#text;
  }

  /** Where the next piece will start, in UTF-16 code units. */
  get offset(): number {
    return this.#text.length;
  }

  /** Appends a piece and returns it as a block (its text and span). */
  append(piece: string): Block {
    const start = this.#text.length;
    this.#text += piece;
    return { text: piece, span: { start, end: this.#text.length } };
  }

  /** The block of everything written from `start` up to now. */
  blockFrom(start: number): Block {
    return this.blockOf({ start, end: this.#text.length });
  }

  /** The block a span of the text so far covers. */
  blockOf(span: Span): Block {
    return { text: this.#text.slice(span.start, span.end), span: { start: span.start, end: span.end } };
  }
}
