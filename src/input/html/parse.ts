import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/**
 * The HTML parser: unified with rehype-parse (parse5, the WHATWG algorithm browsers use), so
 * malformed markup is repaired the way a browser repairs it and every node keeps its input
 * position. A fragment (`<p>…</p>`) gets the `html` and `body` a browser would give it.
 */
const htmlParser = unified().use(rehypeParse, { fragment: false });

/** Parses HTML into a hast tree whose nodes carry their input offsets. */
export function parseHtml(input: string): Root {
  return htmlParser.parse(input);
}
