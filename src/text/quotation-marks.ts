/**
 * Quotation marks as the model defines them, shared by the quote finder (which decides a quote's
 * kind) and the model's rules (which check it), so that the two cannot disagree.
 */

/** Any opening or closing quotation mark, double or single, straight or curly. */
export const QUOTATION_MARK = /["“”„‟«»‘’‚‛'‹›]/u;
/** A double quotation mark: what makes reported speech mixed (`called it a "politicized document"`). */
export const DOUBLE_QUOTATION_MARK = /["“”„‟«»]/u;
/** A quotation mark that is no apostrophe: a double one, or a single one not between two letters. */
export const QUOTING_MARK = /["“”„‟«»‹›]|(?<!\p{L})['‘’‚‛]|['‘’‚‛](?!\p{L})/u;
