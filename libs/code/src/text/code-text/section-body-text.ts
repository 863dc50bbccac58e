import type { CodeSectionText } from './code-text.types';

/** The canonical body (no heading, no history note), one paragraph per line: versions are compared and diffed on this. */
export function sectionBodyText(section: Pick<CodeSectionText, 'paragraphs'>): string {
  return section.paragraphs.map((p) => p.text).join('\n');
}
