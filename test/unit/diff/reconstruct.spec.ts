import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyHunks, countWords, diffText, type DiffAlgorithm, type DiffOptions, type TextDiff } from '@app/diff';
import { pick, seededRandom } from './seeded-random';

const PIECES = [
  'agency',
  'agent',
  'shall',
  'not',
  'the',
  'City',
  'immigration',
  'status',
  'detainer',
  'warrant',
  'Section',
  '2-173-030(a)',
  '(1)',
  '(b)',
  '§',
  '1357(g)',
  'ICE',
  "person's",
  'one-out-of-five',
  '.',
  ',',
  ';',
  ':',
  '"',
  '(',
  ')',
  '—',
  ' ',
  ' ',
  ' ',
  ' ',
  '  ',
  '   ',
  '\t',
  '\n',
  '\n',
  '\r\n',
  '\u00A0',
  '\n   ',
  'naïve',
  'cafe\u0301',
  'Σύνταγμα',
  'Ελλάδας',
  '😀',
  '🏛️',
  '\ud800',
  '\udc00',
  '\u200b',
];
const FIXTURES_DIR = path.resolve(__dirname, '../../fixtures');
const SECTION_020 = readFileSync(path.join(FIXTURES_DIR, 'municipal-code/amlegal-latest-2-173-020.excerpt.txt'), 'utf8');

const OPTIONS: (DiffOptions | undefined)[] = [
  undefined,
  undefined,
  undefined,
  { maxEditLength: 0 },
  { maxEditLength: 1 },
  { maxEditLength: 2 },
  { maxEditLength: 3 },
  { maxEditLength: 5 },
  { maxEditLength: 8 },
  { maxEditLength: 13 },
  { maxEditLength: 40 },
  { timeoutMs: 0 },
];

function randomPieces(random: () => number, max: number): string[] {
  const n = Math.floor(random() * max);
  return Array.from({ length: n }, () => pick(random, PIECES));
}

/** Edits of the kinds amendments make: words in, words out, words swapped, lines repeated, blocks moved. */
function mutate(random: () => number, pieces: readonly string[]): string[] {
  const out = [...pieces];
  const edits = Math.floor(random() * 8);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = random();
    if (kind < 0.3) out.splice(at, 0, ...randomPieces(random, 6));
    else if (kind < 0.55) out.splice(at, 1 + Math.floor(random() * 5));
    else if (kind < 0.8) out.splice(at, 1, pick(random, PIECES));
    else if (kind < 0.9) out.splice(at, 0, ...out.slice(at, at + Math.floor(random() * 10)));
    else out.push(...out.splice(0, at));
  }
  return out;
}

function randomPair(random: () => number): [string, string] {
  const shape = random();
  const from = randomPieces(random, 120);
  if (shape < 0.05) return [from.join(''), from.join('')];
  if (shape < 0.1) return [from.join(''), ''];
  if (shape < 0.15) return ['', from.join('')];
  if (shape < 0.3) return [from.join(''), randomPieces(random, 120).join('')];
  return [from.join(''), mutate(random, from).join('')];
}

/** Every property a caller may rely on, whatever algorithm answered. */
function expectWellFormed(from: string, to: string, diff: TextDiff): void {
  expect(applyHunks(diff.hunks, 'from')).toBe(from);
  expect(applyHunks(diff.hunks, 'to')).toBe(to);

  let fromPos = 0;
  let toPos = 0;
  let inserted = 0;
  let deleted = 0;
  diff.hunks.forEach((h, i) => {
    expect(h.text).not.toBe('');
    expect([h.fromStart, h.toStart]).toEqual([fromPos, toPos]);
    if (h.op !== 'insert') expect(from.slice(h.fromStart, h.fromEnd)).toBe(h.text);
    if (h.op !== 'delete') expect(to.slice(h.toStart, h.toEnd)).toBe(h.text);
    if (h.op === 'insert') expect(h.fromEnd).toBe(h.fromStart);
    if (h.op === 'delete') expect(h.toEnd).toBe(h.toStart);
    const prev = diff.hunks[i - 1];
    // Runs are merged: never two hunks of one op in a row, and a change is at most a delete then an insert.
    if (prev) expect(prev.op === h.op || (prev.op === 'insert' && h.op === 'delete')).toBe(false);
    fromPos = h.fromEnd;
    toPos = h.toEnd;
    if (h.op === 'insert') inserted += countWords(h.text);
    if (h.op === 'delete') deleted += countWords(h.text);
  });
  expect([fromPos, toPos]).toEqual([from.length, to.length]);
  expect([diff.insertedWords, diff.deletedWords]).toEqual([inserted, deleted]);

  expect(diff.algorithm === 'identical').toBe(from === to);
  if (diff.algorithm === 'words') expect(diff.truncated).toBe(false);
  if (diff.algorithm === 'replace') {
    expect(diff.truncated).toBe(true);
    expect(diff.hunks.map((h) => h.op)).toEqual([...(from ? ['delete'] : []), ...(to ? ['insert'] : [])]);
  }
}

describe('diffText reconstructs both sides', () => {
  it('holds for 3,000 generated pairs under every limit, exercising every algorithm', () => {
    const random = seededRandom(20260223);
    const seen = new Map<DiffAlgorithm | 'truncated lines-then-words', number>();
    for (let n = 0; n < 3000; n++) {
      const [from, to] = randomPair(random);
      const options = pick(random, OPTIONS);
      const diff = diffText(from, to, options);
      try {
        expectWellFormed(from, to, diff);
      } catch (err) {
        throw new Error(`case ${n} (${JSON.stringify({ from, to, options })}): ${(err as Error).message}`, { cause: err });
      }
      const key = diff.algorithm === 'lines-then-words' && diff.truncated ? 'truncated lines-then-words' : diff.algorithm;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const rare = (['identical', 'words', 'lines-then-words', 'truncated lines-then-words', 'replace'] as const).filter(
      (key) => (seen.get(key) ?? 0) < 20,
    );
    expect({ rare, seen: Object.fromEntries(seen) }).toEqual({ rare: [], seen: expect.anything() });
  });

  it('holds for amendments of a real section, where small limits push work to the line fallback', () => {
    const random = seededRandom(2173020);
    const words = SECTION_020.split(/(\s+)/);
    const algorithms = new Set<DiffAlgorithm>();
    for (let n = 0; n < 300; n++) {
      const to = mutate(random, words).join('');
      const options = { maxEditLength: 4 + Math.floor(random() * 60) };
      const diff = diffText(SECTION_020, to, options);
      try {
        expectWellFormed(SECTION_020, to, diff);
      } catch (err) {
        throw new Error(`case ${n} (${JSON.stringify({ to, options })}): ${(err as Error).message}`, { cause: err });
      }
      algorithms.add(diff.algorithm);
    }
    expect([...algorithms].sort()).toEqual(['identical', 'lines-then-words', 'replace', 'words']);
  });

  it('is deterministic: the same inputs and limits give the same hunks', () => {
    const random = seededRandom(7);
    for (let n = 0; n < 200; n++) {
      const [from, to] = randomPair(random);
      const options = pick(
        random,
        OPTIONS.filter((o) => o?.timeoutMs === undefined),
      );
      expect(diffText(from, to, options)).toEqual(diffText(from, to, options));
    }
  });
});
