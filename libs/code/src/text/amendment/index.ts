export type {
  AmendmentChange,
  AmendmentParagraph,
  AmendmentSection,
  ParsedAmendment,
  BaseTextMismatch,
  AmendedSection,
  AmendmentApplication,
} from './amendment.types';
export { parseAmendment } from './parse-amendment';
export { applyAmendment } from './apply-amendment';
export { parseAmendmentInstruction, isEffectiveDateClause, type AmendmentInstruction } from './amendment-instruction';
export { isOmittedTextMarker } from './omitted-text-marker';
export { readingOf } from './marked-runs';
