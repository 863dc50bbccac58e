import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';

/** test/support/documents: the markup sources and the PDF/DOCX LibreOffice made from them (npm run documents:build). */
export const DOCUMENTS_DIR = join(__dirname, '..', '..', '..', 'support', 'documents');

/** Names of the test documents (`<name>.markup.txt`) that have a generated file with the given extension. */
export function documentNames(ext: 'pdf' | 'docx'): string[] {
  const files = new Set(readdirSync(DOCUMENTS_DIR));
  return [...files]
    .filter((f) => f.endsWith('.markup.txt'))
    .map((f) => f.slice(0, -'.markup.txt'.length))
    .filter((name) => files.has(`${name}.${ext}`))
    .sort();
}

export function readDocument(name: string, ext: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DOCUMENTS_DIR, `${name}.${ext}`)));
}

/** The markup source with white space normalised: spaces collapsed, lines trimmed, blank lines dropped. */
export function normalizedMarkup(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

export function sourceMarkup(name: string): string {
  return normalizedMarkup(readFileSync(join(DOCUMENTS_DIR, `${name}.markup.txt`), 'utf8'));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal DOCX package around the given w:body content (and optional styles). */
export function buildDocx(body: string, styles?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  };
  if (styles !== undefined) {
    files['word/_rels/document.xml.rels'] = strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '</Relationships>',
    );
    files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${styles}</w:styles>`);
  }
  return zipSync(files);
}

/**
 * A one-page PDF written by hand (not by a word processor): base-14 Helvetica (not embedded), the given
 * content stream, letter size, optionally shown rotated (/Rotate). Offsets in the xref table are computed, so it is a valid file.
 */
export function buildPdf(content: string, rotate = 0): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate ${rotate} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
