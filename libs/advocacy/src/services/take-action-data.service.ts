import { bumpDataVersion, UnitOfWork } from '@app/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AdvocacyErrorCode, AdvocacyException } from '../advocacy.exception';
import { CallScriptTemplateRow, PublicCommentRuleRow, TakeActionRepository } from '../repositories/take-action.repository';
import { assertCallScriptTemplate, ScriptLanguage, SCRIPT_LANGUAGES } from '../take-action/call-script';
import { COMMENT_CHANNELS, DAY_ANCHORS, PublicCommentRule } from '../take-action/public-comment-rule';

export type PublicCommentRuleInput = Omit<PublicCommentRule, 'id'>;

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function invalid(message: string): AdvocacyException {
  return new AdvocacyException(AdvocacyErrorCode.INVALID_TAKE_ACTION_DATA, message, {});
}

/** Refuses a rule that would compute nonsense windows, or that lacks its source and checked date. */
export function assertRule(r: PublicCommentRuleInput): void {
  if (!r.bodyName.trim()) throw invalid('bodyName is the eLMS body of the meetings the rule is for ("City Council")');
  if (!(COMMENT_CHANNELS as readonly string[]).includes(r.channel)) throw invalid(`channel is one of ${COMMENT_CHANNELS.join(', ')}`);
  for (const anchor of [r.opensOn, r.closesOn])
    if (!(DAY_ANCHORS as readonly string[]).includes(anchor)) throw invalid(`opensOn and closesOn are one of ${DAY_ANCHORS.join(', ')}`);
  if (!TIME.test(r.opensAt) || (r.closesAt !== null && !TIME.test(r.closesAt)))
    throw invalid('opensAt and closesAt are Chicago times "HH:MM"');
  if (!DAY.test(r.checkedOn) || Number.isNaN(Date.parse(r.checkedOn)))
    throw invalid('checkedOn is the day the rule was checked, "YYYY-MM-DD"');
  if (!r.source.trim() || !r.howEn.trim() || !r.howEs.trim()) throw invalid('source, howEn and howEs are required');
  if (r.email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(r.email)) throw invalid('email is an e-mail address');
}

/**
 * @description The take-action data operators keep: public-comment rules (with the day each was
 * checked) and the call script templates. Validated here so a bad edit never reaches a page.
 */
@Injectable()
export class TakeActionDataService {
  constructor(
    private readonly data: TakeActionRepository,
    private readonly uow: UnitOfWork,
  ) {}

  /** A change the pages show: it commits with a new data version, so no cached page keeps the old text. */
  private change<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.uow.transaction(async (tx) => {
      const out = await work(tx);
      await bumpDataVersion(tx);
      return out;
    });
  }

  rules(): Promise<PublicCommentRuleRow[]> {
    return this.data.rules();
  }

  saveRule(input: PublicCommentRuleInput, operator: string | null): Promise<PublicCommentRuleRow> {
    assertRule(input);
    return this.change((tx) => this.data.saveRule({ ...input, bodyName: input.bodyName.trim() }, operator, tx));
  }

  async deleteRule(id: string): Promise<void> {
    if (!(await this.change((tx) => this.data.deleteRule(id, tx))))
      throw new AdvocacyException(AdvocacyErrorCode.PUBLIC_COMMENT_RULE_NOT_FOUND, `No public-comment rule ${id}`, { id });
  }

  templates(): Promise<CallScriptTemplateRow[]> {
    return this.data.templates();
  }

  saveTemplate(language: ScriptLanguage, template: string, operator: string | null): Promise<CallScriptTemplateRow> {
    if (!(SCRIPT_LANGUAGES as readonly string[]).includes(language)) throw invalid(`language is one of ${SCRIPT_LANGUAGES.join(', ')}`);
    assertCallScriptTemplate(template);
    return this.change((tx) => this.data.saveTemplate(language, template, operator, tx));
  }
}
