import { chicagoDateTimeOrNull, EventSummary, EventText, TextLanguage } from '@app/core';
import { Injectable } from '@nestjs/common';
import { LEGISLATION_EVENTS } from './legislation-events';

type Data = Record<string, any>;

/** A UTC instant from a payload as Chicago time in the reader's language. */
function chicago(iso: unknown, lang: TextLanguage): string | null {
  const d = typeof iso === 'string' && iso ? new Date(iso) : null;
  return chicagoDateTimeOrNull(d && !Number.isNaN(d.getTime()) ? d : null, lang);
}

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(', ');

/** Labels, per language; values (titles, bodies, names) stay as eLMS wrote them. */
const L = {
  en: {
    onAgenda: (rn: string, where: string) => `${rn} is on the agenda: ${where}`,
    rule41: (rn: string) => `Rule 41 notice filed for ${rn}`,
    voteRecorded: (rn: string, result: string) => `Vote recorded on ${rn}: ${result}`,
    textChanged: (rn: string) => `New text for ${rn}`,
    stageChanged: (rn: string, from: string, to: string) => `${rn} moved from ${from} to ${to}`,
    meetingCancelled: (where: string) => `Meeting cancelled: ${where}`,
    meetingRescheduled: (where: string) => `Meeting changed: ${where}`,
    chapterChanged: (n: string, v: unknown) => `Municipal Code chapter ${n} changed (version ${v})`,
    location: 'Location',
    deadline: 'Public comment deadline',
    meeting: 'Meeting',
    notice: 'Notice',
    action: 'Action',
    tally: 'Tally',
    files: 'Files',
    redline: 'What it would change',
    matters: 'Matters',
    sections: (a: unknown, m: unknown, r: unknown) => `Sections added ${a}, amended ${m}, removed ${r}`,
  },
  es: {
    onAgenda: (rn: string, where: string) => `${rn} está en la agenda: ${where}`,
    rule41: (rn: string) => `Aviso de la Regla 41 presentado para ${rn}`,
    voteRecorded: (rn: string, result: string) => `Votación registrada sobre ${rn}: ${result}`,
    textChanged: (rn: string) => `Nuevo texto de ${rn}`,
    stageChanged: (rn: string, from: string, to: string) => `${rn} pasó de ${from} a ${to}`,
    meetingCancelled: (where: string) => `Reunión cancelada: ${where}`,
    meetingRescheduled: (where: string) => `Reunión modificada: ${where}`,
    chapterChanged: (n: string, v: unknown) => `Cambió el capítulo ${n} del Código Municipal (versión ${v})`,
    location: 'Lugar',
    deadline: 'Plazo para comentarios públicos',
    meeting: 'Reunión',
    notice: 'Aviso',
    action: 'Acción',
    tally: 'Recuento',
    files: 'Archivos',
    redline: 'Lo que cambiaría',
    matters: 'Asuntos',
    sections: (a: unknown, m: unknown, r: unknown) => `Secciones añadidas ${a}, modificadas ${m}, eliminadas ${r}`,
  },
};

/**
 * @description Legislation's events in words (English or Spanish), for e-mail alerts and chat webhooks;
 * provided as core's `EventText` port.
 */
@Injectable()
export class LegislationEventText extends EventText {
  describe(type: string, data: Data, lang: TextLanguage): EventSummary | null {
    const t = L[lang];
    const matter: Data = data.matter ?? {};
    const rn = String(matter.recordNumber ?? '');
    const title = typeof matter.title === 'string' ? matter.title : null;
    const meeting: Data = data.meeting ?? {};
    const when = join(meeting.body, chicago(meeting.startsAt, lang));
    const line = (label: string, value: string | null | undefined) => (value ? `${label}: ${value}` : null);
    const summary = (headline: string, details: (string | null)[], url: unknown = matter.url): EventSummary => ({
      headline,
      details: details.filter((d): d is string => !!d),
      url: typeof url === 'string' ? url : null,
    });
    switch (type) {
      case LEGISLATION_EVENTS.voteScheduled:
        return summary(t.onAgenda(rn, when), [
          title,
          line(t.location, meeting.location),
          line(t.deadline, chicago(meeting.publicCommentDeadline, lang)),
        ]);
      case LEGISLATION_EVENTS.rule41NoticeFiled:
        return summary(t.rule41(rn), [title, line(t.meeting, when), line(t.notice, data.notice?.fileName)]);
      case LEGISLATION_EVENTS.voteRecorded: {
        const tally = Object.entries((data.tally ?? {}) as Record<string, number>)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ');
        return summary(t.voteRecorded(rn, String(data.result ?? '')), [
          title,
          line(t.action, join(data.action?.name, chicago(data.action?.date, lang))),
          line(t.tally, tally),
        ]);
      }
      case LEGISLATION_EVENTS.textChanged:
        return summary(t.textChanged(rn), [
          title,
          line(t.files, ((data.files ?? []) as { fileName?: string }[]).map((f) => f.fileName).join(', ')),
          line(t.redline, data.redlineUrl),
        ]);
      case LEGISLATION_EVENTS.stageChanged:
        return summary(t.stageChanged(rn, String(data.from ?? ''), String(data.to ?? '')), []);
      case LEGISLATION_EVENTS.meetingCancelled:
      case LEGISLATION_EVENTS.meetingRescheduled:
        return summary(
          type === LEGISLATION_EVENTS.meetingCancelled ? t.meetingCancelled(when) : t.meetingRescheduled(when),
          [line(t.location, meeting.location), line(t.matters, ((data.recordNumbers ?? []) as string[]).join(', '))],
          null,
        );
      case LEGISLATION_EVENTS.codeChapterChanged: {
        const s: Data = data.sections ?? {};
        const count = (v: unknown) => (Array.isArray(v) ? v.length : (v ?? 0));
        return summary(
          t.chapterChanged(String(data.chapter?.number ?? ''), data.chapter?.version),
          [data.chapter?.title ?? null, t.sections(count(s.added), count(s.amended), count(s.removed))],
          data.chapter?.url,
        );
      }
      default:
        return null;
    }
  }
}
