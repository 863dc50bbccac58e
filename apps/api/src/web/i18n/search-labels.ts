import type { SearchQueryProblem } from '@app/legislation';
import type { Lang } from './dictionary';

/** Labels of `/search` and the download links, kept beside the shared dictionary. */
export interface SearchLabels {
  nav: string;
  title: string;
  resultsTitle: (q: string) => string;
  description: string;
  intro: string;
  queryLabel: string;
  queryHint: string;
  button: string;
  filtersLegend: string;
  type: string;
  typeHint: string;
  stage: string;
  anyStage: string;
  status: string;
  sponsor: string;
  committee: string;
  chapter: string;
  chapterHint: string;
  introducedFrom: string;
  introducedTo: string;
  count: (n: number) => string;
  /** An estimated count (a very common word). */
  about: (n: number) => string;
  /** Shown when only the newest title matches are ranked (a very common word). */
  windowed: (n: number) => string;
  resultsLabel: string;
  introduced: string;
  fromDocument: (file: string) => string;
  matchedTitle: string;
  noResults: string;
  nextPage: string;
  problems: Record<SearchQueryProblem, string>;
  downloadHeading: string;
  downloadIntro: string;
  csv: string;
  json: string;
  trackedDownloadHeading: string;
  trackedDownloadIntro: string;
  searchTextLink: string;
}

const en: SearchLabels = {
  nav: 'Search',
  title: 'Search titles and ordinance text',
  resultsTitle: (q) => `Search results for “${q}”`,
  description: 'Search every Chicago City Council matter by record number, title words and the text of its ordinances.',
  intro:
    'Finds words in titles and in the text of the ordinances this site has read. Put a phrase in "quotes", put a minus before a word to leave it out (-resolution), and write or between alternatives.',
  queryLabel: 'Words, phrase or record number',
  queryHint: 'For example "civil immigration enforcement" -resolution',
  button: 'Search',
  filtersLegend: 'Narrow the results',
  type: 'Type',
  typeHint: 'Ordinance, Resolution, Order…',
  stage: 'Stage',
  anyStage: 'Any stage',
  status: 'Status in eLMS',
  sponsor: 'Sponsor',
  committee: 'Committee',
  chapter: 'Municipal Code chapter',
  chapterHint: 'For example 2-173',
  introducedFrom: 'Introduced on or after',
  introducedTo: 'Introduced before',
  count: (n) => (n === 1 ? '1 matter found' : `${n.toLocaleString('en-US')} matters found`),
  about: (n) => `About ${n.toLocaleString('en-US')} matters found`,
  windowed: (n) =>
    `So many titles match that these are the best of the ${n.toLocaleString('en-US')} most recent. Add a word, a quoted phrase or a filter (such as the dates) to reach older matters.`,
  resultsLabel: 'Results, best match first',
  introduced: 'Introduced',
  fromDocument: (file) => `From the text of ${file}:`,
  matchedTitle: 'Matched in the title.',
  noResults: 'No matters match. Try fewer words, or other forms of them.',
  nextPage: 'Next page',
  problems: {
    EMPTY: 'Type a word, a phrase or a record number to search for.',
    TOO_LONG: 'That search is too long: use at most 300 characters.',
    NO_WORDS:
      'That search has nothing to look for: very common words (the, of, and), punctuation and excluded words alone are not searched.',
  },
  downloadHeading: 'Download these results',
  downloadIntro: 'Every result, not only this page, with the same columns each time (described in the README).',
  csv: 'CSV, for spreadsheets',
  json: 'JSON',
  trackedDownloadHeading: 'Download the tracked matters',
  trackedDownloadIntro: 'Every tracked matter with its stage (described in the README).',
  searchTextLink: 'Search the text of ordinances too',
};

const es: SearchLabels = {
  nav: 'Buscar',
  title: 'Buscar en títulos y textos de ordenanzas',
  resultsTitle: (q) => `Resultados para «${q}»`,
  description:
    'Busque cualquier asunto del Concejo Municipal de Chicago por número de expediente, palabras del título o texto de sus ordenanzas.',
  intro:
    'Busca palabras en los títulos y en el texto de las ordenanzas que este sitio ha leído. Ponga una frase entre "comillas", un signo menos delante de una palabra para excluirla (-resolution) y or entre alternativas. Los textos están en inglés.',
  queryLabel: 'Palabras, frase o número de expediente',
  queryHint: 'Por ejemplo "civil immigration enforcement" -resolution',
  button: 'Buscar',
  filtersLegend: 'Acotar los resultados',
  type: 'Tipo',
  typeHint: 'Ordinance, Resolution, Order…',
  stage: 'Etapa',
  anyStage: 'Cualquier etapa',
  status: 'Estado en eLMS',
  sponsor: 'Patrocinador',
  committee: 'Comité',
  chapter: 'Capítulo del Código Municipal',
  chapterHint: 'Por ejemplo 2-173',
  introducedFrom: 'Presentado desde',
  introducedTo: 'Presentado antes de',
  count: (n) => (n === 1 ? 'Se encontró 1 asunto' : `Se encontraron ${n.toLocaleString('es-US')} asuntos`),
  about: (n) => `Se encontraron unos ${n.toLocaleString('es-US')} asuntos`,
  windowed: (n) =>
    `Coinciden tantos títulos que estos son los mejores de los ${n.toLocaleString('es-US')} más recientes. Agregue una palabra, una frase entre comillas o un filtro (como las fechas) para llegar a asuntos más antiguos.`,
  resultsLabel: 'Resultados, los más pertinentes primero',
  introduced: 'Presentado',
  fromDocument: (file) => `Del texto de ${file}:`,
  matchedTitle: 'Coincide en el título.',
  noResults: 'Ningún asunto coincide. Pruebe con menos palabras o con otras formas de ellas.',
  nextPage: 'Página siguiente',
  problems: {
    EMPTY: 'Escriba una palabra, una frase o un número de expediente para buscar.',
    TOO_LONG: 'La búsqueda es demasiado larga: use como máximo 300 caracteres.',
    NO_WORDS:
      'La búsqueda no tiene nada que buscar: las palabras muy comunes (the, of, and), la puntuación y las palabras excluidas no se buscan solas.',
  },
  downloadHeading: 'Descargar estos resultados',
  downloadIntro: 'Todos los resultados, no solo esta página, siempre con las mismas columnas (descritas en el README).',
  csv: 'CSV, para hojas de cálculo',
  json: 'JSON',
  trackedDownloadHeading: 'Descargar los asuntos en seguimiento',
  trackedDownloadIntro: 'Cada asunto en seguimiento con su etapa (descrito en el README).',
  searchTextLink: 'Buscar también en el texto de las ordenanzas',
};

export const SEARCH_LABELS: Readonly<Record<Lang, SearchLabels>> = { en, es };
