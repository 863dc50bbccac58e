/**
 * Event-type subscriptions: exact names (`matter.created`) or globs where `*` matches any run of
 * characters, dots included — `matter.*` matches `matter.created` and `matter.sponsor.added`,
 * `*.*` matches any dotted type, `*` matches everything. Matching is case-sensitive; no other
 * character is special.
 */

/** Allowed characters in a pattern: event-type characters plus `*`. */
const PATTERN_RE = /^[A-Za-z0-9_.*-]+$/;

export function isValidEventTypePattern(pattern: string): boolean {
  return typeof pattern === 'string' && pattern.length <= 200 && PATTERN_RE.test(pattern) && !/\.\.|^\.|\.$/.test(pattern);
}

const cache = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const source = pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${source}$`, 's');
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

export function matchesEventType(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes('*')) return pattern === type;
  return compile(pattern).test(type);
}

/** True when any of the subscription patterns matches `type`. */
export function matchesAnyEventType(patterns: readonly string[], type: string): boolean {
  return patterns.some((p) => matchesEventType(p, type));
}
