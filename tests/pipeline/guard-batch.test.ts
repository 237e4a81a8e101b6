/**
 * guard.ts runEachWithin: several jobs under one watchdog, each still bounded by `ms` as if it
 * ran alone. Jobs busy-wait on the wall clock (what V8's watchdog measures) with wide margins.
 */
import { describe, expect, it } from 'vitest';
import { runEachWithin } from '../../src/pipeline/guard.js';
import { InputError } from '../../src/errors.js';

const busy = (ms: number, value: string) => () => {
  const end = Date.now() + ms;
  while (Date.now() < end);
  return value;
};

describe('runEachWithin', () => {
  it('runs every job in order and gives each value', () => {
    const ran: number[] = [];
    const jobs = [0, 1, 2].map((i) => () => (ran.push(i), `v${i}`));
    expect(runEachWithin(jobs, 10_000, ['a', 'b', 'c'])).toEqual([
      { ok: true, value: 'v0' },
      { ok: true, value: 'v1' },
      { ok: true, value: 'v2' },
    ]);
    expect(ran).toEqual([0, 1, 2]);
  });

  it('re-runs alone a job the watchdog stops when it did not start the call', () => {
    // Together 1,600 ms > 1,000; each alone well under it: neither is timed out.
    const outcomes = runEachWithin([busy(800, 'first'), busy(800, 'second')], 1_000, ['a', 'b']);
    expect(outcomes).toEqual([
      { ok: true, value: 'first' },
      { ok: true, value: 'second' },
    ]);
  });

  it('times out a job that takes longer than ms alone, with its file, and goes on', () => {
    const outcomes = runEachWithin([busy(10, 'first'), busy(60_000, 'never'), busy(10, 'third')], 300, ['a', 'b', 'c']);
    expect(outcomes).toHaveLength(3);
    expect(outcomes[0]).toEqual({ ok: true, value: 'first' });
    const timedOut = outcomes[1]!;
    expect(timedOut.ok).toBe(false);
    const error = (timedOut as { error: unknown }).error;
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location?.file).toBe('b');
    expect((error as InputError).why).toBe('took longer than 0.3 s (--file-timeout)');
    expect(outcomes[2]).toEqual({ ok: true, value: 'third' });
  });

  it('ends the list at a job that throws: the jobs after it never run', () => {
    const ran: number[] = [];
    const boom = new Error('boom');
    const jobs = [
      () => (ran.push(0), 'v0'),
      () => {
        ran.push(1);
        throw boom;
      },
      () => (ran.push(2), 'v2'),
    ];
    expect(runEachWithin(jobs, 10_000, ['a', 'b', 'c'])).toEqual([
      { ok: true, value: 'v0' },
      { ok: false, error: boom },
    ]);
    expect(ran).toEqual([0, 1]);
  });
});
