import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMarkup, type MarkedDocument } from '../../../../libs/legislation/src/code/marked-text';
import { parseCodeText, type CodeSectionText } from '../../../../libs/legislation/src/code';

/** The shared fixture tree (real, transcribed source texts), never copied into the project. */
export const SHARED_DIR = process.env.SHARED_DIR ?? path.resolve(__dirname, '../../../../../shared');

export function readSharedFixture(relative: string): string {
  const file = path.join(SHARED_DIR, 'fixtures', relative);
  if (!fs.existsSync(file)) {
    throw new Error(`Shared fixture ${file} is missing: set SHARED_DIR to the directory holding fixtures/municipal-code and fixtures/ordinance-text.`);
  }
  return fs.readFileSync(file, 'utf8');
}

/** A test ordinance from test/support/documents, read the way extracted PDFs will arrive. */
export function readTestDocument(name: string): MarkedDocument {
  return parseMarkup(fs.readFileSync(path.resolve(__dirname, '../../../support/documents', name), 'utf8'));
}

/** Chapter 2-173 as the amlegal "latest" pages print it: 005 (excerpt without heading), 020 (excerpt), 030. */
export function amlegalBaseline(): CodeSectionText[] {
  return [
    ...parseCodeText(readSharedFixture('municipal-code/amlegal-latest-2-173-005.excerpt.txt'), { sectionNumber: '2-173-005', heading: 'Purpose and intent.' }).sections,
    ...parseCodeText(readSharedFixture('municipal-code/amlegal-latest-2-173-020.excerpt.txt')).sections,
    ...parseCodeText(readSharedFixture('municipal-code/amlegal-latest-2-173-030.txt')).sections,
  ];
}
