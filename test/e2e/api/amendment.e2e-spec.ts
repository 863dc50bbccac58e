import * as path from 'node:path';
import { SyncJobsService } from '@app/scraper';
import { DataSource } from 'typeorm';
import { CountingLogger } from '../../support/counting-logger';
import { gql } from '../../support/graphql-client';
import { O2023_0004222_ATTACHMENT_FILE } from '../../support/fixtures/synthetic-o2023-0004222';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

const DOCUMENTS = path.resolve(__dirname, '../../support/documents');

const AMENDMENT = `query ($n: String!) { amendment(recordNumber: $n) {
  id textRef recordNumber effectiveDate baseTextMatches redlineUrl
  document { textRef fileName format pages }
  baseline { version textRef }
  sections {
    number change heading ordinanceSection baseTextMatches applied baseText amendedText permalink
    mismatches { paragraphIndex expected found differingWords { op text } }
    hunks { op text fromStart fromEnd toStart toEnd }
    drafted { omittedBefore runs { text mark } }
  }
} }`;

const CHAPTER = `query { codeChapter(number: "2-173") {
  number title tracked
  currentVersion { version textRef }
  versions { version fetchedAt }
  sections { number heading text textRef historyNote history { action date journalPage detail } paragraphs { marker level } }
} }`;

async function runJob(s: SyntheticApp, job: 'code.sync' | 'documents.sync') {
  const { ScraperModule } = await import('@app/scraper');
  return s.app.select(ScraperModule).get(SyncJobsService).run(job);
}

/** Rebuilds each side of a diff from its hunks, as a client would. */
function sides(hunks: { op: string; text: string }[]) {
  return {
    from: hunks
      .filter((h) => h.op !== 'INSERT')
      .map((h) => h.text)
      .join(''),
    to: hunks
      .filter((h) => h.op !== 'DELETE')
      .map((h) => h.text)
      .join(''),
  };
}

describe('chapter 2-173 as it is and as O2023-0004222 would leave it', () => {
  let s: SyntheticApp;
  let pageEdit: ((html: string) => string) | null = null;
  let now = new Date('2025-01-10T18:00:00Z');
  const sql = new CountingLogger();

  beforeAll(async () => {
    s = await startSyntheticApp(() => now, {
      attachments: { [O2023_0004222_ATTACHMENT_FILE]: path.join(DOCUMENTS, 'o2023-0004222-amendment.pdf') },
      transformCodePage: (_p, html) => (pageEdit ? pageEdit(html) : html),
      typeormLogger: sql,
    });
    await runJob(s, 'code.sync');
    await runJob(s, 'documents.sync');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('stores the code baseline: sections with outline, headings and dated history notes', async () => {
    const res = await gql(s.app, CHAPTER);
    expect(res.errors).toBeUndefined();
    const c = res.data.codeChapter;
    expect(c).toMatchObject({ number: '2-173', tracked: true, currentVersion: { version: 1 } });
    expect(c.sections.map((x: any) => x.number)).toEqual(['2-173-005', '2-173-020', '2-173-030']);
    const s030 = c.sections[2];
    expect(s030.heading).toBe('Intentional collection and sharing of citizenship or immigration status information.');
    expect(s030.paragraphs.map((p: any) => p.marker)).toEqual(['(a)', '(1)', '(2)', '(b)']);
    expect(s030.history).toEqual([
      { action: 'added', date: '2006-03-29', journalPage: '74325', detail: '§ 1' },
      { action: 'amended', date: '2012-11-08', journalPage: '38872', detail: '§ 25' },
      { action: 'amended', date: '2021-01-27', journalPage: '26741', detail: 'Art. I, § 1' },
    ]);
  });

  it('reads the amending PDF and returns the per-section changes, the as-amended text and the hunks', async () => {
    const res = await gql(s.app, AMENDMENT, { n: 'O2023-0004222' });
    expect(res.errors).toBeUndefined();
    const a = res.data.amendment;
    expect(a.document).toMatchObject({ format: 'pdf', fileName: 'O2023-0004222.pdf' });
    expect(a.effectiveDate).toMatch(/full force and effect upon its passage and publication/);
    expect(a.sections.map((x: any) => [x.number, x.change])).toEqual([
      ['2-173-020', 'AMENDED'],
      ['2-173-025', 'ADDED'],
      ['2-173-030', 'REPEALED'],
    ]);
    const [amended, added, repealed] = a.sections;

    expect(amended).toMatchObject({
      baseTextMatches: true,
      applied: true,
      mismatches: [],
      permalink: expect.stringMatching(/\/matters\/O2023-0004222\/redline#2-173-020$/),
    });
    expect(amended.amendedText).toContain('as addressed in Section 2-173-030(a) or as provided in subsection (c) of this section.');
    expect(amended.amendedText).toContain('(A) access to a person being detained');
    expect(amended.amendedText).not.toContain('including by telephone');
    expect(amended.baseText).toContain('(A) access, including by telephone, to a person');
    const inserts = amended.hunks.filter((h: any) => h.op === 'INSERT').map((h: any) => h.text);
    const deletes = amended.hunks.filter((h: any) => h.op === 'DELETE').map((h: any) => h.text);
    expect(inserts.join('|')).toContain('or as provided in subsection (c) of this section');
    expect(deletes.join('|')).toContain('including by telephone');
    expect(sides(amended.hunks)).toEqual({ from: amended.baseText, to: amended.amendedText });
    // The drafted redline keeps the Clerk's marks: struck words and underlined words apart.
    const marks = amended.drafted.flatMap((p: any) => p.runs).filter((r: any) => r.mark !== 'NONE');
    expect(marks).toEqual(
      expect.arrayContaining([
        { text: ', including by telephone,', mark: 'STRIKE' },
        { text: ' or as provided in subsection (c) of this section', mark: 'UNDERLINE' },
      ]),
    );

    expect(added).toMatchObject({ heading: 'Persons with criminal warrants or felony convictions.', baseText: null, applied: true });
    expect(added.amendedText).toContain('(1) has an outstanding criminal warrant;');
    expect(added.hunks.every((h: any) => h.op === 'INSERT')).toBe(true);

    expect(repealed).toMatchObject({ amendedText: null, applied: true, baseTextMatches: true });
    expect(repealed.hunks.every((h: any) => h.op === 'DELETE')).toBe(true);
  });

  it('diffs the code version against the code as amended, section by section', async () => {
    const a = (await gql(s.app, AMENDMENT, { n: 'O2023-0004222' })).data.amendment;
    const res = await gql(
      s.app,
      `query ($f: String!, $t: String!) { diff(from: $f, to: $t) { from { ref } to { ref } sections { number change insertedWords deletedWords } } }`,
      {
        f: a.baseline[0].textRef,
        t: a.textRef,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.diff.sections.map((x: any) => [x.number, x.change])).toEqual([
      ['2-173-005', 'UNCHANGED'],
      ['2-173-020', 'AMENDED'],
      ['2-173-025', 'ADDED'],
      ['2-173-030', 'REPEALED'],
    ]);
  });

  it('answers a malformed diff reference or section number with a typed error', async () => {
    const bad = await gql(s.app, `{ diff(from: "chapter:nope", to: "x") { sections { number } } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const section = await gql(s.app, `{ codeSection(number: "2-173") { number } }`);
    expect(section.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('fails the run loudly on a drifted code page and keeps the stored baseline as it was', async () => {
    const ds = s.app.get(DataSource);
    const count = async () => (await ds.query(`SELECT count(*)::int AS n FROM code_section_version`))[0].n;
    const sectionsBefore = await count();
    pageEdit = () =>
      '<!DOCTYPE html><html><body><main><h1>Scheduled maintenance</h1><p>The code library is unavailable.</p></main></body></html>';
    await expect(runJob(s, 'code.sync')).rejects.toThrow(/no section of chapter 2-173/);
    pageEdit = null;
    const [run] = await ds.query(
      `SELECT status, error_code AS "errorCode", error_detail AS "errorDetail" FROM scrape_run WHERE kind = 'code.sync' ORDER BY started_at DESC LIMIT 1`,
    );
    expect(run).toMatchObject({
      status: 'failed',
      errorCode: 'CODE_DRIFT',
      errorDetail: { url: expect.stringContaining('/codes/chicago/latest/chicago_il/') },
    });
    expect(await count()).toBe(sectionsBefore);
    expect((await gql(s.app, CHAPTER)).data.codeChapter.versions).toHaveLength(1);
  });

  it('stores a new code version only when the text changes, emits code.chapter_changed, and re-applies the amendment', async () => {
    const before = (await gql(s.app, AMENDMENT, { n: 'O2023-0004222' })).data.amendment;
    await runJob(s, 'code.sync');
    expect((await gql(s.app, CHAPTER)).data.codeChapter.versions).toHaveLength(1);

    pageEdit = (html) =>
      html.replace('Departments shall annually review such materials', 'Departments shall review such materials every two years');
    now = new Date('2025-02-01T18:00:00Z');
    await runJob(s, 'code.sync');
    const chapter = (await gql(s.app, CHAPTER)).data.codeChapter;
    expect(chapter.versions.map((v: any) => v.version)).toEqual([2, 1]);

    // Versions and sections come through per-request loaders: the chapter, its versions, and the sections
    // of every version (shared ones once) cost three queries whether one version is asked for or all.
    const ALL = `query { codeChapters { currentVersion { version } versions { version sections { number } } sections { number } } }`;
    sql.count = 0;
    const all = (await gql(s.app, ALL)).data.codeChapters[0];
    expect(all.versions.map((v: any) => v.sections.length)).toEqual([chapter.sections.length, chapter.sections.length]);
    expect(all.currentVersion.version).toBe(2);
    expect(sql.count).toBe(3);

    const ds = s.app.get(DataSource);
    const events = await ds.query(`SELECT type, subject, body FROM outbox_event WHERE type = 'code.chapter_changed'`);
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].body).data).toMatchObject({
      chapter: { number: '2-173', version: 2, previousVersion: 1 },
      chapters: ['2-173'],
      sections: { amended: ['2-173-030'], added: [], removed: [] },
    });

    const asOf = await gql(s.app, `query ($at: DateTime!) { codeSection(number: "2-173-030", asOf: $at) { text } }`, {
      at: '2025-01-20T00:00:00Z',
    });
    expect(asOf.data.codeSection.text).toContain('Departments shall annually review');

    const after = (await gql(s.app, AMENDMENT, { n: 'O2023-0004222' })).data.amendment;
    expect(after.id).not.toBe(before.id);
    expect(after.baseline[0].version).toBe(2);
    expect(after.sections[2].baseText).toContain('every two years');
    pageEdit = null;
  });
});

describe('an amendment drafted against an older wording', () => {
  let s: SyntheticApp;

  beforeAll(async () => {
    s = await startSyntheticApp(new Date('2025-01-10T18:00:00Z'), {
      attachments: { [O2023_0004222_ATTACHMENT_FILE]: path.join(DOCUMENTS, 'o2023-0004222-older-wording.pdf') },
    });
    await runJob(s, 'code.sync');
    await runJob(s, 'documents.sync');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('fails the base-text check with the words that differ and does not apply the section', async () => {
    const res = await gql(s.app, AMENDMENT, { n: 'O2023-0004222' });
    expect(res.errors).toBeUndefined();
    const a = res.data.amendment;
    expect(a.baseTextMatches).toBe(false);
    const [section] = a.sections;
    expect(section).toMatchObject({
      number: '2-173-020',
      change: 'AMENDED',
      baseTextMatches: false,
      applied: false,
      amendedText: null,
      hunks: [],
    });
    expect(section.mismatches).toHaveLength(1);
    expect(section.mismatches[0].expected).toBe('(1) stop, arrest, detain, or continue to detain a person');
    expect(section.mismatches[0].found).toBe('(1) arrest, detain or continue to detain a person');
    expect(section.mismatches[0].differingWords).toEqual(
      expect.arrayContaining([expect.objectContaining({ op: 'MISSING', text: expect.stringContaining('stop') })]),
    );
  });
});
