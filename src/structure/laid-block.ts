import type { SourceBlock, DroppedInput } from '../input/source.js';
import type { Span } from '../model/span.js';
import type { WarningCode } from '../model/warning.js';
import type { DatelineMatch } from './dateline.js';

/**
 * A block with the role the structure stage gave it. Spans are offsets in the block's own text;
 * the assemble step turns them into offsets of `Article.text`.
 */
export type LaidBlock =
  | { readonly role: 'headline' | 'subheadline'; readonly block: SourceBlock }
  | { readonly role: 'caption'; readonly block: SourceBlock; readonly caption: Span; readonly credit: Span | null }
  | { readonly role: 'byline'; readonly block: SourceBlock; readonly authors: readonly Span[] }
  | { readonly role: 'paragraph'; readonly block: SourceBlock; readonly dateline: DatelineMatch | null };

/** A warning found by the structure stage; `blocks` names the laid blocks `[from, to)` it concerns. */
export interface LayoutWarning {
  readonly code: WarningCode;
  readonly message: string;
  readonly blocks?: { readonly from: number; readonly to: number };
}

/** The article's structure: its blocks in reading order, each with a role. */
export interface Layout {
  readonly blocks: LaidBlock[];
  readonly dropped: DroppedInput[];
  readonly warnings: LayoutWarning[];
}
