import type { HistoryStepStatus } from '@app/code';
import type { Lang } from './dictionary';

/** Labels of the section-history pages (`/code/:chapter/history`, `/code/:section/history`). */
export interface HistoryLabels {
  chapterTitle: (chapter: string) => string;
  sectionTitle: (section: string, heading: string) => string;
  intro: string;
  description: (number: string) => string;
  backToChapter: (chapter: string) => string;
  historyLink: string;
  sectionHistoryLink: (section: string) => string;
  colSection: string;
  colVersions: string;
  colLastChange: string;
  colChain: string;
  chainComplete: string;
  chainBrokenAt: (date: string) => string;
  chainEnds: string;
  versionsRebuilt: (n: number) => string;
  whoWroteHeading: string;
  whoWroteIntro: string;
  olderThanChain: (date: string | null) => string;
  timelineHeading: string;
  versionHeading: (date: string | null) => string;
  currentVersion: string;
  enactedBy: string;
  noRecord: string;
  redlineFromPrevious: string;
  addedWhole: string;
  earlierUnknown: string;
  wordsChanged: (inserted: number, deleted: number) => string;
  status: Record<HistoryStepStatus, string>;
  brokenHeading: string;
  citation: string;
  inTextOnly: string;
  inOrdinanceOnly: string;
  moreMismatches: (shown: number, total: number) => string;
  candidates: string;
  exportHeading: string;
  exportCsv: string;
  exportJson: string;
  notTracked: string;
}

const en: HistoryLabels = {
  chapterTitle: (c) => `Chapter ${c}: the history of each section`,
  sectionTitle: (s, h) => `${s} ${h} — history`,
  intro:
    'Each section’s history note cites the City Council Journal date of every ordinance that changed it. We link each citation to the matter that passed that day naming the chapter, and rebuild the earlier wording by undoing that ordinance’s struck and underlined text, newest first, checking each step against the text it produced. Where a step cannot be checked, the chain stops and says why.',
  description: (n) => `How ${n} of the Chicago Municipal Code read over time, and which ordinance wrote each passage.`,
  backToChapter: (c) => `Chapter ${c} as it reads today`,
  historyLink: 'History of each section',
  sectionHistoryLink: (s) => `History of ${s}: versions and who wrote each passage`,
  colSection: 'Section',
  colVersions: 'Wordings rebuilt',
  colLastChange: 'Last change',
  colChain: 'History',
  chainComplete: 'complete, back to the ordinance that added it',
  chainBrokenAt: (d) => `stops at the citation of ${d}`,
  chainEnds: 'stops where the history note ends',
  versionsRebuilt: (n) => (n === 1 ? '1 wording' : `${n} wordings`),
  whoWroteHeading: 'Who wrote this',
  whoWroteIntro: 'The current text, passage by passage, with the ordinance that introduced each one.',
  olderThanChain: (d) => (d ? `written by ${d} or earlier (not rebuilt)` : 'origin not rebuilt'),
  timelineHeading: 'Versions',
  versionHeading: (d) => (d ? `Since ${d}` : 'Earliest wording known'),
  currentVersion: 'current text',
  enactedBy: 'Enacted by',
  noRecord: 'no matter found',
  redlineFromPrevious: 'Changes from the previous wording: inserted words underlined, deleted words struck through.',
  addedWhole: 'The ordinance added the section: all of it is new.',
  earlierUnknown: 'The wording before this one could not be rebuilt.',
  wordsChanged: (i, d) => `${i} words inserted, ${d} deleted`,
  status: {
    VERIFIED: 'checked: the ordinance’s new wording equals this text',
    NO_DATE: 'the citation has no Journal date',
    NO_RECORD: 'no matter passed that day naming the chapter',
    NO_DOCUMENT: 'the ordinance’s file has not been read',
    NOT_IN_DOCUMENT: 'the ordinance’s file does not change this section',
    MISMATCH: 'the ordinance’s new wording differs from this text',
  },
  brokenHeading: 'Where the history stops',
  citation: 'Citation',
  inTextOnly: 'Words in this text, not in the ordinance',
  inOrdinanceOnly: 'Words in the ordinance, not in this text',
  moreMismatches: (shown, total) => `The first ${shown} of ${total} paragraphs that differ:`,
  candidates: 'Matters passed that day naming the chapter',
  exportHeading: 'Download',
  exportCsv: 'Section history (CSV, for spreadsheets)',
  exportJson: 'Section history (JSON)',
  notTracked: 'This chapter is not tracked, or has not been read yet.',
};

const es: HistoryLabels = {
  chapterTitle: (c) => `Capítulo ${c}: la historia de cada sección`,
  sectionTitle: (s, h) => `${s} ${h} — historia`,
  intro:
    'La nota histórica de cada sección cita la fecha del Diario del Concejo Municipal de cada ordenanza que la cambió. Vinculamos cada cita con el asunto aprobado ese día que nombra el capítulo y reconstruimos la redacción anterior deshaciendo el texto tachado y subrayado de esa ordenanza, de la más reciente a la más antigua, comprobando cada paso con el texto que produjo. Donde un paso no se puede comprobar, la cadena se detiene y dice por qué.',
  description: (n) =>
    `Cómo decía la sección ${n} del Código Municipal de Chicago a lo largo del tiempo, y qué ordenanza escribió cada pasaje.`,
  backToChapter: (c) => `El capítulo ${c} tal como dice hoy`,
  historyLink: 'Historia de cada sección',
  sectionHistoryLink: (s) => `Historia de ${s}: versiones y quién escribió cada pasaje`,
  colSection: 'Sección',
  colVersions: 'Redacciones reconstruidas',
  colLastChange: 'Último cambio',
  colChain: 'Historia',
  chainComplete: 'completa, hasta la ordenanza que la añadió',
  chainBrokenAt: (d) => `se detiene en la cita del ${d}`,
  chainEnds: 'se detiene donde termina la nota histórica',
  versionsRebuilt: (n) => (n === 1 ? '1 redacción' : `${n} redacciones`),
  whoWroteHeading: 'Quién escribió esto',
  whoWroteIntro: 'El texto vigente, pasaje por pasaje, con la ordenanza que introdujo cada uno.',
  olderThanChain: (d) => (d ? `escrito a más tardar el ${d} (no reconstruido)` : 'origen no reconstruido'),
  timelineHeading: 'Versiones',
  versionHeading: (d) => (d ? `Desde el ${d}` : 'Redacción más antigua conocida'),
  currentVersion: 'texto vigente',
  enactedBy: 'Promulgada por',
  noRecord: 'no se encontró el asunto',
  redlineFromPrevious: 'Cambios respecto a la redacción anterior: palabras añadidas subrayadas, palabras eliminadas tachadas.',
  addedWhole: 'La ordenanza añadió la sección: todo es nuevo.',
  earlierUnknown: 'La redacción anterior a esta no se pudo reconstruir.',
  wordsChanged: (i, d) => `${i} palabras añadidas, ${d} eliminadas`,
  status: {
    VERIFIED: 'comprobado: la nueva redacción de la ordenanza es igual a este texto',
    NO_DATE: 'la cita no tiene fecha del Diario',
    NO_RECORD: 'ningún asunto aprobado ese día nombra el capítulo',
    NO_DOCUMENT: 'el archivo de la ordenanza no se ha leído',
    NOT_IN_DOCUMENT: 'el archivo de la ordenanza no cambia esta sección',
    MISMATCH: 'la nueva redacción de la ordenanza difiere de este texto',
  },
  brokenHeading: 'Dónde se detiene la historia',
  citation: 'Cita',
  inTextOnly: 'Palabras de este texto que no están en la ordenanza',
  inOrdinanceOnly: 'Palabras de la ordenanza que no están en este texto',
  moreMismatches: (shown, total) => `Los primeros ${shown} de ${total} párrafos que difieren:`,
  candidates: 'Asuntos aprobados ese día que nombran el capítulo',
  exportHeading: 'Descargar',
  exportCsv: 'Historia de las secciones (CSV, para hojas de cálculo)',
  exportJson: 'Historia de las secciones (JSON)',
  notTracked: 'Este capítulo no se sigue o aún no se ha leído.',
};

export const HISTORY_LABELS: Readonly<Record<Lang, HistoryLabels>> = { en, es };
