import { Injectable } from '@nestjs/common';
import { TrackingRuleEntity, TrackingRuleKind } from '../entities/tracking-rule.entity';
import { LegislationErrorCode, LegislationException } from '../legislation.exception';
import { TrackingRepository } from '../repositories/tracking.repository';
import { normalizeRecordNumber } from '../types/clean.util';
import { RECORD_NUMBER } from './matter-query.service';

export type TrackingRuleRecord = TrackingRuleEntity;
export type { TrackingRuleKind };

const CHAPTER = /^\d{1,2}-\d{1,3}$/;

/** @description The watchlist and the rules that track new matters automatically; rules are data. */
@Injectable()
export class TrackingService {
  constructor(private readonly rules: TrackingRepository) {}

  list(): Promise<TrackingRuleRecord[]> {
    return this.rules.list();
  }

  async create(kind: TrackingRuleKind, rawValue: string, note: string | null, operator: string): Promise<TrackingRuleRecord> {
    const value = normalizeRuleValue(kind, rawValue);
    const rule = await this.rules.create(kind, value, note, operator);
    if (!rule)
      throw new LegislationException(LegislationErrorCode.TRACKING_RULE_EXISTS, `A ${kind} rule for "${value}" already exists`, {
        kind,
        value,
      });
    return rule;
  }

  async delete(id: string): Promise<void> {
    if (!(await this.rules.delete(id)))
      throw new LegislationException(LegislationErrorCode.TRACKING_RULE_NOT_FOUND, `No tracking rule ${id}`, { id });
  }

  rulesByMatterIds(ids: string[]) {
    return this.rules.rulesByMatterIds(ids);
  }
}

/**
 * A rule's value in its stored form, or INVALID_TRACKING_RULE: a record number (upper-cased), a Municipal Code
 * chapter such as 2-173, or title words (3 to 100 characters). E-mail alerts take the same three kinds.
 */
export function normalizeRuleValue(kind: TrackingRuleKind, raw: string): string {
  const v = raw.trim();
  const bad = (why: string) =>
    new LegislationException(LegislationErrorCode.INVALID_TRACKING_RULE, `Invalid ${kind} "${raw}": ${why}`, { kind, value: raw });
  switch (kind) {
    case 'record_number': {
      const n = normalizeRecordNumber(v);
      if (!RECORD_NUMBER.test(n)) throw bad('expected a record number such as O2023-0004222');
      return n;
    }
    case 'code_chapter':
      if (!CHAPTER.test(v)) throw bad('expected a Municipal Code chapter such as 2-173');
      return v;
    case 'title_keyword':
      if (v.length < 3 || v.length > 100) throw bad('keywords are 3 to 100 characters');
      return v;
  }
}
