import type { MarkedDocument, MarkedDocumentFormat } from '@app/code';
import { extractDocxMarkedText, InvalidDocxError } from './docx-marked-text';
import { extractHtmlMarkedText } from './html-marked-text';
import { extractPdfMarkedText } from './pdf-marked-text';

type Extractable = Exclude<MarkedDocumentFormat, 'text'>;

/**
 * The document is in a format the extractors do not read (plain text, legacy .doc, RTF, images, other zip
 * packages...), or its bytes contradict the declared PDF/DOCX type (for example an HTML error page served
 * as application/pdf). Plain text is refused on purpose: it cannot carry the strike/underline marks, and
 * reading it as unmarked text would report an amendment as changing nothing.
 */
export class UnsupportedDocumentError extends Error {
  override name = 'UnsupportedDocumentError';
  constructor(
    /** The content type or file name the caller gave. */
    readonly declared: string,
    /** What the leading bytes look like, when recognisable. */
    readonly detected: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

const CONTENT_TYPES: Record<string, Extractable> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};
const EXTENSIONS: Record<string, Extractable> = { pdf: 'pdf', docx: 'docx', html: 'html', htm: 'html', xhtml: 'html' };
const MEDIA_TYPES = /^(application|text|image|audio|video|font|model|multipart|message)\/[\w.+-]+$/i;

/** The format the caller declared: a content type ("application/pdf; charset=...") or a file name / URL. */
function declaredFormat(contentTypeOrFileName: string): { format?: Extractable; charset?: string } {
  const value = contentTypeOrFileName.trim();
  const [type, ...params] = value.split(';');
  if (MEDIA_TYPES.test(type!.trim())) {
    const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find((c) => c !== undefined);
    return { format: CONTENT_TYPES[type!.trim().toLowerCase()], charset };
  }
  const path = value.split(/[?#]/)[0]!;
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return { format: ext ? EXTENSIONS[ext] : undefined };
}

function startsWith(data: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return bytes.every((b, i) => data[at + i] === b);
}

/** What the leading bytes say. PDF readers accept "%PDF-" anywhere in the first KiB. */
function sniff(data: Uint8Array): { format?: Extractable; detected?: string } {
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return { format: 'pdf', detected: 'pdf' };
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return { format: 'docx', detected: 'zip' };
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { detected: 'ole2 (legacy .doc)' };
  if (head.startsWith('{\\rtf')) return { detected: 'rtf' };
  const text = head
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  if (/^(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/.test(text) || /^<!--[\s\S]*?-->\s*<(!doctype html|html)/.test(text)) {
    return { format: 'html', detected: 'html' };
  }
  return {};
}

/** Windows-1252's 0x80-0x9F (the rest is Latin-1); undefined entries decode as U+FFFD. */
const CP1252_HIGH =
  '\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD' +
  '\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178';
/** Labels the Encoding Standard maps to windows-1252 (Word's "Save as Web Page" default). */
const CP1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'latin1',
  'iso-8859-1',
  'iso8859-1',
  'l1',
  'ascii',
  'us-ascii',
  'ansi_x3.4-1968',
]);

function decodeText(data: Uint8Array, charset: string | undefined): string {
  let label = charset?.toLowerCase();
  if (!label) {
    const head = Buffer.from(data.subarray(0, 2048)).toString('latin1');
    label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  }
  // Node 20's TextDecoder decodes windows-1252 as Latin-1 (0x92 comes out as a C1 control), so map it here.
  if (label && CP1252_LABELS.has(label)) {
    let out = '';
    for (const byte of data) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    return out;
  }
  try {
    return new TextDecoder(label ?? 'utf-8').decode(data);
  } catch {
    return new TextDecoder('utf-8').decode(data);
  }
}

/**
 * Extracts the marked text of a PDF, DOCX or HTML document. The format comes from the leading bytes
 * (`%PDF-`, a zip package) when they are recognisable, otherwise from the declared content type or file
 * extension; a declared PDF or DOCX whose bytes are something else is an error, not a guess.
 */
export async function extractMarkedText(data: Uint8Array, contentTypeOrFileName: string): Promise<MarkedDocument> {
  const declared = declaredFormat(contentTypeOrFileName);
  const sniffed = sniff(data);
  const unsupported = (why: string): UnsupportedDocumentError =>
    new UnsupportedDocumentError(contentTypeOrFileName, sniffed.detected, `Unsupported document (${contentTypeOrFileName}): ${why}`);

  if ((declared.format === 'pdf' || declared.format === 'docx') && sniffed.format !== declared.format) {
    throw unsupported(
      `declared ${declared.format.toUpperCase()} but the content ${sniffed.detected ? `is ${sniffed.detected}` : 'is not recognisable'}`,
    );
  }
  const format = sniffed.format ?? declared.format;
  switch (format) {
    case 'pdf':
      return extractPdfMarkedText(data);
    case 'docx':
      try {
        return extractDocxMarkedText(data);
      } catch (err) {
        if (err instanceof InvalidDocxError) throw unsupported(`a zip package that is not a readable DOCX (${err.message})`);
        throw err;
      }
    case 'html':
      return extractHtmlMarkedText(decodeText(data, declared.charset));
    default:
      throw unsupported(sniffed.detected ? `${sniffed.detected} is not a supported format` : 'expected PDF, DOCX or HTML');
  }
}
