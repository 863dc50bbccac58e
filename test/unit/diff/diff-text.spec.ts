import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyHunks, diffText, type DiffHunk, type TextDiff } from '@app/diff';
import { seededRandom } from './seeded-random';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const FIXTURES_DIR = path.resolve(REPO_ROOT, 'test', 'fixtures');
const SECTION_030 = readFileSync(path.join(FIXTURES_DIR, 'municipal-code/amlegal-latest-2-173-030.txt'), 'utf8');

/** The hunks as [op, text] pairs: what a reader of the redline sees. */
function ops(diff: TextDiff): [DiffHunk['op'], string][] {
  return diff.hunks.map((h) => [h.op, h.text]);
}

function expectExact(from: string, to: string, diff: TextDiff): void {
  expect(applyHunks(diff.hunks, 'from')).toBe(from);
  expect(applyHunks(diff.hunks, 'to')).toBe(to);
  for (const h of diff.hunks) {
    if (h.op !== 'insert') expect(from.slice(h.fromStart, h.fromEnd)).toBe(h.text);
    if (h.op !== 'delete') expect(to.slice(h.toStart, h.toEnd)).toBe(h.text);
  }
}

describe(diffText.name, () => {
  describe('identical and empty texts', () => {
    it('returns one equal hunk for identical texts', () => {
      const diff = diffText(SECTION_030, SECTION_030);
      expect(diff).toEqual({
        hunks: [{ op: 'equal', text: SECTION_030, fromStart: 0, fromEnd: SECTION_030.length, toStart: 0, toEnd: SECTION_030.length }],
        algorithm: 'identical',
        insertedWords: 0,
        deletedWords: 0,
        truncated: false,
      });
    });

    it('returns no hunks for two empty texts', () => {
      expect(diffText('', '')).toEqual({ hunks: [], algorithm: 'identical', insertedWords: 0, deletedWords: 0, truncated: false });
    });

    it('inserts everything when from is empty, and deletes everything when to is empty', () => {
      const added = diffText('', SECTION_030);
      expect(added.hunks).toEqual([{ op: 'insert', text: SECTION_030, fromStart: 0, fromEnd: 0, toStart: 0, toEnd: SECTION_030.length }]);
      expect(added).toMatchObject({ algorithm: 'words', truncated: false, deletedWords: 0 });
      expect(added.insertedWords).toBeGreaterThan(200);

      const repealed = diffText(SECTION_030, '');
      expect(repealed.hunks).toEqual([
        { op: 'delete', text: SECTION_030, fromStart: 0, fromEnd: SECTION_030.length, toStart: 0, toEnd: 0 },
      ]);
      expect(repealed).toMatchObject({ algorithm: 'words', truncated: false, insertedWords: 0, deletedWords: added.insertedWords });
    });

    it('is not fooled by a tiny maxEditLength when one side is empty', () => {
      expect(diffText('', SECTION_030, { maxEditLength: 1 })).toMatchObject({ algorithm: 'words', truncated: false });
    });
  });

  describe('legal redlines', () => {
    it('shows a clause added before a full stop as an insertion, keeping the word and the stop', () => {
      const from = '         (C)   based upon an immigration detainer.\n';
      const to = '         (C)   based upon an immigration detainer, unless the detainer is supported by a judicial warrant.\n';
      const diff = diffText(from, to);
      expect(ops(diff)).toEqual([
        ['equal', '         (C)   based upon an immigration detainer'],
        ['insert', ', unless the detainer is supported by a judicial warrant'],
        ['equal', '.\n'],
      ]);
      expect(diff).toMatchObject({ algorithm: 'words', insertedWords: 9, deletedWords: 0, truncated: false });
      expectExact(from, to, diff);
    });

    it('diffs punctuation as its own token', () => {
      const diff = diffText('statute, federal regulation, court order.', 'statute; federal regulation, or court order.');
      expect(ops(diff)).toEqual([
        ['equal', 'statute'],
        ['delete', ','],
        ['insert', ';'],
        ['equal', ' federal regulation, '],
        ['insert', 'or '],
        ['equal', 'court order.'],
      ]);
      expect(diff.insertedWords).toBe(1);
      expect(diff.deletedWords).toBe(0);
    });

    it('amends a real section: replaced words, an inserted subsection and a changed history note', () => {
      const to = SECTION_030.replace('lawfully issued judicial warrant', 'valid judicial warrant')
        .replace('   (b)   No agency', '   (b)   No City employee shall disclose the citizenship of any person to ICE.\n   (c)   No agency')
        .replace('Art. I, § 1)', 'Art. I, § 1; Amend Coun. J. 2-15-23, p. 61234, § 2)');
      expect(to).not.toBe(SECTION_030);
      const diff = diffText(SECTION_030, to);
      expect(diff.algorithm).toBe('words');
      expectExact(SECTION_030, to, diff);
      const changes = ops(diff).filter(([op]) => op !== 'equal');
      expect(changes).toEqual([
        ['delete', 'lawfully issued'],
        ['insert', 'valid'],
        ['insert', 'City employee shall disclose the citizenship of any person to ICE.\n   (c)   No '],
        ['insert', '; Amend Coun. J. 2-15-23, p. 61234, § 2'],
      ]);
      expect(diff.deletedWords).toBe(2);
    });

    it('coalesces replaced words separated only by a space into one delete and one insert', () => {
      const diff = diffText('shall request, maintain, or share the', 'shall collect records or publish the');
      expect(ops(diff)).toEqual([
        ['equal', 'shall '],
        ['delete', 'request, maintain,'],
        ['insert', 'collect records'],
        ['equal', ' or '],
        ['delete', 'share'],
        ['insert', 'publish'],
        ['equal', ' the'],
      ]);
    });

    it('does not merge a pure insertion with the replacement next to it', () => {
      const diff = diffText('the agency shall', 'the City agency must');
      expect(ops(diff)).toEqual([
        ['equal', 'the '],
        ['insert', 'City '],
        ['equal', 'agency '],
        ['delete', 'shall'],
        ['insert', 'must'],
      ]);
    });

    it('treats whitespace changes as changes, so both sides stay exact', () => {
      const from = '   (a)   Unless required\r\nby statute';
      const to = '(a) Unless required\nby  statute';
      const diff = diffText(from, to);
      expectExact(from, to, diff);
      expect(diff.insertedWords).toBe(0);
      expect(diff.deletedWords).toBe(0);
    });
  });

  describe('unicode', () => {
    it('keeps offsets in UTF-16 units around astral characters and combining marks', () => {
      const from = 'Sección § 2 — naïve café 😀 end';
      const to = 'Sección § 3 — naïve cafe\u0301 😀🏛️ end';
      const diff = diffText(from, to);
      expectExact(from, to, diff);
      const inserted = diff.hunks.filter((h) => h.op === 'insert').map((h) => h.text);
      expect(inserted).toEqual(['3', 'cafe\u0301', '🏛️']);
    });

    it('diffs non-Latin words whole, not letter by letter', () => {
      const diff = diffText('Σύνταγμα της Ελλάδας', 'Σύνταξη της Ελλάδας');
      expect(ops(diff)).toEqual([
        ['delete', 'Σύνταγμα'],
        ['insert', 'Σύνταξη'],
        ['equal', ' της Ελλάδας'],
      ]);
    });

    it('survives lone surrogates', () => {
      const from = 'a \ud800 b';
      const to = 'a \udc00 b \ud83d';
      expectExact(from, to, diffText(from, to));
    });
  });

  describe('bounded fallbacks', () => {
    // Two changed lines with two changed words each: 8 token edits but 4 line edits and 4 per block.
    const from = 'line one alpha beta\nkept line\nline two gamma delta\n';
    const to = 'line one ALPHA BETA\nkept line\nline two GAMMA DELTA\n';

    it('uses the word diff when it fits', () => {
      const diff = diffText(from, to, { maxEditLength: 8 });
      expect(diff).toMatchObject({ algorithm: 'words', truncated: false, insertedWords: 4, deletedWords: 4 });
      expectExact(from, to, diff);
    });

    it('falls back to lines, then words inside each changed block', () => {
      const diff = diffText(from, to, { maxEditLength: 4 });
      expect(diff).toMatchObject({ algorithm: 'lines-then-words', truncated: false, insertedWords: 4, deletedWords: 4 });
      expect(ops(diff)).toEqual([
        ['equal', 'line one '],
        ['delete', 'alpha beta'],
        ['insert', 'ALPHA BETA'],
        ['equal', '\nkept line\nline two '],
        ['delete', 'gamma delta'],
        ['insert', 'GAMMA DELTA'],
        ['equal', '\n'],
      ]);
      expectExact(from, to, diff);
    });

    it('shows a block as delete + insert when even its word diff gives up, and says so', () => {
      // One rewritten line: 2 line edits, but 8 token edits in the word diff of the whole and of the block.
      const before = 'kept line\nline one alpha beta\nkept too\n';
      const after = 'kept line\nLINE ONE ALPHA BETA\nkept too\n';
      const diff = diffText(before, after, { maxEditLength: 2 });
      expect(diff).toMatchObject({ algorithm: 'lines-then-words', truncated: true, insertedWords: 4, deletedWords: 4 });
      expect(ops(diff)).toEqual([
        ['equal', 'kept line\n'],
        ['delete', 'line one alpha beta'],
        ['insert', 'LINE ONE ALPHA BETA'],
        ['equal', '\nkept too\n'],
      ]);
      expectExact(before, after, diff);
    });

    it('replaces everything when the line diff gives up too', () => {
      const diff = diffText(from, to, { maxEditLength: 1 });
      expect(diff).toMatchObject({ algorithm: 'replace', truncated: true, insertedWords: 10, deletedWords: 10 });
      expect(ops(diff)).toEqual([
        ['delete', from],
        ['insert', to],
      ]);
    });

    it('replaces everything when the time budget is spent', () => {
      const diff = diffText(from, to, { timeoutMs: 0 });
      expect(diff).toMatchObject({ algorithm: 'replace', truncated: true });
      expectExact(from, to, diff);
    });

    it('gives up quickly on large dissimilar texts instead of running for minutes', () => {
      const words = (seed: number, n: number): string => {
        const random = seededRandom(seed);
        const out: string[] = [];
        for (let i = 1; i <= n; i++) out.push(`w${Math.floor(random() * 5000)}${i % 12 === 0 ? '\n' : ''}`);
        return out.join(' ');
      };
      const from = words(1, 60_000);
      const to = words(2, 60_000);
      const t0 = Date.now();
      const diff = diffText(from, to);
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(diff).toMatchObject({ algorithm: 'replace', truncated: true });
      expectExact(from, to, diff);
    });

    it('rejects nonsense limits', () => {
      expect(() => diffText('a', 'b', { maxEditLength: -1 })).toThrow(RangeError);
      expect(() => diffText('a', 'b', { maxEditLength: 1.5 })).toThrow(RangeError);
      expect(() => diffText('a', 'b', { timeoutMs: Number.NaN })).toThrow(RangeError);
    });
  });
});
