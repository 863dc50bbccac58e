import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over matters (record number, title) and the text of their documents.
 *
 * Each table gets a tsvector column kept by a BEFORE INSERT/UPDATE trigger, so text is indexed the moment a
 * row is written (a document as the worker reads it, a title as a sync upserts it) with no application code
 * to forget; existing rows are filled by the next migration. English stemming for words, record numbers
 * through 'simple'. A document's vector covers its first 1,000,000 characters; a pathological text whose
 * distinct words would overflow a tsvector (1 MB) falls back to its first 100,000 characters rather than
 * refusing the document.
 */
export class FullTextSearch1764202000000 implements MigrationInterface {
  name = 'FullTextSearch1764202000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION matter_search_vector(record_number text, original_record_number text, title text, short_title text, nickname_alias text)
        RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT setweight(to_tsvector('simple'::regconfig, coalesce(record_number, '') || ' ' || coalesce(original_record_number, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(short_title, '') || ' ' || coalesce(nickname_alias, '')), 'B')
      $fn$;

      CREATE FUNCTION document_search_vector(body text) RETURNS tsvector
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
      BEGIN
        RETURN setweight(to_tsvector('english'::regconfig, left(coalesce(body, ''), 1000000)), 'D');
      EXCEPTION WHEN program_limit_exceeded THEN
        RETURN setweight(to_tsvector('english'::regconfig, left(coalesce(body, ''), 100000)), 'D');
      END
      $fn$;

      CREATE FUNCTION matter_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.search_vector := matter_search_vector(NEW.record_number, NEW.original_record_number, NEW.title, NEW.short_title, NEW.nickname_alias);
        RETURN NEW;
      END
      $fn$;

      CREATE FUNCTION matter_document_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.search_vector := document_search_vector(NEW.plain_text);
        RETURN NEW;
      END
      $fn$;

      ALTER TABLE matter ADD COLUMN search_vector tsvector;
      CREATE TRIGGER matter_search_vector_trg
        BEFORE INSERT OR UPDATE OF record_number, original_record_number, title, short_title, nickname_alias, search_vector ON matter
        FOR EACH ROW EXECUTE FUNCTION matter_search_vector_trigger();
      CREATE INDEX matter_search_vector_idx ON matter USING gin (search_vector);

      ALTER TABLE matter_document ADD COLUMN search_vector tsvector;
      CREATE TRIGGER matter_document_search_vector_trg
        BEFORE INSERT OR UPDATE OF plain_text, search_vector ON matter_document
        FOR EACH ROW EXECUTE FUNCTION matter_document_search_vector_trigger();
      CREATE INDEX matter_document_search_vector_idx ON matter_document USING gin (search_vector);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER matter_document_search_vector_trg ON matter_document;
      DROP INDEX matter_document_search_vector_idx;
      ALTER TABLE matter_document DROP COLUMN search_vector;
      DROP TRIGGER matter_search_vector_trg ON matter;
      DROP INDEX matter_search_vector_idx;
      ALTER TABLE matter DROP COLUMN search_vector;
      DROP FUNCTION matter_document_search_vector_trigger();
      DROP FUNCTION matter_search_vector_trigger();
      DROP FUNCTION document_search_vector(text);
      DROP FUNCTION matter_search_vector(text, text, text, text, text);
    `);
  }
}
