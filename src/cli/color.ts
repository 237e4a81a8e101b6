/**
 * Whether to colour output, in this order: --color/--no-color, then NO_COLOR
 * (any non-empty value turns colour off), then FORCE_COLOR ("0"/"false" off,
 * anything else on), else whether the stream is a TTY.
 */
export function shouldColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  return isTTY;
}
