import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DiffOp {
  EQUAL = 'equal',
  INSERT = 'insert',
  DELETE = 'delete',
}
registerEnumType(DiffOp, { name: 'DiffOp' });

export enum SectionChangeKind {
  UNCHANGED = 'unchanged',
  AMENDED = 'amended',
  ADDED = 'added',
  REPEALED = 'repealed',
}
registerEnumType(SectionChangeKind, { name: 'SectionChangeKind' });

@ObjectType({
  description: 'A run of words that is the same on both sides, inserted, or deleted. Offsets are UTF-16 indexes into the two texts.',
})
export class DiffHunk {
  @Field(() => DiffOp) op: DiffOp;
  @Field(() => String) text: string;
  @Field(() => Int) fromStart: number;
  @Field(() => Int) fromEnd: number;
  @Field(() => Int) toStart: number;
  @Field(() => Int) toEnd: number;
}

@ObjectType({ description: 'The word-level diff of one section.' })
export class SectionDiff {
  @Field(() => String) number: string;
  @Field(() => String) heading: string;
  @Field(() => SectionChangeKind) change: SectionChangeKind;
  @Field(() => String, {
    description: 'words, lines-then-words (a large or dissimilar pair), identical or replace (the bound was hit: whole text replaced).',
  })
  algorithm: string;
  @Field(() => Boolean, { description: 'True when the work bound was hit and the section is shown as replaced whole.' }) truncated: boolean;
  @Field(() => Int) insertedWords: number;
  @Field(() => Int) deletedWords: number;
  @Field(() => [DiffHunk]) hunks: DiffHunk[];
}

@ObjectType()
export class StoredText {
  @Field(() => String, { description: 'Pass to diff(from, to).' }) ref: string;
  @Field(() => String) label: string;
}

@ObjectType({ description: 'A section-aware diff between two stored texts.' })
export class TextDiff {
  @Field(() => StoredText) from: StoredText;
  @Field(() => StoredText) to: StoredText;
  @Field(() => [SectionDiff]) sections: SectionDiff[];
}
