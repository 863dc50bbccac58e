import { collapseWhitespace } from './normalize-code-text';
import type { CodeParagraph } from './code-text.types';

// "(a)", "(1)", "(A)", "(iv)", "(a-5)", "(1.5)" at the very start, followed by space or the end.
const MARKER = /^\((\d{1,3}(?:\.\d+)?|[a-z]{1,6}(?:-\d+)?|[A-Z]{1,4}(?:-\d+)?)\)(?=\s|$)/;
const ROMAN = /^(?=[ivxlc]+$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/** The outline marker a paragraph starts with, or null. */
export function readOutlineMarker(text: string): string | null {
  const m = MARKER.exec(text.trimStart());
  return m ? m[0] : null;
}

function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let k = 0; k < s.length; k += 1) {
    const cur = v[s[k]];
    const next = v[s[k + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

function nextLetter(letter: string | null): string {
  if (letter === null) return 'a';
  return /^[a-y]$/.test(letter) ? String.fromCharCode(letter.charCodeAt(0) + 1) : '';
}

/**
 * Chicago's outline is (a) > (1) > (A) > (i). Single i, v and x are both letters and roman
 * numerals, so the reading follows the sequence: "(i)" right after "(h)" is the ninth letter, and
 * the first roman numeral anywhere else; "(v)" after "(iv)" is roman, after "(u)" a letter. When
 * both readings continue a sequence (an "(i)" after "(h)(1)(A)"), a paragraph just below an (A) or
 * a roman numeral is read as roman, otherwise as a letter.
 */
export function createOutlineReader(): (text: string) => { marker: string | null; level: number } {
  let lastLetter: string | null = null;
  let lastRoman: string | null = null;
  let prevLevel = 0;
  return (text) => {
    const marker = readOutlineMarker(text);
    if (marker === null) return { marker, level: 0 };
    const token = marker.slice(1, -1).replace(/-\d+$/, '');
    let level: number;
    if (/^\d/.test(token)) level = 2;
    else if (/^[A-Z]/.test(token)) level = 3;
    else if (!ROMAN.test(token)) level = 1;
    else if (token.length > 1) level = 4;
    else {
      const letterNext = nextLetter(lastLetter) === token;
      const romanNext = token === 'i' || (lastRoman !== null && romanValue(token) === romanValue(lastRoman) + 1);
      if (letterNext && romanNext) level = prevLevel >= 3 ? 4 : 1;
      else level = romanNext ? 4 : 1;
    }
    if (level === 1) lastLetter = token;
    if (level === 4) lastRoman = token;
    else lastRoman = null;
    prevLevel = level;
    return { marker, level };
  };
}

/** Paragraph texts in order -> CodeParagraphs with markers and outline levels. */
export function toCodeParagraphs(texts: readonly string[]): CodeParagraph[] {
  const read = createOutlineReader();
  return texts.map((raw) => {
    const text = collapseWhitespace(raw);
    return { ...read(text), text };
  });
}
