/**
 * Lengths of the whole lines (each ending in `\n`) that `from` and `to` share at the start and at the end,
 * never overlapping. A line break always ends a token, so cutting there leaves the tokens of the middle
 * exactly as they are in the full texts, and most amendments touch a few lines of a long section.
 */
export function sharedLines(from: string, to: string): { prefix: number; suffix: number } {
  const max = Math.min(from.length, to.length);
  let common = 0;
  while (common < max && from.charCodeAt(common) === to.charCodeAt(common)) common++;
  let prefix = 0;
  if (common === from.length && common === to.length) prefix = common;
  else if (common > 0) prefix = from.lastIndexOf('\n', common - 1) + 1;

  const room = max - prefix;
  let back = 0;
  while (back < room && from.charCodeAt(from.length - 1 - back) === to.charCodeAt(to.length - 1 - back)) back++;
  // The suffix starts just after the first line break inside the shared tail, so that break stays on both sides.
  const tailStart = from.length - back;
  const breakAt = from.indexOf('\n', tailStart);
  const suffix = breakAt === -1 ? 0 : from.length - (breakAt + 1);
  return { prefix, suffix };
}
