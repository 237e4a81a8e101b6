/**
 * Errors the user can act on. The CLI prints them as one line,
 * `seo-audit: <what> — <why>`, and exits 2; anything else is a bug and shows
 * a stack only with --debug.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ErrorLocation {
  file: string;
  line?: number;
  column?: number;
}

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    /** What went wrong, e.g. "invalid keyword set". */
    readonly what: string,
    /** Why, e.g. "groups.core.keywords[2]: empty phrase". */
    readonly why: string,
    readonly location?: ErrorLocation,
  ) {
    super(`${what} — ${why}`);
  }

  /** `file:line:column: what — why`. */
  describe(): string {
    const where = this.location
      ? [this.location.file, this.location.line, this.location.column].filter((p) => p !== undefined).join(':') + ': '
      : '';
    return `${where}${this.what} — ${this.why}`;
  }
}
