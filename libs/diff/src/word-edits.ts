import { diffArrays } from 'diff';
import { remainingMs, type DiffLimits } from './diff-limits';
import { replaceEdits, type Edit } from './edit-script';
import { sharedLines } from './shared-lines.util';
import { tokenizeWords } from './tokenize-words.util';

/**
 * A word-level edit script from `diff`'s Myers implementation, or undefined when it gave up
 * (`maxEditLength` or the deadline). Tokens are compared exactly, so whitespace changes are changes and the
 * kept runs are byte-identical on both sides.
 */
export function wordEdits(from: string, to: string, limits: DiffLimits): Edit[] | undefined {
  // One side empty: the answer is known, and Myers would need one edit per token to find it.
  if (from === '' || to === '') return replaceEdits(from.length, to.length);
  const { prefix, suffix } = sharedLines(from, to);
  const middle = middleEdits(from.slice(prefix, from.length - suffix), to.slice(prefix, to.length - suffix), limits);
  if (middle === undefined) return undefined;
  return [{ op: 'equal', length: prefix }, ...middle, { op: 'equal', length: suffix }];
}

function middleEdits(from: string, to: string, limits: DiffLimits): Edit[] | undefined {
  if (from === '' || to === '') return replaceEdits(from.length, to.length);
  const timeout = remainingMs(limits);
  if (timeout === undefined) return undefined;
  const fromTokens = tokenizeWords(from);
  const toTokens = tokenizeWords(to);
  // Every surplus token is an edit: when the counts differ by more than the limit, Myers would only spend
  // its whole budget finding that out.
  if (Math.abs(fromTokens.length - toTokens.length) > limits.maxEditLength) return undefined;
  const changes = diffArrays(fromTokens, toTokens, { maxEditLength: limits.maxEditLength, timeout });
  if (changes === undefined) return undefined;
  return changes.map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    length: change.value.reduce((sum, token) => sum + token.length, 0),
  }));
}
