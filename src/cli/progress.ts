/** Batches smaller than this finish quickly enough to need no progress line. */
export const PROGRESS_MIN_FILES = 20;

/** Redraw at most this often, so that the terminal is not the bottleneck. */
const REDRAW_INTERVAL_MS = 100;

/** Carriage return, then erase to the end of the line (ANSI `EL`). */
const CLEAR_LINE = '\r\u001b[K';

/** Where a progress line is drawn: standard error, which only a terminal should see it on. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): boolean;
}

/** A progress report over a batch of files. */
export interface Progress {
  /** One more file is done. */
  advance(): void;
  /** The batch is over (or failed): erase the line. */
  finish(): void;
}

const SILENT: Progress = { advance() {}, finish() {} };

/**
 * Starts a one-line progress report (`parse 120/800`) redrawn in place on `stream` — only when
 * `stream` is a terminal and the batch has at least {@link PROGRESS_MIN_FILES} files; otherwise
 * it does nothing, so that logs and pipes never receive carriage returns.
 *
 * @param stream - Standard error.
 * @param label - What is being done, shown before the count.
 * @param total - How many files the batch has.
 * @param now - The clock, in milliseconds.
 */
export function startProgress(stream: ProgressStream, label: string, total: number, now: () => number = Date.now): Progress {
  if (stream.isTTY !== true || total < PROGRESS_MIN_FILES) return SILENT;
  let done = 0;
  let drawnAt = Number.NEGATIVE_INFINITY;
  const draw = (): void => {
    drawnAt = now();
    stream.write(`${CLEAR_LINE}${label} ${done}/${total}`);
  };
  draw();
  return {
    advance() {
      done += 1;
      if (done === total || now() - drawnAt >= REDRAW_INTERVAL_MS) draw();
    },
    finish() {
      stream.write(CLEAR_LINE);
    },
  };
}
