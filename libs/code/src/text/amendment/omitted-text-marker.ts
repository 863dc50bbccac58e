import { cleanInstructionText } from './amendment-instruction';

// "(Omitted text is not affected by this ordinance)", "(Omitted text is unaffected by this ordinance)",
// "(Remainder of section unchanged)", and the "* * *" elision.
const OMITTED = /^\(?\s*(?:the\s+)?(?:omitted|remainder)\b[^()]*\b(?:not\s+affected|unaffected|unchanged|not\s+amended)\b[^()]*\)?\.?$/;
const ELISION = /^(?:\*\s*){3,}$|^(?:\.\s*){3,}$/;

/** Whether a paragraph only stands in for unchanged code text. */
export function isOmittedTextMarker(plain: string): boolean {
  const t = cleanInstructionText(plain).trim();
  return t.length < 140 && (OMITTED.test(t) || ELISION.test(t));
}
