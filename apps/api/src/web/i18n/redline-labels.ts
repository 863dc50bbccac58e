import type { Lang } from './dictionary';

/** Labels of the redline and code pages. */
export interface RedlineLabels {
  redlineTitle: (recordNumber: string) => string;
  redlineIntro: string;
  redlineDescription: (recordNumber: string, chapters: string) => string;
  backToMatter: string;
  noDocument: string;
  viewLabel: string;
  viewInline: string;
  viewSideBySide: string;
  summaryHeading: string;
  summaryCounts: (amended: number, added: number, repealed: number) => string;
  changeLabel: Record<'AMENDED' | 'ADDED' | 'REPEALED' | 'UNCHANGED', string>;
  readFrom: string;
  baseline: (chapter: string, version: number, date: string) => string;
  effectiveDate: string;
  currentLaw: string;
  asAmended: string;
  legend: string;
  legendInserted: string;
  legendDeleted: string;
  checkFailedHeading: string;
  checkFailed: string;
  checkUnknown: string;
  notApplied: string;
  mismatchExpected: string;
  mismatchFound: string;
  missingWords: string;
  unexpectedWords: string;
  repealedNote: string;
  addedNote: string;
  unchangedSections: string;
  historyNote: string;
  otherSections: string;
  codeTitle: (chapter: string) => string;
  codeIntro: string;
  codeDescription: (chapter: string, title: string) => string;
  codeNotRead: string;
  versionsHeading: string;
  versionRow: (version: number) => string;
  readOn: string;
  sourcePages: string;
  compareHeading: string;
  compareFrom: string;
  compareTo: string;
  compareButton: string;
  compareResult: (from: number, to: number) => string;
  noDifferences: string;
  currentText: string;
  sectionsCount: (n: number) => string;
  colVersion: string;
  colSections: string;
}

const en: RedlineLabels = {
  redlineTitle: (n) => `${n}: what it would change in the Municipal Code`,
  redlineIntro:
    'The code as it reads today, and as it would read if this ordinance passed. Inserted words are underlined, deleted words are struck through.',
  redlineDescription: (n, chapters) => `Redline of Municipal Code ${chapters} as ${n} would amend it.`,
  backToMatter: 'Back to the matter',
  noDocument: 'The text of this matter has not been read yet, or it has no legislation file.',
  viewLabel: 'View',
  viewInline: 'Inline redline',
  viewSideBySide: 'Side by side',
  summaryHeading: 'Summary of changes',
  summaryCounts: (a, d, r) => `${a} section(s) amended, ${d} added, ${r} repealed.`,
  changeLabel: { AMENDED: 'Amended', ADDED: 'Added', REPEALED: 'Repealed', UNCHANGED: 'Unchanged' },
  readFrom: 'Read from',
  baseline: (c, v, d) => `Compared with chapter ${c}, version ${v} of the code as read on ${d}.`,
  effectiveDate: 'Effective date',
  currentLaw: 'The code today',
  asAmended: 'As amended',
  legend: 'How to read this',
  legendInserted: 'words the ordinance inserts',
  legendDeleted: 'words the ordinance deletes',
  checkFailedHeading: 'Warning: the ordinance does not match the current code',
  checkFailed:
    'The words this section keeps or strikes differ from the code as it reads today: the ordinance was drafted against an older text, or the code has changed since. The change is not applied here.',
  checkUnknown: 'No baseline of this chapter is stored, so the ordinance could not be checked against the code.',
  notApplied: 'Not applied: shown as drafted.',
  mismatchExpected: 'The code reads',
  mismatchFound: 'The ordinance reads',
  missingWords: 'In the code but not in the ordinance',
  unexpectedWords: 'In the ordinance but not in the code',
  repealedNote: 'The ordinance repeals this whole section.',
  addedNote: 'The ordinance adds this new section.',
  unchangedSections: 'Sections the ordinance does not change',
  historyNote: 'History',
  otherSections: 'Other sections of the ordinance',
  codeTitle: (c) => `Municipal Code chapter ${c}`,
  codeIntro: 'The current text of the chapter as the tracker last read it, and every earlier version it stored.',
  codeDescription: (c, title) => `Chapter ${c} of the Municipal Code of Chicago${title ? ` (${title})` : ''}: current text and history.`,
  codeNotRead: 'This chapter is tracked but has not been read yet.',
  versionsHeading: 'Version history',
  versionRow: (v) => `Version ${v}`,
  readOn: 'Read on',
  sourcePages: 'Source pages',
  compareHeading: 'Compare two versions',
  compareFrom: 'From version',
  compareTo: 'To version',
  compareButton: 'Compare',
  compareResult: (f, t) => `Changes from version ${f} to version ${t}`,
  noDifferences: 'The two versions read the same.',
  currentText: 'Current text',
  sectionsCount: (n) => `${n} section(s)`,
  colVersion: 'Version',
  colSections: 'Sections',
};

const es: RedlineLabels = {
  redlineTitle: (n) => `${n}: qué cambiaría en el Código Municipal`,
  redlineIntro:
    'El código tal como dice hoy y como diría si se aprobara esta ordenanza. Las palabras insertadas aparecen subrayadas; las eliminadas, tachadas.',
  redlineDescription: (n, chapters) => `Texto comparado del Código Municipal ${chapters} según lo enmendaría ${n}.`,
  backToMatter: 'Volver al asunto',
  noDocument: 'Todavía no se ha leído el texto de este asunto, o no tiene un archivo de legislación.',
  viewLabel: 'Vista',
  viewInline: 'Cambios en el texto',
  viewSideBySide: 'Lado a lado',
  summaryHeading: 'Resumen de los cambios',
  summaryCounts: (a, d, r) => `${a} sección(es) enmendada(s), ${d} añadida(s), ${r} derogada(s).`,
  changeLabel: { AMENDED: 'Enmendada', ADDED: 'Añadida', REPEALED: 'Derogada', UNCHANGED: 'Sin cambios' },
  readFrom: 'Leído de',
  baseline: (c, v, d) => `Comparado con el capítulo ${c}, versión ${v} del código leída el ${d}.`,
  effectiveDate: 'Entrada en vigor',
  currentLaw: 'El código hoy',
  asAmended: 'Con la enmienda',
  legend: 'Cómo leer esta página',
  legendInserted: 'palabras que la ordenanza inserta',
  legendDeleted: 'palabras que la ordenanza elimina',
  checkFailedHeading: 'Atención: la ordenanza no coincide con el código vigente',
  checkFailed:
    'Las palabras que esta sección conserva o tacha no coinciden con el código tal como dice hoy: la ordenanza se redactó sobre un texto anterior o el código cambió después. El cambio no se aplica aquí.',
  checkUnknown: 'No hay una copia guardada de este capítulo, así que no se pudo comparar la ordenanza con el código.',
  notApplied: 'No aplicada: se muestra tal como fue redactada.',
  mismatchExpected: 'El código dice',
  mismatchFound: 'La ordenanza dice',
  missingWords: 'En el código pero no en la ordenanza',
  unexpectedWords: 'En la ordenanza pero no en el código',
  repealedNote: 'La ordenanza deroga esta sección completa.',
  addedNote: 'La ordenanza añade esta sección nueva.',
  unchangedSections: 'Secciones que la ordenanza no cambia',
  historyNote: 'Historial',
  otherSections: 'Otras secciones de la ordenanza',
  codeTitle: (c) => `Capítulo ${c} del Código Municipal`,
  codeIntro: 'El texto vigente del capítulo según la última lectura, y cada versión anterior guardada.',
  codeDescription: (c, title) => `Capítulo ${c} del Código Municipal de Chicago${title ? ` (${title})` : ''}: texto vigente e historial.`,
  codeNotRead: 'Este capítulo está en seguimiento pero todavía no se ha leído.',
  versionsHeading: 'Historial de versiones',
  versionRow: (v) => `Versión ${v}`,
  readOn: 'Leída el',
  sourcePages: 'Páginas de origen',
  compareHeading: 'Comparar dos versiones',
  compareFrom: 'Desde la versión',
  compareTo: 'Hasta la versión',
  compareButton: 'Comparar',
  compareResult: (f, t) => `Cambios de la versión ${f} a la versión ${t}`,
  noDifferences: 'Las dos versiones dicen lo mismo.',
  currentText: 'Texto vigente',
  sectionsCount: (n) => `${n} sección(es)`,
  colVersion: 'Versión',
  colSections: 'Secciones',
};

export const REDLINE_LABELS: Readonly<Record<Lang, RedlineLabels>> = { en, es };
