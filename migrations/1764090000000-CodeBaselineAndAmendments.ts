import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Municipal Code baseline (immutable chapter and section versions), the text read from matters'
 * legislation attachments, amendments applied against the baseline, and a cache of computed diffs
 * keyed by the content hashes of their two sides (so a diff is computed only when an input changes).
 */
export class CodeBaselineAndAmendments1764090000000 implements MigrationInterface {
  name = 'CodeBaselineAndAmendments1764090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE code_chapter (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        number text NOT NULL,
        title text,
        source_urls text[] NOT NULL DEFAULT '{}',
        tracked boolean NOT NULL DEFAULT true,
        last_checked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT code_chapter_pkey PRIMARY KEY (id),
        CONSTRAINT code_chapter_number_uq UNIQUE (number)
      );

      CREATE TABLE code_section_version (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        chapter_id uuid NOT NULL,
        number text NOT NULL,
        heading text NOT NULL,
        body text NOT NULL,
        paragraphs jsonb NOT NULL,
        history_note text,
        history jsonb NOT NULL DEFAULT '[]',
        content_hash text NOT NULL,
        source_url text,
        fetched_at timestamptz NOT NULL,
        CONSTRAINT code_section_version_pkey PRIMARY KEY (id),
        CONSTRAINT code_section_version_chapter_fk FOREIGN KEY (chapter_id) REFERENCES code_chapter (id) ON DELETE CASCADE
      );
      CREATE INDEX code_section_version_number_idx ON code_section_version (number, fetched_at DESC);

      CREATE TABLE code_chapter_version (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        chapter_id uuid NOT NULL,
        version integer NOT NULL,
        title text,
        content_hash text NOT NULL,
        source_urls text[] NOT NULL,
        fetched_at timestamptz NOT NULL,
        section_ids uuid[] NOT NULL,
        CONSTRAINT code_chapter_version_pkey PRIMARY KEY (id),
        CONSTRAINT code_chapter_version_chapter_fk FOREIGN KEY (chapter_id) REFERENCES code_chapter (id) ON DELETE CASCADE,
        CONSTRAINT code_chapter_version_uq UNIQUE (chapter_id, version)
      );
      CREATE INDEX code_chapter_version_fetched_idx ON code_chapter_version (chapter_id, fetched_at DESC);

      CREATE TABLE matter_document (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        matter_id uuid NOT NULL,
        url text NOT NULL,
        file_name text,
        content_type text,
        byte_hash text NOT NULL,
        byte_length integer NOT NULL,
        format text NOT NULL,
        pages integer,
        paragraphs jsonb NOT NULL,
        plain_text text NOT NULL,
        fetched_at timestamptz NOT NULL,
        CONSTRAINT matter_document_pkey PRIMARY KEY (id),
        CONSTRAINT matter_document_matter_fk FOREIGN KEY (matter_id) REFERENCES matter (id) ON DELETE CASCADE,
        CONSTRAINT matter_document_uq UNIQUE (matter_id, url, byte_hash)
      );

      CREATE TABLE amendment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        matter_id uuid NOT NULL,
        document_id uuid NOT NULL,
        baseline_key text NOT NULL,
        chapter_version_ids uuid[] NOT NULL,
        effective_date text,
        unparsed jsonb NOT NULL DEFAULT '[]',
        computed_at timestamptz NOT NULL,
        CONSTRAINT amendment_pkey PRIMARY KEY (id),
        CONSTRAINT amendment_matter_fk FOREIGN KEY (matter_id) REFERENCES matter (id) ON DELETE CASCADE,
        CONSTRAINT amendment_document_fk FOREIGN KEY (document_id) REFERENCES matter_document (id) ON DELETE CASCADE,
        CONSTRAINT amendment_uq UNIQUE (document_id, baseline_key)
      );
      CREATE INDEX amendment_matter_idx ON amendment (matter_id, computed_at DESC);

      CREATE TABLE text_diff (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        from_hash text NOT NULL,
        to_hash text NOT NULL,
        algorithm_version integer NOT NULL,
        algorithm text NOT NULL,
        hunks jsonb NOT NULL,
        inserted_words integer NOT NULL,
        deleted_words integer NOT NULL,
        truncated boolean NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT text_diff_pkey PRIMARY KEY (id),
        CONSTRAINT text_diff_uq UNIQUE (from_hash, to_hash, algorithm_version)
      );

      CREATE TABLE amendment_section (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        amendment_id uuid NOT NULL,
        ordinal integer NOT NULL,
        ordinance_section integer NOT NULL,
        number text NOT NULL,
        change text NOT NULL,
        heading text NOT NULL,
        base_text text,
        amended_text text,
        base_text_matches boolean,
        applied boolean NOT NULL,
        mismatches jsonb NOT NULL DEFAULT '[]',
        marked jsonb NOT NULL,
        diff_id uuid,
        CONSTRAINT amendment_section_pkey PRIMARY KEY (id),
        CONSTRAINT amendment_section_amendment_fk FOREIGN KEY (amendment_id) REFERENCES amendment (id) ON DELETE CASCADE,
        CONSTRAINT amendment_section_diff_fk FOREIGN KEY (diff_id) REFERENCES text_diff (id),
        CONSTRAINT amendment_section_change_check CHECK (change IN ('AMENDED', 'ADDED', 'REPEALED')),
        CONSTRAINT amendment_section_uq UNIQUE (amendment_id, ordinal)
      );

      -- Chapter 2-173, the Welcoming City Ordinance, from the publisher's pages of its sections
      -- (American Legal Publishing node ids of 2-173-005, -020 and -030). More pages or chapters are
      -- added with the trackCodeChapter mutation.
      INSERT INTO code_chapter (number, title, source_urls) VALUES (
        '2-173', 'Welcoming City Ordinance',
        ARRAY[
          '/codes/chicago/latest/chicago_il/0-0-0-2605252',
          '/codes/chicago/latest/chicago_il/0-0-0-2605272',
          '/codes/chicago/latest/chicago_il/0-0-0-2605290'
        ]
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE amendment_section;
      DROP TABLE text_diff;
      DROP TABLE amendment;
      DROP TABLE matter_document;
      DROP TABLE code_chapter_version;
      DROP TABLE code_section_version;
      DROP TABLE code_chapter;
    `);
  }
}
