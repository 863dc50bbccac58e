/**
 * Myers work grows with the square of the edit length. Giving up at 1,000 token edits (250 to 500 changed
 * words, counting their spaces) took about 60 ms on 130k-token dissimilar texts on a 2-core machine (2,000:
 * 0.25 s, 4,000: 1 s). An amended code section rarely needs more, and when it does the line fallback still
 * word-diffs each changed paragraph, which in amlegal's layout is one line.
 */
export const DEFAULT_MAX_EDIT_LENGTH = 1000;

/**
 * Budget for one call (all steps of `diffText`, all sections of `diffSections`). A 1 MB title with 5% of
 * its words changed needs under 0.1 s; the budget matters only for texts rewritten end to end, where every
 * section can use up `maxEditLength`. Unlike `maxEditLength`, what it cuts off depends on machine speed.
 */
export const DEFAULT_TIMEOUT_MS = 5000;
