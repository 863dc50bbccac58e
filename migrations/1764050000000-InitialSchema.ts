import { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen raw SQL: never edit once merged; fix forward with a new migration. */
export class InitialSchema1764050000000 implements MigrationInterface {
  name = 'InitialSchema1764050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scrape_run (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        status text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        heartbeat_at timestamptz,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        cursor jsonb,
        requests integer NOT NULL DEFAULT 0,
        fetched integer NOT NULL DEFAULT 0,
        created integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        unchanged integer NOT NULL DEFAULT 0,
        total_expected integer,
        error_code text,
        error_message text,
        error_detail jsonb,
        warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
        CONSTRAINT scrape_run_pkey PRIMARY KEY (id),
        CONSTRAINT scrape_run_status_check CHECK (status IN ('running', 'succeeded', 'failed', 'interrupted'))
      );
      CREATE INDEX scrape_run_started_at_idx ON scrape_run (started_at DESC);
      CREATE INDEX scrape_run_kind_status_idx ON scrape_run (kind, status);

      CREATE TABLE raw_document (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        source text NOT NULL DEFAULT 'elms',
        kind text NOT NULL,
        source_id text NOT NULL,
        url text NOT NULL,
        fetched_at timestamptz NOT NULL,
        content_hash text NOT NULL,
        body_gzip bytea NOT NULL,
        byte_length integer NOT NULL,
        scrape_run_id uuid,
        CONSTRAINT raw_document_pkey PRIMARY KEY (id),
        CONSTRAINT raw_document_scrape_run_id_fkey FOREIGN KEY (scrape_run_id) REFERENCES scrape_run (id) ON DELETE SET NULL,
        CONSTRAINT raw_document_source_kind_source_id_content_hash_uq UNIQUE (source, kind, source_id, content_hash)
      );
      CREATE INDEX raw_document_scrape_run_id_idx ON raw_document (scrape_run_id);

      CREATE TABLE sync_state (
        key text NOT NULL,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sync_state_pkey PRIMARY KEY (key)
      );

      CREATE TABLE matter (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        matter_id text NOT NULL,
        record_number text NOT NULL,
        legacy_record_number text,
        file_year integer,
        type text,
        status text,
        sub_status text,
        status_description text,
        legacy_status text,
        title text,
        short_title text,
        nickname_alias text,
        filing_office text,
        filing_sponsor text,
        filing_sponsor_id text,
        introduction_date timestamptz,
        introduction_type text,
        final_action_date timestamptz,
        committee_referral text,
        controlling_body text,
        controlling_body_id text,
        matter_category text,
        routine text,
        key_legislation text,
        economic_disclosure text,
        agreed_calendar text,
        original_record_number text,
        superseded_by text,
        relations text[] NOT NULL DEFAULT '{}',
        record_create_date timestamptz,
        last_publication_date timestamptz,
        content_hash text NOT NULL,
        raw_document_id uuid,
        fetched_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT matter_pkey PRIMARY KEY (id),
        CONSTRAINT matter_matter_id_uq UNIQUE (matter_id),
        CONSTRAINT matter_raw_document_id_fkey FOREIGN KEY (raw_document_id) REFERENCES raw_document (id) ON DELETE SET NULL
      );
      CREATE INDEX matter_record_number_idx ON matter (record_number);
      CREATE INDEX matter_original_record_number_idx ON matter (original_record_number);
      CREATE INDEX matter_last_publication_date_idx ON matter (last_publication_date DESC);
      CREATE INDEX matter_introduction_date_idx ON matter (introduction_date);
      CREATE INDEX matter_status_idx ON matter (status);

      CREATE TABLE matter_action (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        matter_id uuid NOT NULL,
        history_id text,
        ordinal integer NOT NULL,
        action_date timestamptz,
        action_name text,
        action_text text,
        action_by_name text,
        journal_page text,
        meeting_id text,
        name text,
        sort integer,
        CONSTRAINT matter_action_pkey PRIMARY KEY (id),
        CONSTRAINT matter_action_matter_id_fkey FOREIGN KEY (matter_id) REFERENCES matter (id) ON DELETE CASCADE,
        CONSTRAINT matter_action_matter_id_ordinal_uq UNIQUE (matter_id, ordinal)
      );
      CREATE INDEX matter_action_history_id_idx ON matter_action (history_id);
      CREATE INDEX matter_action_action_name_idx ON matter_action (action_name);
      CREATE INDEX matter_action_meeting_id_idx ON matter_action (meeting_id);

      CREATE TABLE action_vote (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL,
        ordinal integer NOT NULL,
        person_id text,
        voter_name text,
        vote text,
        CONSTRAINT action_vote_pkey PRIMARY KEY (id),
        CONSTRAINT action_vote_action_id_fkey FOREIGN KEY (action_id) REFERENCES matter_action (id) ON DELETE CASCADE,
        CONSTRAINT action_vote_action_id_ordinal_uq UNIQUE (action_id, ordinal)
      );
      CREATE INDEX action_vote_person_id_idx ON action_vote (person_id);

      CREATE TABLE matter_sponsor (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        matter_id uuid NOT NULL,
        ordinal integer NOT NULL,
        person_id text,
        sponsor_name text,
        sponsor_type text,
        office text,
        CONSTRAINT matter_sponsor_pkey PRIMARY KEY (id),
        CONSTRAINT matter_sponsor_matter_id_fkey FOREIGN KEY (matter_id) REFERENCES matter (id) ON DELETE CASCADE,
        CONSTRAINT matter_sponsor_matter_id_ordinal_uq UNIQUE (matter_id, ordinal)
      );
      CREATE INDEX matter_sponsor_person_id_idx ON matter_sponsor (person_id);

      CREATE TABLE matter_attachment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        matter_id uuid NOT NULL,
        ordinal integer NOT NULL,
        file_name text,
        path text,
        attachment_type text,
        CONSTRAINT matter_attachment_pkey PRIMARY KEY (id),
        CONSTRAINT matter_attachment_matter_id_fkey FOREIGN KEY (matter_id) REFERENCES matter (id) ON DELETE CASCADE,
        CONSTRAINT matter_attachment_matter_id_ordinal_uq UNIQUE (matter_id, ordinal)
      );

      CREATE TABLE meeting (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        meeting_id text NOT NULL,
        meeting_code text,
        body_id text,
        body_name text,
        body_abbreviation text,
        status text,
        date timestamptz,
        location text,
        comment text,
        public_comment_deadline timestamptz,
        last_publication_date timestamptz,
        list_hash text,
        list_raw_document_id uuid,
        detail_hash text,
        detail_raw_document_id uuid,
        detail_fetched_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_pkey PRIMARY KEY (id),
        CONSTRAINT meeting_meeting_id_uq UNIQUE (meeting_id),
        CONSTRAINT meeting_list_raw_document_id_fkey FOREIGN KEY (list_raw_document_id) REFERENCES raw_document (id) ON DELETE SET NULL,
        CONSTRAINT meeting_detail_raw_document_id_fkey FOREIGN KEY (detail_raw_document_id) REFERENCES raw_document (id) ON DELETE SET NULL
      );
      CREATE INDEX meeting_date_idx ON meeting (date);
      CREATE INDEX meeting_body_id_idx ON meeting (body_id);

      CREATE TABLE meeting_file (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        ordinal integer NOT NULL,
        file_name text,
        path text,
        attachment_type text,
        sort integer,
        CONSTRAINT meeting_file_pkey PRIMARY KEY (id),
        CONSTRAINT meeting_file_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
        CONSTRAINT meeting_file_meeting_id_ordinal_uq UNIQUE (meeting_id, ordinal)
      );

      CREATE TABLE meeting_agenda_item (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        ordinal integer NOT NULL,
        group_title text,
        group_sort integer,
        matter_id text,
        record_number text,
        matter_title text,
        matter_type text,
        action_name text,
        action_text text,
        comment text,
        sort integer,
        has_votes boolean,
        vote_type text,
        CONSTRAINT meeting_agenda_item_pkey PRIMARY KEY (id),
        CONSTRAINT meeting_agenda_item_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
        CONSTRAINT meeting_agenda_item_meeting_id_ordinal_uq UNIQUE (meeting_id, ordinal)
      );
      CREATE INDEX meeting_agenda_item_matter_id_idx ON meeting_agenda_item (matter_id);
      CREATE INDEX meeting_agenda_item_record_number_idx ON meeting_agenda_item (record_number);

      CREATE TABLE meeting_attendance (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        ordinal integer NOT NULL,
        roll_name text,
        person_id text,
        voter_name text,
        vote text,
        CONSTRAINT meeting_attendance_pkey PRIMARY KEY (id),
        CONSTRAINT meeting_attendance_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
        CONSTRAINT meeting_attendance_meeting_id_ordinal_uq UNIQUE (meeting_id, ordinal)
      );

      CREATE TABLE body (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        body_id text NOT NULL,
        name text NOT NULL,
        body_type text,
        abbreviation text,
        description text,
        is_active boolean,
        last_publication_date timestamptz,
        content_hash text NOT NULL,
        raw_document_id uuid,
        fetched_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT body_pkey PRIMARY KEY (id),
        CONSTRAINT body_body_id_uq UNIQUE (body_id),
        CONSTRAINT body_raw_document_id_fkey FOREIGN KEY (raw_document_id) REFERENCES raw_document (id) ON DELETE SET NULL
      );

      CREATE TABLE body_member (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        body_id uuid NOT NULL,
        ordinal integer NOT NULL,
        person_id text,
        display_name text,
        ward text,
        member_type text,
        start_date timestamptz,
        end_date timestamptz,
        is_active boolean,
        CONSTRAINT body_member_pkey PRIMARY KEY (id),
        CONSTRAINT body_member_body_id_fkey FOREIGN KEY (body_id) REFERENCES body (id) ON DELETE CASCADE,
        CONSTRAINT body_member_body_id_ordinal_uq UNIQUE (body_id, ordinal)
      );
      CREATE INDEX body_member_person_id_idx ON body_member (person_id);

      CREATE TABLE person (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        person_id text NOT NULL,
        display_name text NOT NULL,
        ward text,
        email text,
        phone text,
        fax text,
        site text,
        address text,
        city text,
        state text,
        zip text,
        office_email text,
        office_phone text,
        office_fax text,
        office_site text,
        office_address text,
        office_city text,
        office_state text,
        office_zip text,
        photo text,
        is_active boolean,
        last_publication_date timestamptz,
        content_hash text NOT NULL,
        raw_document_id uuid,
        fetched_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT person_pkey PRIMARY KEY (id),
        CONSTRAINT person_person_id_uq UNIQUE (person_id),
        CONSTRAINT person_raw_document_id_fkey FOREIGN KEY (raw_document_id) REFERENCES raw_document (id) ON DELETE SET NULL
      );
      CREATE INDEX person_ward_idx ON person (ward);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE person;
      DROP TABLE body_member;
      DROP TABLE body;
      DROP TABLE meeting_attendance;
      DROP TABLE meeting_agenda_item;
      DROP TABLE meeting_file;
      DROP TABLE meeting;
      DROP TABLE matter_attachment;
      DROP TABLE matter_sponsor;
      DROP TABLE action_vote;
      DROP TABLE matter_action;
      DROP TABLE matter;
      DROP TABLE sync_state;
      DROP TABLE raw_document;
      DROP TABLE scrape_run;
    `);
  }
}
