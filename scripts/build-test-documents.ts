/**
 * Builds the committed test documents from their markup (`npm run documents:build`).
 *
 * For each `test/support/documents/<name>.markup.txt` (one paragraph per line, `[-struck-]` and
 * `{+underlined+}`) this writes `<name>.fodt` (a Flat ODT: one XML file, the word-processor source) and
 * has LibreOffice convert it into `<name>.pdf` and `<name>.docx`, the way the Clerk's documents are made
 * (a word processor exporting to PDF). Only this script needs LibreOffice (`soffice`, Debian package
 * libreoffice-writer-nogui) and, for automatic hyphenation, the en-US hyphenation patterns (hyphen-en-us);
 * the tests read the committed files.
 *
 * Deterministic: the FODT is a pure function of the markup; the PDF's creation/modification dates and file
 * id, and the DOCX's zip timestamps and document dates, are pinned after conversion.
 *
 * Usage: npm run documents:build [-- <name> ...]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { parseMarkup, type MarkedParagraph } from '../libs/code/src/text/marked-text';

const ROOT = resolve(__dirname, '..', '..');
const DOCS = join(ROOT, 'test', 'support', 'documents');
/** The date written into every generated file (PDF Info dates, DOCX core properties, zip entries). */
const PINNED_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

/**
 * Page layout per document. Most documents use single spacing with space between paragraphs; the
 * extraction-layout document is double-spaced with no space between paragraphs (as many Clerk drafts are),
 * so the extractor has to find paragraph starts from indentation and short last lines alone.
 */
interface Layout {
  lineHeight: string;
  spaceAfter: string;
}
const SPACED: Layout = { lineHeight: '100%', spaceAfter: '0.1in' };
const DOUBLE: Layout = { lineHeight: '200%', spaceAfter: '0in' };
const LAYOUTS: Record<string, Layout> = { 'extraction-layout': DOUBLE };

/** Paragraph style by what the paragraph starts with, as an ordinance is usually laid out. */
function paragraphStyle(text: string): string {
  if (/^[A-Z ]{3,40}$/.test(text)) return 'Title';
  if (/^SECTION \d+\./.test(text)) return 'Section';
  if (/^\([a-z]\) /.test(text)) return 'Level1';
  if (/^\(\d+\) /.test(text)) return 'Level2';
  if (/^\([A-Z]\) /.test(text)) return 'Level3';
  return 'Body';
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ODF collapses white space: write every space after a space (or at the paragraph start) as text:s. */
function odfText(text: string, atParagraphStart: boolean): string {
  let out = '';
  let prevSpace = atParagraphStart;
  for (const ch of text) {
    if (ch === ' ') {
      out += prevSpace ? '<text:s/>' : ' ';
      prevSpace = true;
    } else if (ch === '\t') {
      out += '<text:tab/>';
      prevSpace = false;
    } else {
      out += escapeXml(ch);
      prevSpace = false;
    }
  }
  return out;
}

function paragraphXml(paragraph: MarkedParagraph): string {
  const plain = paragraph.runs.map((r) => r.text).join('');
  let body = '';
  let atStart = true;
  for (const run of paragraph.runs) {
    const text = odfText(run.text, atStart);
    atStart = false;
    if (run.mark === 'strike') body += `<text:span text:style-name="Struck">${text}</text:span>`;
    else if (run.mark === 'underline') body += `<text:span text:style-name="Underlined">${text}</text:span>`;
    else body += text;
  }
  return `<text:p text:style-name="${paragraphStyle(plain)}">${body}</text:p>`;
}

export function buildFodt(markup: string, layout: Layout): string {
  const doc = parseMarkup(markup);
  const paragraphProps = (extra: string): string =>
    `<style:paragraph-properties fo:line-height="${layout.lineHeight}" fo:margin-top="0in" fo:margin-bottom="${layout.spaceAfter}" ${extra}/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>build-test-documents</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="en" fo:country="US"
   fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  ${paragraphProps('fo:text-align="justify" style:justify-single-word="false"')}
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  ${paragraphProps('fo:text-align="center"')}
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Section" style:family="paragraph" style:parent-style-name="Standard">
  ${paragraphProps('fo:text-align="justify" fo:text-indent="0.5in"')}
 </style:style>
 <style:style style:name="Level1" style:family="paragraph" style:parent-style-name="Standard">
  ${paragraphProps('fo:text-align="justify" fo:text-indent="0.5in"')}
 </style:style>
 <style:style style:name="Level2" style:family="paragraph" style:parent-style-name="Standard">
  ${paragraphProps('fo:text-align="justify" fo:margin-left="0.5in" fo:text-indent="0.5in"')}
 </style:style>
 <style:style style:name="Level3" style:family="paragraph" style:parent-style-name="Standard">
  ${paragraphProps('fo:text-align="justify" fo:margin-left="1in" fo:text-indent="0.5in"')}
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0in"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <!-- Marks as direct formatting (automatic styles), as drafters apply them: the DOCX gets w:strike / w:u on the runs. -->
 <style:style style:name="Struck" style:family="text">
  <style:text-properties style:text-line-through-style="solid" style:text-line-through-type="single"/>
 </style:style>
 <style:style style:name="Underlined" style:family="text">
  <style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/>
 </style:style>
 <style:page-layout style:name="Letter">
  <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="1in" fo:margin-bottom="0.5in"
   fo:margin-left="1in" fo:margin-right="1in" style:print-orientation="portrait"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0in" fo:margin-top="0.3in"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="Letter">
  <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body>
<office:text>
${doc.paragraphs.map(paragraphXml).join('\n')}
</office:text>
</office:body>
</office:document>
`;
}

/** Replaces `find` by `replace` of the same length (so the PDF's xref offsets stay valid). */
function sameLengthReplace(data: Buffer, find: RegExp, replace: (match: string) => string): Buffer {
  const text = data.toString('latin1');
  const out = text.replace(find, (m) => {
    const r = replace(m);
    if (r.length !== m.length) throw new Error(`replacement changes length: ${m} -> ${r}`);
    return r;
  });
  return Buffer.from(out, 'latin1');
}

function pinPdf(data: Buffer, seed: string): Buffer {
  const date = PINNED_DATE.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const hash = createHash('md5').update(seed).digest('hex').toUpperCase();
  let out = sameLengthReplace(data, /\(D:\d{14}/g, () => `(D:${date}`);
  out = sameLengthReplace(out, /\/ID\s*\[\s*<[0-9A-F]{32}>\s*<[0-9A-F]{32}>\s*\]/g, (m) => m.replace(/<[0-9A-F]{32}>/g, `<${hash}>`));
  out = sameLengthReplace(out, /\/DocChecksum \/[0-9A-F]{32}/g, () => `/DocChecksum /${hash}`);
  return out;
}

function pinDocx(data: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(data));
  const zippable: Zippable = {};
  const iso = `${PINNED_DATE.toISOString().slice(0, 19)}Z`;
  for (const name of Object.keys(files).sort()) {
    let content = files[name]!;
    if (name === 'docProps/core.xml' || name === 'docProps/app.xml') {
      const xml = strFromU8(content)
        .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, iso)
        .replace(/<Application>[^<]*<\/Application>/, '<Application>LibreOffice</Application>')
        .replace(/<TotalTime>\d+<\/TotalTime>/, '<TotalTime>0</TotalTime>');
      content = strToU8(xml);
    }
    zippable[name] = [content, { mtime: PINNED_DATE, level: 9 }];
  }
  return Buffer.from(zipSync(zippable));
}

function convert(fodt: string, format: 'pdf' | 'docx', outDir: string, profile: string): string {
  const filter = format === 'pdf' ? 'pdf:writer_pdf_Export' : 'docx:MS Word 2007 XML';
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, fodt],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp', TZ: 'UTC' } },
  );
  const out = join(outDir, basename(fodt).replace(/\.fodt$/, `.${format}`));
  if (!existsSync(out)) throw new Error(`soffice did not write ${out}`);
  return out;
}

function main(): void {
  const only = process.argv.slice(2);
  const names = readdirSync(DOCS)
    .filter((f) => f.endsWith('.markup.txt'))
    .map((f) => f.slice(0, -'.markup.txt'.length))
    .filter((n) => only.length === 0 || only.includes(n))
    .sort();
  const work = mkdtempSync(join(tmpdir(), 'test-documents-'));
  const profile = join(work, 'profile');
  try {
    for (const name of names) {
      const markup = readFileSync(join(DOCS, `${name}.markup.txt`), 'utf8');
      const fodt = buildFodt(markup, LAYOUTS[name] ?? SPACED);
      const fodtPath = join(DOCS, `${name}.fodt`);
      writeFileSync(fodtPath, fodt);
      const pdf = readFileSync(convert(fodtPath, 'pdf', work, profile));
      writeFileSync(join(DOCS, `${name}.pdf`), pinPdf(pdf, fodt));
      const docx = readFileSync(convert(fodtPath, 'docx', work, profile));
      writeFileSync(join(DOCS, `${name}.docx`), pinDocx(docx));
      console.log(`${name}: .fodt ${fodt.length} B, .pdf ${pdf.length} B, .docx written`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) main();
