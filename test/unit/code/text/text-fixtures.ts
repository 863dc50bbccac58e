import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMarkup, type MarkedDocument } from '../../../../libs/code/src/text/marked-text';
import { parseCodeText, type CodeSectionText } from '../../../../libs/code/src/text';

/** The project's copies of the real, transcribed source texts (provenance beside each file). */
export const FIXTURES_DIR = path.resolve(__dirname, '../../../fixtures');

export function readFixture(relative: string): string {
  const file = path.join(FIXTURES_DIR, relative);
  if (!fs.existsSync(file)) {
    throw new Error(`Fixture ${file} is missing: copy it with its .source.txt into test/fixtures (see test/fixtures/README.md).`);
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
    ...parseCodeText(readFixture('municipal-code/amlegal-latest-2-173-005.excerpt.txt'), {
      sectionNumber: '2-173-005',
      heading: 'Purpose and intent.',
    }).sections,
    ...parseCodeText(readFixture('municipal-code/amlegal-latest-2-173-020.excerpt.txt')).sections,
    ...parseCodeText(readFixture('municipal-code/amlegal-latest-2-173-030.txt')).sections,
  ];
}
