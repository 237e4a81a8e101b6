import { UsageError } from '../errors.js';

export const PERCENT_OR_RATIO_REASON = 'must be a number between 0 and 1 or a percentage like "80%"';

// Plain decimals only: Number() alone would also accept "0x1", "1e-1", " " and "".
const RATIO = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const PERCENT = /^(\d+(?:\.\d*)?|\.\d+)\s*%$/;

/** 0–1 from a ratio (0.8, "0.8") or a percentage ("80%"); null when it is neither or out of range. */
export function ratioFrom(value: unknown): number | null {
  let ratio: number;
  if (typeof value === 'number') {
    ratio = value;
  } else if (typeof value === 'string') {
    const text = value.trim();
    const percent = PERCENT.exec(text);
    if (percent) ratio = Number(percent[1]) / 100;
    else if (RATIO.test(text)) ratio = Number(text);
    else return null;
  } else {
    return null;
  }
  return Number.isFinite(ratio) && ratio >= 0 && ratio <= 1 ? ratio : null;
}

/**
 * Shared by the config (`thresholds.minCoverage`) and the CLI (`--min-coverage`): 0.8 and "80%"
 * both mean 0.8; anything above 1 needs a "%" so that "80" is not silently read as 8000 %.
 */
export function parsePercentOrRatio(value: string | number, name: string): number {
  const ratio = ratioFrom(value);
  if (ratio === null) throw new UsageError(`${name}: ${PERCENT_OR_RATIO_REASON} (got ${JSON.stringify(value)})`);
  return ratio;
}
