import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether any tracking rule matches a matter, stored on the row: `tracked: true` and `/` list the newest tracked
 * matters, and testing every rule on every row while walking the listing (a regular expression and an ILIKE per
 * rule) cost 50–200 ms a page at 200,000 matters with 1 in 200 tracked. A partial index now reads 21 entries.
 *
 * The match is RULE_MATCHES_MATTER (libs/legislation tracking-match.sql.ts), copied here as it stood: a matter's
 * flag is recomputed when its record numbers or title change, and a rule's insert, update or delete recomputes the
 * matters it matches (found through the trigram and record-number indexes). Rules change rarely; the write path
 * pays one EXISTS over the rules per inserted or retitled matter.
 */
const RULE_MATCHES_MATTER = `(
  (r.kind = 'record_number' AND (m.record_number = r.value OR m.original_record_number = r.value))
  OR (r.kind = 'code_chapter' AND m.title ~ ('(^|[^0-9-])' || r.value || '($|[^0-9])'))
  OR (r.kind = 'title_keyword' AND m.title ILIKE '%' || replace(replace(replace(r.value, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')
)`;

export class MatterTrackedFlag1764206500001 implements MigrationInterface {
  name = 'MatterTrackedFlag1764206500001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE matter ADD COLUMN tracked boolean NOT NULL DEFAULT false;

      CREATE FUNCTION matter_tracked_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        SELECT EXISTS (SELECT 1 FROM tracking_rule r WHERE ${RULE_MATCHES_MATTER.replace(/\bm\./g, 'NEW.')}) INTO NEW.tracked;
        RETURN NEW;
      END $fn$;
      -- "tracked" is in the list so that touching it (the rule triggers below) recomputes it.
      CREATE TRIGGER matter_tracked_trg BEFORE INSERT OR UPDATE OF record_number, original_record_number, title, tracked
        ON matter FOR EACH ROW EXECUTE FUNCTION matter_tracked_trigger();

      CREATE FUNCTION tracking_rule_tracked_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE matter m SET tracked = m.tracked FROM (SELECT OLD.kind AS kind, OLD.value AS value) r
           WHERE m.tracked AND ${RULE_MATCHES_MATTER};
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          UPDATE matter m SET tracked = m.tracked FROM (SELECT NEW.kind AS kind, NEW.value AS value) r
           WHERE NOT m.tracked AND ${RULE_MATCHES_MATTER};
        END IF;
        RETURN NULL;
      END $fn$;
      CREATE TRIGGER tracking_rule_tracked_trg AFTER INSERT OR UPDATE OR DELETE
        ON tracking_rule FOR EACH ROW EXECUTE FUNCTION tracking_rule_tracked_trigger();

      CREATE FUNCTION tracking_rule_truncated_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE matter SET tracked = false WHERE tracked;
        RETURN NULL;
      END $fn$;
      CREATE TRIGGER tracking_rule_truncated_trg AFTER TRUNCATE
        ON tracking_rule FOR EACH STATEMENT EXECUTE FUNCTION tracking_rule_truncated_trigger();

      UPDATE matter m SET tracked = true WHERE EXISTS (SELECT 1 FROM tracking_rule r WHERE ${RULE_MATCHES_MATTER});
      CREATE INDEX matter_tracked_listing_idx ON matter (introduction_date DESC NULLS LAST, id DESC) WHERE tracked;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER tracking_rule_truncated_trg ON tracking_rule;
      DROP FUNCTION tracking_rule_truncated_trigger();
      DROP TRIGGER tracking_rule_tracked_trg ON tracking_rule;
      DROP FUNCTION tracking_rule_tracked_trigger();
      DROP TRIGGER matter_tracked_trg ON matter;
      DROP FUNCTION matter_tracked_trigger();
      DROP INDEX matter_tracked_listing_idx;
      ALTER TABLE matter DROP COLUMN tracked;
    `);
  }
}
