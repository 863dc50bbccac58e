import type { TextLanguage } from '@app/core';
import type { AlertFrequency, AlertKind } from '../alerts.types';

/** The words of alert messages, per language; values are plain text (the HTML part escapes them). */
export interface AlertLabels {
  target: (kind: AlertKind, value: string) => string;
  frequency: (f: AlertFrequency) => string;
  confirmSubject: (target: string) => string;
  confirmIntro: (target: string, frequency: string) => string;
  confirmAction: string;
  confirmIgnore: (days: number) => string;
  digestSubject: (count: number, target: string) => string;
  readMore: string;
  why: (target: string) => string;
  unsubscribe: string;
}

export const ALERT_LABELS: Record<TextLanguage, AlertLabels> = {
  en: {
    target: (kind, value) =>
      kind === 'record_number' ? value : kind === 'code_chapter' ? `Municipal Code chapter ${value}` : `"${value}" in titles`,
    frequency: (f) => (f === 'daily' ? 'a daily digest' : 'one message per event'),
    confirmSubject: (target) => `Confirm your alert: ${target}`,
    confirmIntro: (target, frequency) =>
      `Someone, we hope you, asked the Chicago legislation tracker for e-mail alerts about ${target} (${frequency}).`,
    confirmAction: 'To start them, open this link and press "Confirm":',
    confirmIgnore: (days) =>
      `If you did not ask, ignore this message: nothing more will be sent, and the request is deleted within ${days} days.`,
    digestSubject: (count, target) => `Daily alert: ${count} ${count === 1 ? 'update' : 'updates'} on ${target}`,
    readMore: 'More',
    why: (target) => `You receive this because you subscribed to alerts about ${target}.`,
    unsubscribe: 'Unsubscribe',
  },
  es: {
    target: (kind, value) =>
      kind === 'record_number'
        ? value
        : kind === 'code_chapter'
          ? `el capítulo ${value} del Código Municipal`
          : `"${value}" en los títulos`,
    frequency: (f) => (f === 'daily' ? 'un resumen diario' : 'un mensaje por novedad'),
    confirmSubject: (target) => `Confirme su alerta: ${target}`,
    confirmIntro: (target, frequency) =>
      `Alguien, esperamos que usted, pidió al rastreador de legislación de Chicago alertas por correo sobre ${target} (${frequency}).`,
    confirmAction: 'Para empezar a recibirlas, abra este enlace y pulse "Confirmar":',
    confirmIgnore: (days) =>
      `Si no lo pidió, ignore este mensaje: no se enviará nada más y la solicitud se borrará en un plazo de ${days} días.`,
    digestSubject: (count, target) => `Alerta diaria: ${count} ${count === 1 ? 'novedad' : 'novedades'} sobre ${target}`,
    readMore: 'Más',
    why: (target) => `Recibe este mensaje porque se suscribió a alertas sobre ${target}.`,
    unsubscribe: 'Cancelar la suscripción',
  },
};
