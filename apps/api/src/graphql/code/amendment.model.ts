import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CodeChapterVersion } from './code.model';
import { DiffHunk } from './diff.model';

export enum AmendmentChange {
  AMENDED = 'AMENDED',
  ADDED = 'ADDED',
  REPEALED = 'REPEALED',
}
registerEnumType(AmendmentChange, { name: 'AmendmentChange' });

export enum TextMark {
  NONE = 'none',
  STRIKE = 'strike',
  UNDERLINE = 'underline',
}
registerEnumType(TextMark, {
  name: 'TextMark',
  description: 'STRIKE: deleted by the ordinance; UNDERLINE: inserted (Chicago drafting convention).',
});

export enum DifferingWordOp {
  MISSING = 'missing',
  UNEXPECTED = 'unexpected',
}
registerEnumType(DifferingWordOp, {
  name: 'DifferingWordOp',
  description: 'MISSING: in the code but not in the ordinance’s base text; UNEXPECTED: in the ordinance but not in the code.',
});

@ObjectType()
export class MarkedRun {
  @Field(() => String) text: string;
  @Field(() => TextMark) mark: TextMark;
}

@ObjectType({ description: 'A paragraph as the ordinance drafts it.' })
export class DraftedParagraph {
  @Field(() => [MarkedRun]) runs: MarkedRun[];
  @Field(() => Boolean, { description: 'An "(Omitted text is not affected by this ordinance)" marker stands before it.' })
  omittedBefore: boolean;
}

@ObjectType()
export class DifferingWord {
  @Field(() => DifferingWordOp) op: DifferingWordOp;
  @Field(() => String) text: string;
}

@ObjectType({ description: 'A paragraph whose unmarked and struck words do not equal the current code.' })
export class BaseTextMismatch {
  @Field(() => Int) paragraphIndex: number;
  @Field(() => String, { description: 'The code’s wording (empty when the code has no such paragraph or section).' }) expected: string;
  @Field(() => String, { description: 'The ordinance’s base wording (unmarked + struck).' }) found: string;
  @Field(() => [DifferingWord]) differingWords: DifferingWord[];
}

@ObjectType({ description: 'One section the ordinance amends, adds or repeals.' })
export class AmendmentSection {
  @Field(() => String) number: string;
  @Field(() => AmendmentChange) change: AmendmentChange;
  @Field(() => String) heading: string;
  @Field(() => Int, { description: 'The ordinance’s own SECTION number.' }) ordinanceSection: number;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Unmarked plus struck text equals the current code. Null when no baseline of the chapter is stored.',
  })
  baseTextMatches: boolean | null;
  @Field(() => Boolean, { description: 'False when the base-text check failed: the amendment is never applied over a mismatch.' })
  applied: boolean;
  @Field(() => [BaseTextMismatch]) mismatches: BaseTextMismatch[];
  @Field(() => String, { nullable: true, description: 'The section as the code reads now.' }) baseText: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The section as it would read if the ordinance passed (null when repealed or not applied).',
  })
  amendedText: string | null;
  @Field(() => [DiffHunk], { description: 'Word-level diff, baseText → amendedText ([] when not applied).' }) hunks: DiffHunk[];
  @Field(() => [MarkedRun]) draftedHeading: MarkedRun[];
  @Field(() => [DraftedParagraph], { description: 'The section as drafted, with its struck and underlined runs.' })
  drafted: DraftedParagraph[];
  @Field(() => Boolean) omittedAfter: boolean;
  @Field(() => String, { description: 'Link to the section on the redline page.' }) permalink: string;
  diffId: string | null;
}

@ObjectType({ description: 'The legislation file an amendment was read from.' })
export class AmendmentDocument {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'document:<id>, for diff(from, to) (e.g. substitute versus original).' }) textRef: string;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => String) url: string;
  @Field(() => String) format: string;
  @Field(() => Int, { nullable: true }) pages: number | null;
  @Field(() => GraphQLISODateTime) fetchedAt: Date;
}

@ObjectType({ description: 'What an ordinance would change in the Municipal Code, read from its legislation file.' })
export class Amendment {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'amendment:<id>: the chapters as amended, for diff(from, to).' }) textRef: string;
  @Field(() => String) recordNumber: string;
  @Field(() => AmendmentDocument) document: AmendmentDocument;
  @Field(() => GraphQLISODateTime) computedAt: Date;
  @Field(() => String, { nullable: true, description: 'The closing effective-date section, as written.' }) effectiveDate: string | null;
  @Field(() => Boolean, { description: 'Every checkable section passed the base-text check.' }) baseTextMatches: boolean;
  @Field(() => [AmendmentSection]) sections: AmendmentSection[];
  @Field(() => [String], { description: 'Ordinance sections that are not code instructions (kept for display).' }) otherSections: string[];
  @Field(() => [CodeChapterVersion], { description: 'The code versions it was applied to.' }) baseline: CodeChapterVersion[];
  @Field(() => String) redlineUrl: string;
}
