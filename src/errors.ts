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

/** Why a file-system call failed, by errno code: the one wording every "cannot read/write" uses. */
const FILE_ERROR_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'a parent of the path is not a directory',
  ENOSPC: 'no space left on device',
};

/**
 * The reason of a failed file-system call in a few words ("permission denied"). `wording`
 * replaces the reason of some codes where the context says more (a missing *output directory*);
 * an unknown code falls back to `fallback` (default: the error's message).
 */
export function fileErrorReason(
  error: unknown,
  wording: Readonly<Record<string, string>> = {},
  fallback: (error: unknown) => string = (e) => String((e as Error | null)?.message ?? e),
): string {
  // A refusal that already says why in words (src/io/read.ts: not a regular file, too large).
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (typeof reason === 'string') return reason;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known = code === undefined ? undefined : (wording[code] ?? FILE_ERROR_REASONS[code]);
  return known ?? fallback(error);
}

/** `-k ''` / `-c ''` (an unset shell variable): a usage error, never silently "no file" (issue 16). */
export function refuseEmptyFileOptions(options: { keywords?: string | undefined; config?: string | false | undefined }): void {
  if (options.keywords === '') throw new UsageError('invalid -k/--keywords "" — give a keyword set file (YAML, JSON or TXT)');
  if (options.config === '') throw new UsageError('invalid -c/--config "" — give a config file, or --no-config for none');
}
