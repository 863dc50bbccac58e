import { ACTION_NAMES } from './action-names.data';
import { StepType } from './lifecycle.types';

/**
 * Kinds of source anomaly a matter can carry. Each is a quiet note for readers (so an "introduced"
 * step listed after a committee vote does not mislead), never a reason to refuse the record. They
 * follow what a public quality review of eLMS counted.
 */
export enum DataQualityKind {
  /** An action with no usable date. */
  ACTION_WITHOUT_DATE = 'ACTION_WITHOUT_DATE',
  /** An action that names no acting body. */
  ACTION_WITHOUT_BODY = 'ACTION_WITHOUT_BODY',
  /** The same action (name, date, body) listed more than once. */
  DUPLICATE_ACTION = 'DUPLICATE_ACTION',
  /** An introduction dated after another step of the matter. */
  INTRODUCED_AFTER_LATER_STEP = 'INTRODUCED_AFTER_LATER_STEP',
  /** An action that names a stored meeting held on another day (more than a day apart). */
  ACTION_DATE_NOT_MEETING_DATE = 'ACTION_DATE_NOT_MEETING_DATE',
  /** A held meeting's agenda records a final result (Passed, Adopted, ...) the matter's actions lack. */
  AGENDA_RESULT_WITHOUT_ACTION = 'AGENDA_RESULT_WITHOUT_ACTION',
  /** An ordinance with no Legislation attachment (no text to read). */
  NO_TEXT_DOCUMENT = 'NO_TEXT_DOCUMENT',
}

export interface DataQualityNote {
  matterId: string;
  kind: DataQualityKind;
  detail: string;
}

/** Action names that mean "introduced" (lower-cased), from the action-name table. */
export const INTRODUCTION_ACTION_NAMES: readonly string[] = ACTION_NAMES.filter((a) => a.type === StepType.INTRODUCED).map((a) =>
  a.name.toLowerCase(),
);

/** Agenda action names that record a final result. */
export const FINAL_RESULT_ACTION_NAMES: readonly string[] = ACTION_NAMES.filter((a) =>
  [StepType.PASSED, StepType.ADOPTED, StepType.APPROVED, StepType.FAILED].includes(a.type),
).map((a) => a.name.toLowerCase());
