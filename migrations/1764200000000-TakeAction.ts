import { MigrationInterface, QueryRunner } from 'typeorm';

const SOURCE =
  "The Council's rules of order for public comment as restated in an immigrant-rights coalition's action toolkit for the City Council meeting of 2025-01-15";

/**
 * Take action on a matter: how to comment at a body's meetings (rules kept as data, with the day
 * they were checked) and the call scripts, both editable by operators. Seeded with the City
 * Council's rules as published for its 2025-01-15 meeting and a script in English and Spanish.
 */
export class TakeAction1764200000000 implements MigrationInterface {
  name = 'TakeAction1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public_comment_rule (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        body_name text NOT NULL,
        channel text NOT NULL,
        opens_on text NOT NULL,
        opens_at text NOT NULL,
        closes_on text NOT NULL,
        closes_at text,
        phone text,
        email text,
        how_en text NOT NULL,
        how_es text NOT NULL,
        source text NOT NULL,
        checked_on date NOT NULL,
        sort integer NOT NULL DEFAULT 0,
        updated_by text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT public_comment_rule_pkey PRIMARY KEY (id),
        CONSTRAINT public_comment_rule_body_name_channel_uq UNIQUE (body_name, channel),
        CONSTRAINT public_comment_rule_channel_check CHECK (channel IN ('PHONE', 'IN_PERSON', 'WRITTEN')),
        CONSTRAINT public_comment_rule_opens_on_check CHECK (opens_on IN ('MEETING_DAY', 'DAY_BEFORE', 'MONDAY_BEFORE')),
        CONSTRAINT public_comment_rule_closes_on_check CHECK (closes_on IN ('MEETING_DAY', 'DAY_BEFORE', 'MONDAY_BEFORE')),
        CONSTRAINT public_comment_rule_opens_at_check CHECK (opens_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        CONSTRAINT public_comment_rule_closes_at_check CHECK (closes_at IS NULL OR closes_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
      );
      CREATE TABLE call_script_template (
        language text NOT NULL,
        template text NOT NULL,
        updated_by text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT call_script_template_pkey PRIMARY KEY (language),
        CONSTRAINT call_script_template_language_check CHECK (language IN ('en', 'es'))
      );
    `);
    await q.query(
      `INSERT INTO public_comment_rule (body_name, channel, opens_on, opens_at, closes_on, closes_at, phone, email, how_en, how_es, source, checked_on, sort)
       VALUES
       ('City Council', 'PHONE', 'MONDAY_BEFORE', '00:01', 'DAY_BEFORE', '08:00', '(312) 744-6800', NULL,
        $1, $2, $7, '2026-12-01', 1),
       ('City Council', 'IN_PERSON', 'MEETING_DAY', '08:00', 'MEETING_DAY', NULL, NULL, NULL,
        $3, $4, $7, '2026-12-01', 2),
       ('City Council', 'WRITTEN', 'MEETING_DAY', '08:00', 'MEETING_DAY', '09:00', NULL, 'public_comments@cityofchicago.org',
        $5, $6, $7, '2026-12-01', 3)`,
      [
        'Call (312) 744-6800 and leave your name and telephone number. Between 10:00 AM and 2:00 PM the day before the meeting the Sergeant-at-Arms calls each selected speaker once (no live answer forfeits the slot) with a dial-in number and passcode; at 10:00 AM on the meeting day, call in from the number you gave and wait to be called. Public comment is the first 30 minutes of the meeting, at most 3 minutes per speaker.',
        'Llame al (312) 744-6800 y deje su nombre y número de teléfono. Entre las 10:00 a.m. y las 2:00 p.m. del día anterior a la reunión, el Sargento de Armas llama una sola vez a cada persona seleccionada (si nadie contesta, pierde el turno) con un número de acceso y una clave; a las 10:00 a.m. del día de la reunión, llame desde el número que dio y espere su turno. El comentario público ocupa los primeros 30 minutos de la reunión, con un máximo de 3 minutos por persona.',
        'Sign up with security on the ground floor of City Hall, 121 N LaSalle St, on the day of the meeting; organisers advise arriving between 8 and 9 AM to get a seat in the chamber. Public comment is the first 30 minutes of the meeting, at most 3 minutes per speaker.',
        'Inscríbase con el personal de seguridad en la planta baja del Ayuntamiento, 121 N LaSalle St, el día de la reunión; los organizadores recomiendan llegar entre las 8 y las 9 a.m. para conseguir asiento en la sala. El comentario público ocupa los primeros 30 minutos de la reunión, con un máximo de 3 minutos por persona.',
        'E-mail a comment of at most two pages to public_comments@cityofchicago.org between 8:00 and 9:00 AM on the day of the meeting.',
        'Envíe un comentario de dos páginas como máximo a public_comments@cityofchicago.org entre las 8:00 y las 9:00 a.m. del día de la reunión.',
        SOURCE,
      ],
    );
    await q.query(`INSERT INTO call_script_template (language, template) VALUES ('en', $1), ('es', $2)`, [
      'Hello, my name is ____ and I live in the ward. I am calling about {recordNumber}, “{title}”, which {decider} is expected to take up {when}. I ask the alder to ____ (support / oppose) it. Please let me know how the alder will vote. Thank you.',
      'Hola, me llamo ____ y vivo en el distrito. Llamo por el asunto {recordNumber}, “{title}”, que {decider} tiene previsto tratar {when}. Pido al concejal que lo ____ (apoye / rechace). Por favor, díganme cómo votará. Gracias.',
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE call_script_template; DROP TABLE public_comment_rule;`);
  }
}
