import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyHunks, diffSections, type SectionDiff, type SectionText } from '@app/diff';
import { seededRandom } from './seeded-random';

const FIXTURES_DIR = path.resolve(__dirname, '../../fixtures');
const read = (file: string): string => readFileSync(path.join(FIXTURES_DIR, 'municipal-code', file), 'utf8');

/** Chapter 2-173 as far as the fixtures hold it. */
const CHAPTER: SectionText[] = [
  { number: '2-173-005', text: read('amlegal-latest-2-173-005.excerpt.txt') },
  { number: '2-173-020', text: read('amlegal-latest-2-173-020.excerpt.txt') },
  { number: '2-173-030', text: read('amlegal-latest-2-173-030.txt') },
];

function summary(diffs: SectionDiff[]): string[] {
  return diffs.map((d) => `${d.number} ${d.change}`);
}

function expectRebuilds(from: readonly SectionText[], to: readonly SectionText[], diffs: SectionDiff[]): void {
  const fromText = new Map(from.map((s) => [s.number, s.text]));
  const toText = new Map(to.map((s) => [s.number, s.text]));
  for (const d of diffs) {
    expect(applyHunks(d.diff.hunks, 'from')).toBe(fromText.get(d.number) ?? '');
    expect(applyHunks(d.diff.hunks, 'to')).toBe(toText.get(d.number) ?? '');
  }
}

describe(diffSections.name, () => {
  it('marks every section unchanged when nothing changed', () => {
    const diffs = diffSections(
      CHAPTER,
      CHAPTER.map((s) => ({ ...s })),
    );
    expect(summary(diffs)).toEqual(['2-173-005 unchanged', '2-173-020 unchanged', '2-173-030 unchanged']);
    for (const d of diffs) {
      expect(d.diff.algorithm).toBe('identical');
      expect(d.diff.hunks).toHaveLength(1);
      expect(d.diff.hunks[0]!.op).toBe('equal');
    }
  });

  it('gives an unchanged empty section no hunks', () => {
    expect(diffSections([{ number: '2-173-010', text: '' }], [{ number: '2-173-010', text: '' }])).toEqual([
      {
        number: '2-173-010',
        change: 'unchanged',
        diff: { hunks: [], algorithm: 'identical', insertedWords: 0, deletedWords: 0, truncated: false },
      },
    ]);
  });

  it('aligns by number: amended, added and repealed sections, repealed ones where they stood', () => {
    const added: SectionText = {
      number: '2-173-025',
      text: '2-173-025 Reporting.\n   The Superintendent shall report each ICE request to the City Council every six months.\n',
    };
    const to: SectionText[] = [
      CHAPTER[0]!,
      { number: '2-173-030', text: CHAPTER[2]!.text.replace('lawfully issued judicial warrant', 'judicial warrant') },
      added,
    ];
    const diffs = diffSections(CHAPTER, to);
    expect(summary(diffs)).toEqual(['2-173-005 unchanged', '2-173-020 repealed', '2-173-030 amended', '2-173-025 added']);
    expectRebuilds(CHAPTER, to, diffs);

    const [, repealed, amended, insertedSection] = diffs;
    expect(repealed!.diff.hunks.map((h) => h.op)).toEqual(['delete']);
    expect(repealed!.diff.deletedWords).toBeGreaterThan(250);
    expect(amended!.diff.hunks.filter((h) => h.op !== 'equal').map((h) => [h.op, h.text])).toEqual([['delete', 'lawfully issued ']]);
    expect(amended!.diff).toMatchObject({ algorithm: 'words', deletedWords: 2, insertedWords: 0, truncated: false });
    expect(insertedSection!.diff.hunks.map((h) => h.op)).toEqual(['insert']);
    expect(insertedSection!.diff.insertedWords).toBe(16);
  });

  it('follows the order of to, and puts sections repealed at the start first', () => {
    const diffs = diffSections(CHAPTER, [CHAPTER[2]!, CHAPTER[1]!]);
    expect(summary(diffs)).toEqual(['2-173-005 repealed', '2-173-030 unchanged', '2-173-020 unchanged']);
  });

  it('keeps a run of repealed sections in their old order, after the section that preceded them', () => {
    const from: SectionText[] = ['010', '020', '030', '040', '050'].map((n) => ({ number: `2-173-${n}`, text: `Section ${n}.` }));
    const to: SectionText[] = [from[0]!, { number: '2-173-045', text: 'Section 045.' }, from[4]!];
    expect(summary(diffSections(from, to))).toEqual([
      '2-173-010 unchanged',
      '2-173-020 repealed',
      '2-173-030 repealed',
      '2-173-040 repealed',
      '2-173-045 added',
      '2-173-050 unchanged',
    ]);
  });

  it('pairs repeated numbers in order of occurrence', () => {
    const from: SectionText[] = [
      { number: '4-4-010', text: 'first' },
      { number: '4-4-010', text: 'second' },
    ];
    const to: SectionText[] = [
      { number: '4-4-010', text: 'first' },
      { number: '4-4-010', text: 'second, amended' },
      { number: '4-4-010', text: 'third' },
    ];
    const diffs = diffSections(from, to);
    expect(summary(diffs)).toEqual(['4-4-010 unchanged', '4-4-010 amended', '4-4-010 added']);
  });

  it('shares one time budget across all sections, so a title rewritten end to end stays bounded', () => {
    const random = seededRandom(42);
    const prose = (n: number) => Array.from({ length: n }, () => `w${Math.floor(random() * 300)}`).join(' ');
    const from: SectionText[] = Array.from({ length: 300 }, (_, i) => ({ number: `9-1-${i}`, text: prose(400) }));
    const to: SectionText[] = from.map((s, i) => ({ number: s.number, text: i % 50 === 0 ? s.text : prose(400) }));
    const t0 = Date.now();
    const diffs = diffSections(from, to, { timeoutMs: 200 });
    expect(Date.now() - t0).toBeLessThan(2000);
    expectRebuilds(from, to, diffs);
    expect(diffs.filter((d) => d.change === 'unchanged')).toHaveLength(6);
    // The budget runs out part way: the sections after that point are replaced whole.
    expect(diffs[diffs.length - 1]!.diff.algorithm).toBe('replace');
  });

  it('still reports unchanged sections as identical once the budget is spent', () => {
    const to = [CHAPTER[0]!, { ...CHAPTER[1]!, text: CHAPTER[1]!.text.replace('civil immigration', 'federal immigration') }, CHAPTER[2]!];
    const diffs = diffSections(CHAPTER, to, { timeoutMs: 0 });
    expect(diffs.map((d) => d.diff.algorithm)).toEqual(['identical', 'replace', 'identical']);
    expectRebuilds(CHAPTER, to, diffs);
  });

  it('passes the limits to each section', () => {
    const to = [{ ...CHAPTER[1]!, text: CHAPTER[1]!.text.replace(/agent/g, 'officer') }];
    const [diff] = diffSections([CHAPTER[1]!], to, { maxEditLength: 1 });
    expect(diff!.diff).toMatchObject({ algorithm: 'replace', truncated: true });
    expectRebuilds([CHAPTER[1]!], to, [diff!]);
  });
});
