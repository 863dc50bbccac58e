import type { Lang } from './dictionary';

/** Labels of `/votes` (how the Council votes), kept beside the shared dictionary. */
export interface VotesLabels {
  /** The header link. */
  nav: string;
  title: string;
  description: string;
  intro: string;
  rangeLegend: string;
  from: string;
  to: string;
  show: string;
  allDates: string;
  summary: (rollCalls: number, divided: number, minNays: number) => string;
  rangeAll: string;
  range: (from: string | null, to: string | null) => string;
  definitionsHeading: string;
  definitions: { term: string; meaning: (minNays: number) => string }[];
  majorityHeading: string;
  majorityCaption: string;
  sortHint: string;
  sortBy: (column: string, direction: 'ascending' | 'descending') => string;
  colAlder: string;
  colWard: string;
  colMajority: string;
  colWithMajority: string;
  colVotesCast: string;
  colNotVoting: string;
  colAbsent: string;
  colRollCalls: string;
  heatmapHeading: string;
  heatmapIntro: string;
  heatmapTitle: string;
  heatmapDesc: string;
  heatmapRegion: string;
  legendHeading: string;
  legendBin: (from: string, to: string) => string;
  legendNone: string;
  cellTitle: (a: string, b: string, agreed: number, together: number, rate: string) => string;
  cellNone: (a: string, b: string) => string;
  pairsSummary: string;
  pairsCaption: string;
  pairCell: (rate: string, agreed: number, together: number) => string;
  self: string;
  noVotes: string;
  dividedHeading: string;
  dividedCaption: string;
  dividedMore: (shown: number, total: number) => string;
  noDivided: string;
  colDate: string;
  colMatter: string;
  colAction: string;
  colYeas: string;
  colNays: string;
  colOther: string;
  colMajoritySide: string;
  sides: Record<'YEA' | 'NAY' | 'TIE', string>;
  exportHeading: string;
  exportIntro: string;
  exportCsv: string;
  exportJson: string;
  badRange: string;
}

const en: VotesLabels = {
  nav: 'How the Council votes',
  title: 'How the Council votes',
  description: 'Divided City Council roll calls, how often each alder votes with the majority and with every other alder, and absences.',
  intro:
    'Most roll calls are unanimous. The divided ones show who votes together: this page counts, for each alder, how often they voted with the majority and with each colleague.',
  rangeLegend: 'Dates',
  from: 'From',
  to: 'To (inclusive)',
  show: 'Show',
  allDates: 'All dates',
  summary: (n, d, k) => `${n} City Council roll call${n === 1 ? '' : 's'}, ${d} of them divided (at least ${k} Nay${k === 1 ? '' : 's'}).`,
  rangeAll: 'All roll calls on record.',
  range: (from, to) => (from && to ? `From ${from} to ${to}.` : from ? `From ${from}.` : `Until ${to}.`),
  definitionsHeading: 'How these numbers are counted',
  definitions: [
    { term: 'Roll call', meaning: () => 'A City Council action with recorded votes. Committee votes are not counted.' },
    {
      term: 'Divided roll call',
      meaning: (k) => `A roll call with at least ${k} Nay vote${k === 1 ? '' : 's'}. Agreement is counted on divided roll calls only.`,
    },
    { term: 'Vote cast', meaning: () => 'Yea or Nay. Nothing else counts for or against agreement.' },
    {
      term: 'Majority',
      meaning: () =>
        'The side, Yea or Nay, with more votes cast. On a tie there is no majority, and that roll call is left out of agreement with the majority.',
    },
    {
      term: 'Agreement with the majority',
      meaning: () => 'Votes cast with the majority, divided by votes cast on divided roll calls that had one.',
    },
    {
      term: 'Agreement between two alders',
      meaning: () =>
        'Divided roll calls on which both cast a vote and voted alike, divided by divided roll calls on which both cast a vote.',
    },
    { term: 'Absent', meaning: () => 'Recorded as Absent or Excused, on any roll call in the dates shown.' },
    {
      term: 'Not voting',
      meaning: () => 'Present, Recused, Abstain or no value on a divided roll call: neither a vote cast nor an absence.',
    },
  ],
  majorityHeading: 'Agreement with the majority',
  majorityCaption: 'Each alder on divided roll calls',
  sortHint: 'Select a column heading to sort by it; select it again to reverse the order.',
  sortBy: (c, d) => `${c}, sorted ${d}`,
  colAlder: 'Alder',
  colWard: 'Ward',
  colMajority: 'With the majority',
  colWithMajority: 'Votes with the majority',
  colVotesCast: 'Votes cast',
  colNotVoting: 'Not voting',
  colAbsent: 'Absent',
  colRollCalls: 'Roll calls',
  heatmapHeading: 'Who votes with whom',
  heatmapIntro:
    'Each square is a pair of alders: the darker, the more often they voted alike on divided roll calls. Alders are in the order of the table above. The same numbers are in the table below the chart.',
  heatmapTitle: 'Agreement between every two alders',
  heatmapDesc:
    'A grid of alders by alders; each square is coloured by how often the two voted alike on divided roll calls. The table after the chart lists the same numbers.',
  heatmapRegion: 'Agreement chart (scrolls sideways)',
  legendHeading: 'Key',
  legendBin: (from, to) => `${from} to ${to} alike`,
  legendNone: 'never both voted',
  cellTitle: (a, b, agreed, together, rate) => `${a} and ${b}: voted alike on ${agreed} of ${together} divided roll calls (${rate})`,
  cellNone: (a, b) => `${a} and ${b}: never both cast a vote on a divided roll call`,
  pairsSummary: 'The chart as a table',
  pairsCaption: 'Agreement between every two alders on divided roll calls (voted alike / both voted)',
  pairCell: (rate, agreed, together) => `${rate} (${agreed}/${together})`,
  self: '·',
  noVotes: 'No City Council roll calls are on record for these dates.',
  dividedHeading: 'Divided roll calls',
  dividedCaption: 'Newest first',
  dividedMore: (shown, total) => `The ${shown} newest of ${total}; the download below has them all.`,
  noDivided: 'No divided roll calls in these dates.',
  colDate: 'Date',
  colMatter: 'Matter',
  colAction: 'Action',
  colYeas: 'Yea',
  colNays: 'Nay',
  colOther: 'Absent / other',
  colMajoritySide: 'Majority',
  sides: { YEA: 'Yea', NAY: 'Nay', TIE: 'Tie' },
  exportHeading: 'Download',
  exportIntro: 'Every vote of the roll calls in these dates, one row per alder vote (column names are documented in the README).',
  exportCsv: 'Roll-call votes (CSV, for spreadsheets)',
  exportJson: 'Roll-call votes (JSON)',
  badRange: 'Dates are written YYYY-MM-DD, and "from" comes before "to".',
};

const es: VotesLabels = {
  nav: 'Cómo vota el Concejo',
  title: 'Cómo vota el Concejo',
  description:
    'Votaciones nominales divididas del Concejo Municipal, con qué frecuencia cada concejal vota con la mayoría y con cada colega, y ausencias.',
  intro:
    'La mayoría de las votaciones son unánimes. Las divididas muestran quién vota junto: esta página cuenta, para cada concejal, cuántas veces votó con la mayoría y con cada colega.',
  rangeLegend: 'Fechas',
  from: 'Desde',
  to: 'Hasta (inclusive)',
  show: 'Mostrar',
  allDates: 'Todas las fechas',
  summary: (n, d, k) =>
    `${n} ${n === 1 ? 'votación nominal' : 'votaciones nominales'} del Concejo Municipal, ${d} de ellas dividida${d === 1 ? '' : 's'} (al menos ${k} voto${k === 1 ? '' : 's'} en contra).`,
  rangeAll: 'Todas las votaciones registradas.',
  range: (from, to) => (from && to ? `Del ${from} al ${to}.` : from ? `Desde el ${from}.` : `Hasta el ${to}.`),
  definitionsHeading: 'Cómo se cuentan estas cifras',
  definitions: [
    {
      term: 'Votación nominal',
      meaning: () => 'Una acción del Concejo Municipal con votos registrados. No se cuentan los votos de los comités.',
    },
    {
      term: 'Votación dividida',
      meaning: (k) =>
        `Una votación con al menos ${k} voto${k === 1 ? '' : 's'} en contra. El acuerdo se cuenta solo en votaciones divididas.`,
    },
    { term: 'Voto emitido', meaning: () => 'A favor o en contra. Nada más cuenta a favor o en contra del acuerdo.' },
    {
      term: 'Mayoría',
      meaning: () =>
        'El lado, a favor o en contra, con más votos emitidos. En un empate no hay mayoría, y esa votación no cuenta para el acuerdo con la mayoría.',
    },
    {
      term: 'Acuerdo con la mayoría',
      meaning: () => 'Votos emitidos con la mayoría, divididos entre los votos emitidos en votaciones divididas que la tuvieron.',
    },
    {
      term: 'Acuerdo entre dos concejales',
      meaning: () =>
        'Votaciones divididas en las que ambos emitieron voto y votaron igual, divididas entre las votaciones divididas en las que ambos emitieron voto.',
    },
    { term: 'Ausente', meaning: () => 'Registrado como ausente o excusado, en cualquier votación de las fechas mostradas.' },
    {
      term: 'No vota',
      meaning: () => 'Presente, recusado, abstención o sin valor en una votación dividida: ni voto emitido ni ausencia.',
    },
  ],
  majorityHeading: 'Acuerdo con la mayoría',
  majorityCaption: 'Cada concejal en votaciones divididas',
  sortHint: 'Seleccione el encabezado de una columna para ordenar por ella; selecciónelo otra vez para invertir el orden.',
  sortBy: (c, d) => `${c}, en orden ${d === 'ascending' ? 'ascendente' : 'descendente'}`,
  colAlder: 'Concejal',
  colWard: 'Distrito',
  colMajority: 'Con la mayoría',
  colWithMajority: 'Votos con la mayoría',
  colVotesCast: 'Votos emitidos',
  colNotVoting: 'No vota',
  colAbsent: 'Ausente',
  colRollCalls: 'Votaciones',
  heatmapHeading: 'Quién vota con quién',
  heatmapIntro:
    'Cada cuadro es un par de concejales: cuanto más oscuro, más veces votaron igual en votaciones divididas. Los concejales están en el orden de la tabla anterior. Las mismas cifras están en la tabla después del gráfico.',
  heatmapTitle: 'Acuerdo entre cada dos concejales',
  heatmapDesc:
    'Una cuadrícula de concejales por concejales; cada cuadro tiene el color de cuántas veces los dos votaron igual en votaciones divididas. La tabla después del gráfico da las mismas cifras.',
  heatmapRegion: 'Gráfico de acuerdo (se desplaza hacia los lados)',
  legendHeading: 'Clave',
  legendBin: (from, to) => `de ${from} a ${to} de acuerdo`,
  legendNone: 'nunca votaron ambos',
  cellTitle: (a, b, agreed, together, rate) => `${a} y ${b}: votaron igual en ${agreed} de ${together} votaciones divididas (${rate})`,
  cellNone: (a, b) => `${a} y ${b}: nunca emitieron voto ambos en una votación dividida`,
  pairsSummary: 'El gráfico como tabla',
  pairsCaption: 'Acuerdo entre cada dos concejales en votaciones divididas (votaron igual / votaron ambos)',
  pairCell: (rate, agreed, together) => `${rate} (${agreed}/${together})`,
  self: '·',
  noVotes: 'No hay votaciones del Concejo Municipal registradas en estas fechas.',
  dividedHeading: 'Votaciones divididas',
  dividedCaption: 'Las más recientes primero',
  dividedMore: (shown, total) => `Las ${shown} más recientes de ${total}; la descarga de abajo las tiene todas.`,
  noDivided: 'No hay votaciones divididas en estas fechas.',
  colDate: 'Fecha',
  colMatter: 'Asunto',
  colAction: 'Acción',
  colYeas: 'A favor',
  colNays: 'En contra',
  colOther: 'Ausente / otro',
  colMajoritySide: 'Mayoría',
  sides: { YEA: 'A favor', NAY: 'En contra', TIE: 'Empate' },
  exportHeading: 'Descargar',
  exportIntro:
    'Cada voto de las votaciones de estas fechas, una fila por voto de concejal (los nombres de las columnas se describen en el README).',
  exportCsv: 'Votos nominales (CSV, para hojas de cálculo)',
  exportJson: 'Votos nominales (JSON)',
  badRange: 'Las fechas se escriben AAAA-MM-DD, y "desde" va antes de "hasta".',
};

export const VOTES_LABELS: Readonly<Record<Lang, VotesLabels>> = { en, es };
