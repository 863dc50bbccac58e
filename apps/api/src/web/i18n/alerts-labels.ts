import type { Lang } from './dictionary';

/** The words of the /alerts pages, per language (plain text; templates escape them). */
export interface AlertsPageLabels {
  title: string;
  description: string;
  intro: string;
  off: string;
  email: string;
  emailHint: string;
  follow: string;
  kindRecordNumber: string;
  kindChapter: string;
  kindKeyword: string;
  value: string;
  valueHint: string;
  frequency: string;
  instant: string;
  daily: (hour: number) => string;
  language: string;
  english: string;
  spanish: string;
  submit: string;
  events: string;
  privacy: (unconfirmedDays: number, logDays: number) => string;
  sentTitle: string;
  sentText: string;
  tooMany: string;
  badEmail: string;
  badValue: (kind: 'record_number' | 'code_chapter' | 'title_keyword') => string;
  confirmTitle: string;
  confirmText: (target: string) => string;
  confirmButton: string;
  confirmedTitle: string;
  confirmedText: (target: string) => string;
  badLinkTitle: string;
  badLinkText: string;
  unsubscribeTitle: string;
  unsubscribeText: (target: string) => string;
  unsubscribeButton: string;
  unsubscribedTitle: string;
  unsubscribedText: string;
}

export const ALERTS_PAGE_LABELS: Record<Lang, AlertsPageLabels> = {
  en: {
    title: 'E-mail alerts',
    description: 'Get an e-mail when a matter you follow is scheduled for a vote, gets a Rule 41 notice, is voted on or gets new text.',
    intro:
      'Get an e-mail when a matter you follow is scheduled for a vote, gets a Rule 41 notice, is voted on, or gets new text. Follow a record number, a Municipal Code chapter, or words in titles.',
    off: 'E-mail alerts are off on this server (no mail server is configured). The calendar and Atom feeds below still work.',
    email: 'Your e-mail address',
    emailHint: 'We send a confirmation first; nothing else until you confirm.',
    follow: 'What to follow',
    kindRecordNumber: 'A record number (e.g. O2023-0004222)',
    kindChapter: 'A Municipal Code chapter (e.g. 2-173)',
    kindKeyword: 'Words in titles (e.g. Welcoming City)',
    value: 'Record number, chapter or words',
    valueHint: 'A record number also follows its substitutes.',
    frequency: 'How often',
    instant: 'One message per event',
    daily: (hour) => `One digest a day, at ${hour}:00 Chicago time`,
    language: 'Language of the messages',
    english: 'English',
    spanish: 'Español',
    submit: 'Sign up',
    events: 'Every message has a one-click unsubscribe link.',
    privacy: (u, l) =>
      `Your address is stored encrypted and used only for these alerts. Unconfirmed sign-ups are deleted after ${u} days; the record of sent messages after ${l} days; unsubscribing deletes everything about the subscription.`,
    sentTitle: 'Check your inbox',
    sentText: 'If the address can receive mail, a confirmation message is on its way. Open its link to start the alerts.',
    tooMany: 'Too many sign-ups from this address or this connection today. Please try again tomorrow.',
    badEmail: 'Please enter an e-mail address, such as name@example.org.',
    badValue: (kind) =>
      kind === 'record_number'
        ? 'Please enter a record number such as O2023-0004222.'
        : kind === 'code_chapter'
          ? 'Please enter a Municipal Code chapter such as 2-173.'
          : 'Please enter 3 to 100 characters of title words.',
    confirmTitle: 'Confirm your alert',
    confirmText: (target) => `Start e-mail alerts about ${target}?`,
    confirmButton: 'Confirm',
    confirmedTitle: 'Alert confirmed',
    confirmedText: (target) => `You will get e-mail alerts about ${target}. Each message has a link to stop them.`,
    badLinkTitle: 'This link does not work',
    badLinkText: 'It is unknown, already used or expired. You can sign up again.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeText: (target) => `Stop e-mail alerts about ${target}?`,
    unsubscribeButton: 'Unsubscribe',
    unsubscribedTitle: 'Unsubscribed',
    unsubscribedText: 'You will get no more of these alerts. Everything about the subscription has been deleted.',
  },
  es: {
    title: 'Alertas por correo electrónico',
    description:
      'Reciba un correo cuando un asunto que sigue se programe para votación, reciba un aviso de la Regla 41, se vote o tenga un texto nuevo.',
    intro:
      'Reciba un correo cuando un asunto que sigue se programe para votación, reciba un aviso de la Regla 41, se vote o tenga un texto nuevo. Siga un número de expediente, un capítulo del Código Municipal o palabras de los títulos.',
    off: 'Las alertas por correo están desactivadas en este servidor (no hay servidor de correo configurado). Los calendarios y el canal Atom siguen funcionando.',
    email: 'Su correo electrónico',
    emailHint: 'Primero enviamos una confirmación; nada más hasta que confirme.',
    follow: 'Qué seguir',
    kindRecordNumber: 'Un número de expediente (p. ej. O2023-0004222)',
    kindChapter: 'Un capítulo del Código Municipal (p. ej. 2-173)',
    kindKeyword: 'Palabras de los títulos (p. ej. Welcoming City)',
    value: 'Número de expediente, capítulo o palabras',
    valueHint: 'Un número de expediente también sigue a sus sustitutos.',
    frequency: 'Con qué frecuencia',
    instant: 'Un mensaje por novedad',
    daily: (hour) => `Un resumen al día, a las ${hour}:00 hora de Chicago`,
    language: 'Idioma de los mensajes',
    english: 'English',
    spanish: 'Español',
    submit: 'Suscribirse',
    events: 'Cada mensaje tiene un enlace para cancelar la suscripción con un clic.',
    privacy: (u, l) =>
      `Su dirección se guarda cifrada y solo se usa para estas alertas. Las suscripciones sin confirmar se borran a los ${u} días; el registro de mensajes enviados, a los ${l} días; al cancelar se borra todo lo relativo a la suscripción.`,
    sentTitle: 'Revise su correo',
    sentText:
      'Si la dirección puede recibir correo, le llega un mensaje de confirmación. Abra su enlace para empezar a recibir las alertas.',
    tooMany: 'Demasiadas suscripciones desde esta dirección o esta conexión hoy. Inténtelo de nuevo mañana.',
    badEmail: 'Escriba un correo electrónico, como nombre@example.org.',
    badValue: (kind) =>
      kind === 'record_number'
        ? 'Escriba un número de expediente como O2023-0004222.'
        : kind === 'code_chapter'
          ? 'Escriba un capítulo del Código Municipal como 2-173.'
          : 'Escriba de 3 a 100 caracteres de palabras del título.',
    confirmTitle: 'Confirme su alerta',
    confirmText: (target) => `¿Empezar a recibir alertas por correo sobre ${target}?`,
    confirmButton: 'Confirmar',
    confirmedTitle: 'Alerta confirmada',
    confirmedText: (target) => `Recibirá alertas por correo sobre ${target}. Cada mensaje tiene un enlace para dejar de recibirlas.`,
    badLinkTitle: 'Este enlace no funciona',
    badLinkText: 'Es desconocido, ya se usó o caducó. Puede suscribirse de nuevo.',
    unsubscribeTitle: 'Cancelar la suscripción',
    unsubscribeText: (target) => `¿Dejar de recibir alertas por correo sobre ${target}?`,
    unsubscribeButton: 'Cancelar la suscripción',
    unsubscribedTitle: 'Suscripción cancelada',
    unsubscribedText: 'No recibirá más estas alertas. Se borró todo lo relativo a la suscripción.',
  },
};
