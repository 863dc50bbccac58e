import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ScriptLanguage } from '../take-action/call-script';
import type { PublicCommentRule } from '../take-action/public-comment-rule';

export interface CallScriptTemplateRow {
  language: ScriptLanguage;
  template: string;
  updatedBy: string | null;
  updatedAt: Date;
}

export type PublicCommentRuleRow = PublicCommentRule & { updatedBy: string | null; updatedAt: Date };

const RULE_COLUMNS = `id, body_name AS "bodyName", channel, opens_on AS "opensOn", opens_at AS "opensAt", closes_on AS "closesOn",
  closes_at AS "closesAt", phone, email, how_en AS "howEn", how_es AS "howEs", source, to_char(checked_on, 'YYYY-MM-DD') AS "checkedOn",
  sort, updated_by AS "updatedBy", updated_at AS "updatedAt"`;

/** The take-action data operators edit: public-comment rules and call script templates. */
@Injectable()
export class TakeActionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Rules for the given bodies (all when omitted), in display order. */
  rules(bodyNames?: string[]): Promise<PublicCommentRuleRow[]> {
    return bodyNames
      ? this.dataSource.query(
          `SELECT ${RULE_COLUMNS} FROM public_comment_rule WHERE body_name = ANY($1::text[]) ORDER BY body_name, sort, channel`,
          [bodyNames],
        )
      : this.dataSource.query(`SELECT ${RULE_COLUMNS} FROM public_comment_rule ORDER BY body_name, sort, channel`);
  }

  /** Inserts or replaces the rule for (body, channel). */
  async saveRule(rule: Omit<PublicCommentRule, 'id'>, updatedBy: string | null, tx: EntityManager): Promise<PublicCommentRuleRow> {
    const [row] = await tx.query(
      `INSERT INTO public_comment_rule (body_name, channel, opens_on, opens_at, closes_on, closes_at, phone, email, how_en, how_es, source, checked_on, sort, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::date, $13, $14)
       ON CONFLICT (body_name, channel) DO UPDATE SET opens_on = EXCLUDED.opens_on, opens_at = EXCLUDED.opens_at,
         closes_on = EXCLUDED.closes_on, closes_at = EXCLUDED.closes_at, phone = EXCLUDED.phone, email = EXCLUDED.email,
         how_en = EXCLUDED.how_en, how_es = EXCLUDED.how_es, source = EXCLUDED.source, checked_on = EXCLUDED.checked_on,
         sort = EXCLUDED.sort, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING ${RULE_COLUMNS}`,
      [
        rule.bodyName,
        rule.channel,
        rule.opensOn,
        rule.opensAt,
        rule.closesOn,
        rule.closesAt,
        rule.phone,
        rule.email,
        rule.howEn,
        rule.howEs,
        rule.source,
        rule.checkedOn,
        rule.sort,
        updatedBy,
      ],
    );
    return row;
  }

  /** Deletes a rule; false when there was none. */
  async deleteRule(id: string, tx: EntityManager): Promise<boolean> {
    // A SELECT around the DELETE: drivers agree on what a SELECT returns, not on what a DELETE does.
    const [row] = await tx.query(
      `WITH d AS (DELETE FROM public_comment_rule WHERE id = $1 RETURNING id) SELECT count(*)::int AS n FROM d`,
      [id],
    );
    return row.n > 0;
  }

  templates(): Promise<CallScriptTemplateRow[]> {
    return this.dataSource.query(
      `SELECT language, template, updated_by AS "updatedBy", updated_at AS "updatedAt" FROM call_script_template ORDER BY language`,
    );
  }

  async saveTemplate(
    language: ScriptLanguage,
    template: string,
    updatedBy: string | null,
    tx: EntityManager,
  ): Promise<CallScriptTemplateRow> {
    const [row] = await tx.query(
      `INSERT INTO call_script_template (language, template, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (language) DO UPDATE SET template = EXCLUDED.template, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING language, template, updated_by AS "updatedBy", updated_at AS "updatedAt"`,
      [language, template, updatedBy],
    );
    return row;
  }
}
