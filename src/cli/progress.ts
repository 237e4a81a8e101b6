/**
 * A one-line progress bar on stderr, shown only for long runs on an interactive
 * terminal: never in CI logs, pipes or machine-readable output.
 */
import { escapeControl } from '../io/escape.js';

export const PROGRESS_MIN_FILES = 20;

type TtyStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export class ProgressBar {
  private lastDrawn = -1;
  private constructor(private readonly stream: TtyStream) {}

  /** A bar when stderr is a TTY, the report does not go to the same terminal as raw data, and there are enough files. */
  static maybe(stream: TtyStream, files: number, reportIsForHumansOrFile: boolean): ProgressBar | null {
    if (stream.isTTY !== true || !reportIsForHumansOrFile || files < PROGRESS_MIN_FILES) return null;
    return new ProgressBar(stream);
  }

  update(done: number, total: number, rawPath: string): void {
    const path = escapeControl(rawPath);
    const percent = Math.floor((done / total) * 100);
    if (percent === this.lastDrawn && done !== total) return;
    this.lastDrawn = percent;
    const width = 24;
    const filled = Math.round((done / total) * width);
    const columns = this.stream.columns ?? 80;
    const head = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} `;
    const room = Math.max(0, columns - head.length - 1);
    const name = path.length > room ? `…${path.slice(path.length - room + 1)}` : path;
    this.stream.write(`\r${head}${name}\x1b[K`);
  }

  clear(): void {
    if (this.lastDrawn >= 0) this.stream.write('\r\x1b[K');
  }
}
