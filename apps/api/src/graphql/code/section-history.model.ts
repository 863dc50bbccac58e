import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BaseTextMismatch } from './amendment.model';
import { CodeHistoryEntry, CodeParagraph } from './code.model';
import { DiffHunk } from './diff.model';

export enum HistoryStepStatus {
  VERIFIED = 'VERIFIED',
  NO_DATE = 'NO_DATE',
  NO_RECORD = 'NO_RECORD',
  NO_DOCUMENT = 'NO_DOCUMENT',
  NOT_IN_DOCUMENT = 'NOT_IN_DOCUMENT',
  MISMATCH = 'MISMATCH',
}
registerEnumType(HistoryStepStatus, {
  name: 'HistoryStepStatus',
  description:
    'VERIFIED: the ordinance’s new reading equals the later text and was undone. The others break the chain: NO_DATE (the citation has no Journal date), NO_RECORD (no matter passed that day naming the chapter), NO_DOCUMENT (no file of the matter has been read), NOT_IN_DOCUMENT (its file does not amend or add the section), MISMATCH (its new reading differs from the later text).',
});

@ObjectType({ description: 'A matter that passed on a history note’s Journal date and names the section’s chapter.' })
export class Enactment {
  @Field(() => String) recordNumber: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { description: 'The Chicago day it passed, YYYY-MM-DD.' }) passedOn: string;
  @Field(() => String, { description: 'Its page on this site.' }) url: string;
}

@ObjectType({ description: 'One citation of the history note, undone (or not) by its enacting ordinance.' })
export class CodeHistoryStep {
  @Field(() => CodeHistoryEntry) entry: CodeHistoryEntry;
  @Field(() => HistoryStepStatus) status: HistoryStepStatus;
  @Field(() => Enactment, { nullable: true, description: 'The matter taken as enacting it; null when none passed that day.' })
  enactment: Enactment | null;
  @Field(() => [Enactment], { description: 'Every matter that passed that day naming the chapter.' }) candidates: Enactment[];
  @Field(() => [BaseTextMismatch], { description: 'For MISMATCH: where the ordinance’s new reading and the later text part.' })
  mismatches: BaseTextMismatch[];
  @Field(() => Boolean, { description: 'The ordinance added the section: nothing older exists.' }) addedSection: boolean;
}

@ObjectType({ description: 'One wording of the section, newest first; the first is the current stored text.' })
export class CodeSectionHistoryVersion {
  @Field(() => String) heading: string;
  @Field(() => String, { description: 'The body, one paragraph a line.' }) text: string;
  @Field(() => [CodeParagraph]) paragraphs: CodeParagraph[];
  @Field(() => String, { nullable: true, description: 'The Journal date of the citation that produced this wording.' })
  since: string | null;
  @Field(() => Enactment, { nullable: true, description: 'The ordinance that produced this wording.' }) enactedBy: Enactment | null;
  @Field(() => HistoryStepStatus, { nullable: true, description: 'How that citation was checked; null for the oldest wording known.' })
  status: HistoryStepStatus | null;
  @Field(() => [DiffHunk], {
    nullable: true,
    description:
      'Word diff from the previous wording (from the empty text when the ordinance added the section); null when the previous wording is unknown.',
  })
  redline: DiffHunk[] | null;
  @Field(() => Int) insertedWords: number;
  @Field(() => Int) deletedWords: number;
}

@ObjectType({ description: 'A run of the current text and the ordinance that introduced it.' })
export class AttributedPassage {
  @Field(() => String) text: string;
  @Field(() => Enactment, { nullable: true, description: 'Null: older than the rebuilt chain.' }) enactment: Enactment | null;
  @Field(() => String, {
    nullable: true,
    description: 'When it was introduced (Journal date); for a null enactment, the date by which it was written.',
  })
  date: string | null;
}

@ObjectType({ description: 'The history of a Municipal Code section, rebuilt from its history note and the ordinances’ marked text.' })
export class CodeSectionHistory {
  @Field(() => String) number: string;
  @Field(() => String) chapterNumber: string;
  @Field(() => String) heading: string;
  @Field(() => [CodeSectionHistoryVersion]) versions: CodeSectionHistoryVersion[];
  @Field(() => [CodeHistoryStep], { description: 'Newest first, up to and including the first one that is not VERIFIED.' })
  steps: CodeHistoryStep[];
  @Field(() => Boolean, { description: 'Every citation was undone back to the ordinance that added the section.' }) complete: boolean;
  @Field(() => CodeHistoryStep, { nullable: true, description: 'Where the chain breaks: the first citation that could not be undone.' })
  broken: CodeHistoryStep | null;
  @Field(() => [AttributedPassage], { description: '"Who wrote this": the current text, passage by passage.' })
  attribution: AttributedPassage[];
  @Field(() => String, { description: 'The history page of the section.' }) permalink: string;
}
