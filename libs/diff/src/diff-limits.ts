import { DEFAULT_MAX_EDIT_LENGTH, DEFAULT_TIMEOUT_MS } from './diff.constants';
import type { DiffOptions } from './text-diff.types';

/** How far the bounded diffs of one call may go; `deadline` is a `Date.now()` value shared by all its steps. */
export interface DiffLimits {
  maxEditLength: number;
  deadline: number;
}

export function resolveLimits(options: DiffOptions = {}): DiffLimits {
  const maxEditLength = options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(maxEditLength) || maxEditLength < 0) {
    throw new RangeError(`maxEditLength must be a non-negative integer, got ${maxEditLength}`);
  }
  if (!(timeoutMs >= 0)) throw new RangeError(`timeoutMs must be a non-negative number, got ${timeoutMs}`);
  return { maxEditLength, deadline: Date.now() + timeoutMs };
}

/** The `timeout` to hand `diff` now, or undefined when the deadline has passed and it is not worth starting. */
export function remainingMs(limits: DiffLimits): number | undefined {
  const ms = limits.deadline - Date.now();
  return ms > 0 ? ms : undefined;
}
