import type { CommentChannel, WindowState } from '@app/advocacy';
import type { Lang } from './dictionary';

/** Labels of /find-your-alder and of the take-action panel on the matter page. */
export interface AdvocacyLabels {
  navFindAlder: string;
  findTitle: string;
  findIntro: string;
  findDescription: string;
  addressLabel: string;
  addressHint: string;
  findButton: string;
  useLocation: string;
  locating: string;
  locationFailed: string;
  locationNote: string;
  resultHeading: string;
  foundAddress: (address: string, ward: number) => string;
  foundLocation: (ward: number) => string;
  yourAlder: string;
  alderPageLink: (name: string, ward: number) => string;
  wardPageLink: (ward: number) => string;
  noAlderOnRecord: (ward: number) => string;
  noMatch: (address: string) => string;
  outsideChicago: (address: string) => string;
  locationOutsideChicago: string;
  ambiguous: (address: string) => string;
  candidatesCaption: string;
  colAddress: string;
  colWard: string;
  outside: string;
  tryAgainHint: string;
  geocoderUnavailable: string;
  tooManyLookups: (seconds: number) => string;
  invalidAddress: string;
  invalidLocation: string;
  rememberWard: (ward: number) => string;
  rememberNote: string;
  rememberedWard: (ward: number) => string;
  forgetWard: string;
  wardMapNote: string;

  takeActionHeading: string;
  decidesNext: string;
  fullCouncil: string;
  fullCouncilNote: string;
  committeeMembers: (n: number) => string;
  noMembersListed: string;
  heldIn: string;
  meetingLabel: string;
  yourAlderHeading: string;
  alderUnknown: string;
  findAlderLink: string;
  wardOfficePhone: string;
  cityHallPhone: string;
  emailLabel: string;
  noContactListed: string;
  callScriptHeading: string;
  callScriptIn: Record<Lang, string>;
  deadlineHeading: string;
  deadlineCountdown: (days: number, hours: number, minutes: number) => string;
  deadlinePassed: string;
  deadlineNotPublished: string;
  deadlineFromElms: string;
  clerkNote: string;
  howToTakePart: string;
  channels: Record<CommentChannel, string>;
  windowStates: Record<WindowState, string>;
  windowOpens: string;
  windowCloses: string;
  addToCalendar: (channel: string) => string;
  rulesChecked: (date: string, source: string) => string;
  noRules: string;
  meetingFiles: string;
  alertsSignUp: string;
  windowCalendarSummary: (channel: string, recordNumber: string) => string;
}

const en: AdvocacyLabels = {
  navFindAlder: 'Find your alder',
  findTitle: 'Find your alder',
  findIntro: 'Enter a Chicago street address to find its ward and alder (City Council member).',
  findDescription: 'Find your Chicago ward and alder from your address or your location.',
  addressLabel: 'Street address',
  addressHint: 'For example 121 N LaSalle St. Chicago is assumed unless you give a city or ZIP code.',
  findButton: 'Find my alder',
  useLocation: 'Use my location',
  locating: 'Finding your location…',
  locationFailed: 'Your location is not available. Enter an address instead.',
  locationNote: 'Your location is used once to find your ward and is not stored.',
  resultHeading: 'Your ward',
  foundAddress: (a, w) => `${a} is in Ward ${w}.`,
  foundLocation: (w) => `Your location is in Ward ${w}.`,
  yourAlder: 'Your alder',
  alderPageLink: (name, w) => `${name}, Alder of Ward ${w}: contacts, committees and votes`,
  wardPageLink: (w) => `Ward ${w}`,
  noAlderOnRecord: (w) => `No alder for Ward ${w} is on record in eLMS yet.`,
  noMatch: (a) => `No address matching “${a}” was found. Check the street number and name.`,
  outsideChicago: (a) => `“${a}” is outside the City of Chicago, so it has no Chicago ward.`,
  locationOutsideChicago: 'That location is outside the City of Chicago, so it has no Chicago ward.',
  ambiguous: (a) => `“${a}” matches more than one place. Add the ZIP code or pick the right one below.`,
  candidatesCaption: 'Places matching the address',
  colAddress: 'Address',
  colWard: 'Ward',
  outside: 'Outside Chicago',
  tryAgainHint: 'Try again with the full address, including the ZIP code.',
  geocoderUnavailable: 'The address service is not answering right now. Try again in a few minutes, or use your location.',
  tooManyLookups: (s) => `Too many address searches from your connection. Try again in ${s} seconds.`,
  invalidAddress: 'Enter a street address, such as 121 N LaSalle St.',
  invalidLocation: 'That location is not valid.',
  rememberWard: (w) => `Remember Ward ${w} on this device`,
  rememberNote: 'Saves your ward in a cookie so matter pages can show your alder. Nothing else is stored.',
  rememberedWard: (w) => `This device remembers Ward ${w}.`,
  forgetWard: 'Forget my ward',
  wardMapNote: 'Wards are those of the 2023 ward map, in force since May 2023.',

  takeActionHeading: 'Take action',
  decidesNext: 'Who decides next',
  fullCouncil: 'The full City Council',
  fullCouncilNote: 'All 50 alders vote; your alder is one of them.',
  committeeMembers: (n) => `Members (${n})`,
  noMembersListed: 'eLMS lists no members for this committee.',
  heldIn: 'Held in',
  meetingLabel: 'Meeting',
  yourAlderHeading: 'Your alder',
  alderUnknown: 'Tell us your ward to see whom to call.',
  findAlderLink: 'Find your alder',
  wardOfficePhone: 'Ward office phone',
  cityHallPhone: 'City Hall office phone',
  emailLabel: 'E-mail',
  noContactListed: 'eLMS lists no phone or e-mail for this alder.',
  callScriptHeading: 'What to say',
  callScriptIn: { en: 'Call script in English', es: 'Call script in Spanish' },
  deadlineHeading: 'Public-comment deadline',
  deadlineCountdown: (d, h, m) =>
    `${d} ${d === 1 ? 'day' : 'days'}, ${h} ${h === 1 ? 'hour' : 'hours'} and ${m} ${m === 1 ? 'minute' : 'minutes'} left`,
  deadlinePassed: 'The deadline has passed.',
  deadlineNotPublished: 'eLMS has not published a public-comment deadline for this meeting.',
  deadlineFromElms: 'As published in eLMS for the meeting.',
  clerkNote: 'The Clerk’s note on this meeting’s deadlines:',
  howToTakePart: 'How to take part',
  channels: { PHONE: 'Speak by telephone', IN_PERSON: 'Speak in person', WRITTEN: 'Written comment by e-mail' },
  windowStates: { UPCOMING: 'Not open yet', OPEN: 'Open now', CLOSED: 'Closed' },
  windowOpens: 'Opens',
  windowCloses: 'Closes',
  addToCalendar: (c) => `Add to calendar: ${c}`,
  rulesChecked: (d, s) => `Rules as checked on ${d}. Source: ${s}.`,
  noRules: 'No public-comment rules are on file for this body; check the meeting notice.',
  meetingFiles: 'Meeting files in eLMS',
  alertsSignUp: 'Get e-mail alerts about this matter',
  windowCalendarSummary: (c, n) => `${c}: ${n}`,
};

const es: AdvocacyLabels = {
  navFindAlder: 'Encuentre a su concejal',
  findTitle: 'Encuentre a su concejal',
  findIntro: 'Escriba una dirección de Chicago para saber su distrito (ward) y su concejal (miembro del Concejo Municipal).',
  findDescription: 'Encuentre su distrito y su concejal de Chicago a partir de su dirección o su ubicación.',
  addressLabel: 'Dirección',
  addressHint: 'Por ejemplo 121 N LaSalle St. Se supone Chicago si no indica ciudad ni código postal.',
  findButton: 'Buscar a mi concejal',
  useLocation: 'Usar mi ubicación',
  locating: 'Buscando su ubicación…',
  locationFailed: 'Su ubicación no está disponible. Escriba una dirección.',
  locationNote: 'Su ubicación se usa una sola vez para encontrar su distrito y no se guarda.',
  resultHeading: 'Su distrito',
  foundAddress: (a, w) => `${a} está en el Distrito ${w}.`,
  foundLocation: (w) => `Su ubicación está en el Distrito ${w}.`,
  yourAlder: 'Su concejal',
  alderPageLink: (name, w) => `${name}, concejal del Distrito ${w}: contactos, comités y votos`,
  wardPageLink: (w) => `Distrito ${w}`,
  noAlderOnRecord: (w) => `eLMS todavía no registra concejal para el Distrito ${w}.`,
  noMatch: (a) => `No se encontró ninguna dirección que coincida con «${a}». Revise el número y el nombre de la calle.`,
  outsideChicago: (a) => `«${a}» está fuera de la Ciudad de Chicago, así que no tiene distrito de Chicago.`,
  locationOutsideChicago: 'Esa ubicación está fuera de la Ciudad de Chicago, así que no tiene distrito de Chicago.',
  ambiguous: (a) => `«${a}» coincide con más de un lugar. Añada el código postal o elija el correcto abajo.`,
  candidatesCaption: 'Lugares que coinciden con la dirección',
  colAddress: 'Dirección',
  colWard: 'Distrito',
  outside: 'Fuera de Chicago',
  tryAgainHint: 'Inténtelo de nuevo con la dirección completa, incluido el código postal.',
  geocoderUnavailable: 'El servicio de direcciones no responde en este momento. Inténtelo en unos minutos o use su ubicación.',
  tooManyLookups: (s) => `Demasiadas búsquedas de direcciones desde su conexión. Inténtelo de nuevo en ${s} segundos.`,
  invalidAddress: 'Escriba una dirección, como 121 N LaSalle St.',
  invalidLocation: 'Esa ubicación no es válida.',
  rememberWard: (w) => `Recordar el Distrito ${w} en este dispositivo`,
  rememberNote: 'Guarda su distrito en una cookie para que las páginas de asuntos muestren a su concejal. No se guarda nada más.',
  rememberedWard: (w) => `Este dispositivo recuerda el Distrito ${w}.`,
  forgetWard: 'Olvidar mi distrito',
  wardMapNote: 'Los distritos son los del mapa de 2023, vigente desde mayo de 2023.',

  takeActionHeading: 'Actúe',
  decidesNext: 'Quién decide ahora',
  fullCouncil: 'El pleno del Concejo Municipal',
  fullCouncilNote: 'Votan los 50 concejales; su concejal es uno de ellos.',
  committeeMembers: (n) => `Miembros (${n})`,
  noMembersListed: 'eLMS no registra miembros de este comité.',
  heldIn: 'Retenido en',
  meetingLabel: 'Reunión',
  yourAlderHeading: 'Su concejal',
  alderUnknown: 'Indique su distrito para ver a quién llamar.',
  findAlderLink: 'Encuentre a su concejal',
  wardOfficePhone: 'Teléfono de la oficina del distrito',
  cityHallPhone: 'Teléfono de la oficina en el Ayuntamiento',
  emailLabel: 'Correo electrónico',
  noContactListed: 'eLMS no registra teléfono ni correo de este concejal.',
  callScriptHeading: 'Qué decir',
  callScriptIn: { en: 'Guion de llamada en inglés', es: 'Guion de llamada en español' },
  deadlineHeading: 'Plazo para el comentario público',
  deadlineCountdown: (d, h, m) =>
    `Quedan ${d} ${d === 1 ? 'día' : 'días'}, ${h} ${h === 1 ? 'hora' : 'horas'} y ${m} ${m === 1 ? 'minuto' : 'minutos'}`,
  deadlinePassed: 'El plazo ya venció.',
  deadlineNotPublished: 'eLMS no ha publicado un plazo para el comentario público de esta reunión.',
  deadlineFromElms: 'Según lo publicado en eLMS para la reunión.',
  clerkNote: 'La nota de la Secretaría sobre los plazos de esta reunión (en inglés):',
  howToTakePart: 'Cómo participar',
  channels: { PHONE: 'Hablar por teléfono', IN_PERSON: 'Hablar en persona', WRITTEN: 'Comentario escrito por correo electrónico' },
  windowStates: { UPCOMING: 'Todavía no abre', OPEN: 'Abierto ahora', CLOSED: 'Cerrado' },
  windowOpens: 'Abre',
  windowCloses: 'Cierra',
  addToCalendar: (c) => `Añadir al calendario: ${c}`,
  rulesChecked: (d, s) => `Reglas verificadas el ${d}. Fuente (en inglés): ${s}.`,
  noRules: 'No hay reglas de comentario público registradas para este órgano; consulte el aviso de la reunión.',
  meetingFiles: 'Archivos de la reunión en eLMS',
  alertsSignUp: 'Reciba alertas por correo sobre este asunto',
  windowCalendarSummary: (c, n) => `${c}: ${n}`,
};

export const ADVOCACY_LABELS: Readonly<Record<Lang, AdvocacyLabels>> = { en, es };
