/**
 * Node's own warnings ("(node:123) Warning: …", deprecations from a dependency) are not ours to
 * print: stderr carries only the tool's one-line messages (issue 16). Without --debug they are
 * dropped; with --debug Node prints them as usual.
 */
export function silenceNodeWarnings(debug: boolean): void {
  if (debug) return;
  process.removeAllListeners('warning');
  // A listener must stay: with none, Node falls back to printing.
  process.on('warning', () => undefined);
}
