import { LegislationEventText } from '../../../../libs/legislation/src/events/event-text';

const matter = { recordNumber: 'O2023-0004222', title: 'Amendment of Municipal Code Chapter 2-173', url: 'http://t/matters/O2023-0004222' };
const meeting = {
  body: 'City Council',
  startsAt: '2025-01-15T16:00:00.000Z',
  location: 'City Hall',
  publicCommentDeadline: '2025-01-15T15:00:00.000Z',
};

describe(LegislationEventText.name, () => {
  const text = new LegislationEventText();

  it('words every event type in English and Spanish, with the matter page to read more', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      [
        'matter.vote_scheduled',
        { matter, meeting },
        'O2023-0004222 is on the agenda: City Council, Wednesday, January 15, 2025 at 10:00',
        'O2023-0004222 está en la agenda: City Council, miércoles, 15 de enero de 2025',
      ],
      [
        'matter.rule41_notice_filed',
        { matter, meeting, notice: { fileName: 'Rule 41 Hadden O2023-0004222.pdf' } },
        'Rule 41 notice filed for O2023-0004222',
        'Aviso de la Regla 41 presentado para O2023-0004222',
      ],
      [
        'matter.vote_recorded',
        { matter, action: { name: 'Passed', date: '2025-01-15T06:00:00.000Z' }, result: 'PASSED', tally: { YEA: 30, NAY: 18, total: 48 } },
        'Vote recorded on O2023-0004222: PASSED',
        'Votación registrada sobre O2023-0004222: PASSED',
      ],
      [
        'matter.text_changed',
        { matter, files: [{ fileName: 'O2023-0004222.pdf' }], redlineUrl: 'http://t/r' },
        'New text for O2023-0004222',
        'Nuevo texto de O2023-0004222',
      ],
      [
        'matter.stage_changed',
        { matter, from: 'IN_RULES_COMMITTEE', to: 'ON_AGENDA' },
        'O2023-0004222 moved from IN_RULES_COMMITTEE to ON_AGENDA',
        'O2023-0004222 pasó de IN_RULES_COMMITTEE a ON_AGENDA',
      ],
      [
        'meeting.cancelled',
        { meeting, recordNumbers: ['O2023-0004222'] },
        'Meeting cancelled: City Council',
        'Reunión cancelada: City Council',
      ],
      [
        'code.chapter_changed',
        {
          chapter: { number: '2-173', version: 2, url: 'http://t/code/2-173' },
          sections: { added: [], amended: ['2-173-030'], removed: [] },
        },
        'Municipal Code chapter 2-173 changed (version 2)',
        'Cambió el capítulo 2-173 del Código Municipal (versión 2)',
      ],
    ];
    for (const [type, data, en, es] of cases) {
      expect(text.describe(type, data, 'en')?.headline).toContain(en);
      expect(text.describe(type, data, 'es')?.headline).toContain(es);
      expect(JSON.stringify(text.describe(type, data, 'es'))).not.toMatch(/undefined|null,"|NaN/);
    }
    expect(text.describe('matter.vote_scheduled', { matter, meeting }, 'es')).toEqual({
      headline: 'O2023-0004222 está en la agenda: City Council, miércoles, 15 de enero de 2025, 10:00 a.m. CST',
      details: [
        'Amendment of Municipal Code Chapter 2-173',
        'Lugar: City Hall',
        'Plazo para comentarios públicos: miércoles, 15 de enero de 2025, 9:00 a.m. CST',
      ],
      url: 'http://t/matters/O2023-0004222',
    });
    expect(text.describe('matter.vote_recorded', cases[2][1], 'en')?.details).toContain('Tally: YEA 30, NAY 18, total 48');
  });

  it('does not word an event it does not know', () => {
    expect(text.describe('webhook.test', {}, 'en')).toBeNull();
  });
});
