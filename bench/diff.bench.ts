/**
 * Diff benchmark: `npm run bench:diff` (see bench/README.md).
 *
 * Two cases, each an old and an amended version of a code text:
 *   1. chapter 2-173 as the municipal-code fixtures hold it (three sections), with a handful of word edits;
 *   2. a ~1 MB synthetic code title built from the chapter's own words, with ~5% of its words changed.
 * Each is diffed by `diffSections` (@app/diff, section by section), by a plain whole-text `diffWords` from
 * `diff`, and by diff-match-patch (`diff_main` + `diff_cleanupSemantic`); the report gives medians and the
 * ratio of ours to each, all from this one run. Checks: our hunks rebuild both sides of every section.
 */
import { pick, seededRandom } from '@app/core';
import { applyHunks, diffSections, diffText, type DiffAlgorithm, type SectionDiff, type SectionText } from '@app/diff';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { existsSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { projectFixturesDir } from '../apps/replay/src/fixtures-dir';
import { BenchCheckError, runBench } from './bench-run';

const CHAPTER_FILES: readonly { number: string; file: string }[] = [
  { number: '2-173-005', file: 'amlegal-latest-2-173-005.excerpt.txt' },
  { number: '2-173-020', file: 'amlegal-latest-2-173-020.excerpt.txt' },
  { number: '2-173-030', file: 'amlegal-latest-2-173-030.txt' },
];

/** Realistic amendments: a clause added, words struck, a word swapped, a history note extended. */
const CHAPTER_EDITS: readonly { number: string; find: string; replace: string }[] = [
  { number: '2-173-005', find: 'one-out-of-five', replace: 'one-out-of-four' },
  { number: '2-173-005', find: 'physical abuse, threats or intimidation', replace: 'physical abuse, threats, harassment or intimidation' },
  {
    number: '2-173-020',
    find: '(C)   based upon an immigration detainer.',
    replace: '(C)   based upon an immigration detainer, unless the detainer is supported by a judicial warrant.',
  },
  { number: '2-173-020', find: 'expend their time responding', replace: 'expend their time or resources responding' },
  { number: '2-173-030', find: 'court order, or a lawfully issued judicial warrant', replace: 'court order, or a judicial warrant' },
  { number: '2-173-030', find: 'Art. I, § 1)', replace: 'Art. I, § 1; Amend Coun. J. 2-15-23, p. 61234, § 2)' },
];

const TITLE_TARGET_CHARS = 1_000_000;
const TITLE_CHANGE_RATE = 0.05;
const CHAPTER_RUNS = 25;
const TITLE_OURS_RUNS = 5;
const TITLE_DMP_RUNS = 3;

// ---------------------------------------------------------------------------------------------- inputs

function loadChapter(): { sections: SectionText[]; dir: string } {
  const codeDir = projectFixturesDir('municipal-code');
  const missing = CHAPTER_FILES.map((f) => path.join(codeDir, f.file)).filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new Error(`municipal-code fixtures not found: missing ${missing.join(', ')} (see test/fixtures/README.md).`);
  return {
    sections: CHAPTER_FILES.map((f) => ({ number: f.number, text: readFileSync(path.join(codeDir, f.file), 'utf8') })),
    dir: codeDir,
  };
}

function amendChapter(chapter: readonly SectionText[]): SectionText[] {
  return chapter.map((section) => {
    let text = section.text;
    for (const edit of CHAPTER_EDITS.filter((e) => e.number === section.number)) {
      if (!text.includes(edit.find)) throw new BenchCheckError(`fixture ${section.number} no longer contains ${JSON.stringify(edit.find)}`);
      text = text.replace(edit.find, edit.replace);
    }
    return { number: section.number, text };
  });
}

/** Word and punctuation successors seen in the chapter: sentences generated from it read like the code. */
interface Vocabulary {
  next: Map<string, string[]>;
  starts: string[];
  words: string[];
}

function buildVocabulary(chapter: readonly SectionText[]): Vocabulary {
  const next = new Map<string, string[]>();
  const starts = new Set<string>();
  const words = new Set<string>();
  for (const section of chapter) {
    // Outline labels, section numbers and history notes are structure, not prose.
    const prose = section.text.replace(/\([A-Za-z0-9]{1,3}\)|\d[\d-]*|\(Added[^)]*\)?/g, ' ');
    const tokens = prose.match(/[A-Za-z][A-Za-z'-]*|[.,;]/g) ?? [];
    tokens.forEach((token, i) => {
      if (/^[A-Za-z]/.test(token)) words.add(token.toLowerCase());
      if (/^[A-Z]/.test(token) && (i === 0 || tokens[i - 1] === '.')) starts.add(token);
      const following = tokens[i + 1];
      if (following === undefined) return;
      const list = next.get(token);
      if (list) list.push(following);
      else next.set(token, [following]);
    });
  }
  return { next, starts: [...starts].sort(), words: [...words].sort() };
}

function sentence(random: () => number, vocab: Vocabulary): string {
  const length = 12 + Math.floor(random() * 28);
  let token = pick(random, vocab.starts);
  let text = token;
  for (let i = 1; i < length; i++) {
    const candidates = vocab.next.get(token);
    token = candidates ? pick(random, candidates) : pick(random, vocab.words);
    if (token === '.') break;
    text += /^[,;]$/.test(token) ? token : ` ${token}`;
  }
  return `${text.replace(/[,;]$/, '')}.`;
}

function heading(random: () => number, vocab: Vocabulary): string {
  const words = Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(random, vocab.words));
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const CAPITALS = LETTERS.toUpperCase();

/** One section in amlegal's layout: heading line, (a)/(1)/(A) outline paragraphs, history note. */
function syntheticSection(random: () => number, vocab: Vocabulary, number: string): string {
  const lines = [`${number} ${heading(random, vocab)}`];
  const paragraphs = 2 + Math.floor(random() * 4);
  for (let p = 0; p < paragraphs; p++) {
    const body = Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentence(random, vocab)).join(' ');
    lines.push(`   (${LETTERS[p]})   ${body}`);
    if (random() < 0.35) {
      const items = 2 + Math.floor(random() * 4);
      for (let i = 0; i < items; i++) {
        lines.push(`      (${i + 1})   ${sentence(random, vocab)}`);
        if (random() < 0.2)
          lines.push(`         (${CAPITALS[0]})   ${sentence(random, vocab)}`, `         (${CAPITALS[1]})   ${sentence(random, vocab)}`);
      }
    }
  }
  const day = `${1 + Math.floor(random() * 12)}-${1 + Math.floor(random() * 28)}-${String(Math.floor(random() * 25)).padStart(2, '0')}`;
  lines.push(`(Added Coun. J. ${day}, p. ${10000 + Math.floor(random() * 90000)}, § ${1 + Math.floor(random() * 9)})`);
  return `${lines.join('\n')}\n`;
}

function syntheticTitle(vocab: Vocabulary): SectionText[] {
  const random = seededRandom(2173);
  const sections: SectionText[] = [];
  let chars = 0;
  for (let chapter = 10; chars < TITLE_TARGET_CHARS; chapter++) {
    for (let s = 1; s <= 20 && chars < TITLE_TARGET_CHARS; s++) {
      const number = `2-${chapter}-${String(s * 10).padStart(3, '0')}`;
      const text = syntheticSection(random, vocab, number);
      sections.push({ number, text });
      chars += text.length + 1;
    }
  }
  return sections;
}

/** Changes about `rate` of the prose words (replace 60%, delete 20%, insert after 20%); numbers and labels stay. */
function amendTitle(
  title: readonly SectionText[],
  vocab: Vocabulary,
  rate: number,
): { sections: SectionText[]; words: number; changed: number } {
  const random = seededRandom(5);
  let words = 0;
  let changed = 0;
  const sections = title.map((section) => {
    const parts = section.text.split(/(\s+)/);
    for (let i = 0; i < parts.length; i += 2) {
      const match = /^([A-Za-z][A-Za-z'-]*)(.*)$/.exec(parts[i]!);
      if (!match) continue;
      words++;
      if (random() >= rate) continue;
      changed++;
      const [, core, trail] = match;
      const kind = random();
      if (kind < 0.2 && trail === '' && i + 1 < parts.length) {
        parts[i] = '';
        parts[i + 1] = '';
      } else if (kind < 0.4) {
        parts[i] = `${parts[i]} ${pick(random, vocab.words)}`;
      } else {
        let word = pick(random, vocab.words);
        while (word === core) word = pick(random, vocab.words);
        parts[i] = `${word}${trail}`;
      }
    }
    return { number: section.number, text: parts.join('') };
  });
  return { sections, words, changed };
}

function wholeText(sections: readonly SectionText[]): string {
  return sections.map((s) => s.text).join('\n');
}

// ---------------------------------------------------------------------------------------------- timing

interface Timing {
  name: string;
  runs: number;
  medianMs: number;
  minMs: number;
  note: string;
}

function time<T>(name: string, runs: number, fn: () => T, describe: (result: T) => string): { timing: Timing; result: T } {
  const samples: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const mid = Math.floor(samples.length / 2);
  const medianMs = samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
  return { timing: { name, runs, medianMs, minMs: samples[0]!, note: describe(result as T) }, result: result as T };
}

function checkRebuilds(label: string, from: readonly SectionText[], to: readonly SectionText[], diffs: readonly SectionDiff[]): void {
  const fromText = new Map(from.map((s) => [s.number, s.text]));
  const toText = new Map(to.map((s) => [s.number, s.text]));
  for (const d of diffs) {
    if (applyHunks(d.diff.hunks, 'from') !== (fromText.get(d.number) ?? ''))
      throw new BenchCheckError(`${label}: ${d.number} does not rebuild the old text`);
    if (applyHunks(d.diff.hunks, 'to') !== (toText.get(d.number) ?? ''))
      throw new BenchCheckError(`${label}: ${d.number} does not rebuild the new text`);
  }
  const changed = to.filter((s) => s.text !== fromText.get(s.number)).length;
  const amended = diffs.filter((d) => d.change === 'amended').length;
  if (diffs.length !== to.length || amended !== changed) {
    throw new BenchCheckError(`${label}: ${diffs.length} section diffs, ${amended} amended; expected ${to.length} and ${changed}`);
  }
}

function describeOurs(diffs: readonly SectionDiff[]): string {
  const algorithms = new Map<DiffAlgorithm, number>();
  let inserted = 0;
  let deleted = 0;
  let truncated = 0;
  for (const d of diffs) {
    algorithms.set(d.diff.algorithm, (algorithms.get(d.diff.algorithm) ?? 0) + 1);
    inserted += d.diff.insertedWords;
    deleted += d.diff.deletedWords;
    if (d.diff.truncated) truncated++;
  }
  const byAlgorithm = [...algorithms].map(([a, n]) => `${a} x${n}`).join(', ');
  return `${byAlgorithm}; +${inserted}/-${deleted} words; ${truncated} truncated`;
}

function describeChanges(changes: readonly { added?: boolean; removed?: boolean }[] | undefined): string {
  return changes ? `${changes.filter((c) => c.added || c.removed).length} change objects` : 'gave up';
}

function describeDmp(diffs: readonly [number, string][]): string {
  return `${diffs.filter(([op]) => op !== 0).length} change objects`;
}

function runCase(label: string, from: SectionText[], to: SectionText[], runs: { ours: number; words: number; dmp: number }): Timing[] {
  const fromWhole = wholeText(from);
  const toWhole = wholeText(to);
  const dmp = new DiffMatchPatch();
  process.stderr.write(`  [${label}] diffSections x${runs.ours}...\n`);
  diffSections(from, to); // warm-up
  const ours = time('diffSections (ours)', runs.ours, () => diffSections(from, to), describeOurs);
  checkRebuilds(label, from, to, ours.result);
  process.stderr.write(`  [${label}] diffWords x${runs.words}...\n`);
  const words = time('diffWords whole text (diff)', runs.words, () => diffWords(fromWhole, toWhole), describeChanges);
  process.stderr.write(`  [${label}] diff-match-patch x${runs.dmp}...\n`);
  const dmpTiming = time(
    `diff-match-patch (Diff_Timeout ${dmp.Diff_Timeout} s)`,
    runs.dmp,
    () => {
      const diffs = dmp.diff_main(fromWhole, toWhole);
      dmp.diff_cleanupSemantic(diffs);
      return diffs;
    },
    describeDmp,
  );
  const whole = time(
    'diffText whole text (ours, no sections)',
    1,
    () => diffText(fromWhole, toWhole),
    (d) => `${d.algorithm}${d.truncated ? ', truncated' : ''}`,
  );
  if (applyHunks(whole.result.hunks, 'from') !== fromWhole || applyHunks(whole.result.hunks, 'to') !== toWhole) {
    throw new BenchCheckError(`${label}: whole-text diffText does not rebuild both sides`);
  }
  return [ours.timing, words.timing, dmpTiming.timing, whole.timing];
}

// ---------------------------------------------------------------------------------------------- report

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
}

function report(title: string, timings: Timing[]): void {
  const ours = timings[0]!;
  const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0));
  console.log('');
  console.log(title);
  for (const l of table([
    ['implementation', 'runs', 'median ms', 'min ms', 'result'],
    ...timings.map((t) => [t.name, String(t.runs), fmt(t.medianMs), fmt(t.minMs), t.note]),
  ])) {
    console.log(l);
  }
  for (const other of timings.slice(1, 3)) {
    const ratio = ours.medianMs / other.medianMs;
    const speed = ratio <= 1 ? `${(1 / ratio).toFixed(1)}x faster` : `${ratio.toFixed(1)}x slower`;
    console.log(`ours / ${other.name} = ${ratio.toFixed(3)}x the time (${speed})`);
  }
}

async function main(): Promise<number> {
  const { sections: chapter, dir } = loadChapter();
  const amendedChapter = amendChapter(chapter);
  const vocab = buildVocabulary(chapter);
  const title = syntheticTitle(vocab);
  const amendedTitle = amendTitle(title, vocab, TITLE_CHANGE_RATE);
  const kb = (sections: readonly SectionText[]) => (Buffer.byteLength(wholeText(sections)) / 1024).toFixed(1);

  console.log(
    `diff benchmark — node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start; ` +
      `medians of the runs shown, all in this process; chapter from ${dir}`,
  );
  process.stderr.write('chapter 2-173...\n');
  const chapterTimings = runCase('chapter', chapter, amendedChapter, { ours: CHAPTER_RUNS, words: CHAPTER_RUNS, dmp: CHAPTER_RUNS });
  report(
    `chapter 2-173: ${chapter.length} sections, ${kb(chapter)} KB -> ${kb(amendedChapter)} KB, ${CHAPTER_EDITS.length} word edits`,
    chapterTimings,
  );

  process.stderr.write('synthetic title...\n');
  const titleTimings = runCase('title', title, amendedTitle.sections, { ours: TITLE_OURS_RUNS, words: 1, dmp: TITLE_DMP_RUNS });
  report(
    `synthetic title: ${title.length} sections, ${kb(title)} KB -> ${kb(amendedTitle.sections)} KB, ` +
      `${amendedTitle.changed} of ${amendedTitle.words} words changed (${((100 * amendedTitle.changed) / amendedTitle.words).toFixed(1)}%)`,
    titleTimings,
  );
  console.log('');
  console.log('checks: every section diff of both cases rebuilds its old and new text (applyHunks), and so does the whole-text diffText');
  return 0;
}

runBench(main);
