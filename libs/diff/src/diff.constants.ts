/**
 * Myers work grows with the square of the edit length. Giving up at 2,000 token edits (500 to 1,000 changed
 * words, counting their spaces) took about 0.25 s on 130k-token dissimilar texts on a 2-core machine
 * (4,000: 1 s); an amended code section needs far fewer, and a rewrite falls back to lines.
 */
export const DEFAULT_MAX_EDIT_LENGTH = 2000;

/**
 * Backstop for pathological inputs, where many changed blocks can each use up `maxEditLength`. Normally
 * `maxEditLength` bounds the work, and unlike a timeout it does not depend on machine speed.
 */
export const DEFAULT_TIMEOUT_MS = 2000;
