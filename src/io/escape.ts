/**
 * User data on stderr and terminals (SPEC §2: control characters escaped). File names,
 * headings and phrases can hold newlines (a forged `::error` workflow command on its own line),
 * OSC/CSI sequences (a retitled or cleared terminal) and bidirectional overrides (text shown
 * in a different order than it is). Each such character is printed as a visible escape:
 * `\x1B`, `\x0A`, `\x9B`, `\u202E`; a backslash stays as it is.
 */
// C0 controls (tab and newline included: one message is one line), DEL, C1 controls, and the
// bidirectional embedding/override/isolate characters and the line/paragraph separators.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/** Several lines of messages for stderr: each line escaped, joined by newlines, with a final newline. */
export function stderrLines(lines: readonly string[]): string {
  return lines.map(escapeControl).join('\n') + '\n';
}
