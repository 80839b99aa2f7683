/**
 * Progress of a long run on standard error: a bar redrawn in place on a terminal, plain lines
 * otherwise (a log file or CI keeps every step).
 *
 * @module
 */
import type { OutputStream } from './io.js';

/** Reports step `done` of `total`, with what was just done. */
export type Progress = (done: number, total: number, label: string) => void;

const BAR_WIDTH = 24;

/** A progress reporter for the stream; call `finish` once after the last step. */
export function progressOn(stream: OutputStream): { step: Progress; finish: () => void } {
  if (!stream.isTTY) {
    return {
      step: (done, total, label) => stream.write(`[${String(done).padStart(String(total).length)}/${total}] ${label}\n`),
      finish: () => undefined,
    };
  }
  return {
    step: (done, total, label) => {
      const filled = Math.round((done / total) * BAR_WIDTH);
      const line = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${label}`;
      // \r returns to the start of the line and \x1b[K clears what a longer label left behind.
      stream.write(`\r${line.slice(0, Math.max(20, (stream.columns ?? 80) - 1))}\x1b[K`);
    },
    finish: () => stream.write('\n'),
  };
}
