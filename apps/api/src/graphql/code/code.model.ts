import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@ObjectType({ description: 'One paragraph of a section, with its outline marker: (a) level 1, (1) level 2, (A) level 3, (i) level 4.' })
export class CodeParagraph {
  @Field(() => String, { nullable: true }) marker: string | null;
  @Field(() => Int) level: number;
  @Field(() => String) text: string;
}

@ObjectType({ description: 'One entry of a history note, e.g. "Amend Coun. J. 1-27-21, p. 26741, Art. I, § 1".' })
export class CodeHistoryEntry {
  @Field(() => String, { description: 'added, amended, renumbered, repealed, corrected or other.' }) action: string;
  @Field(() => String, { nullable: true, description: 'Council Journal date, YYYY-MM-DD.' }) date: string | null;
  @Field(() => String, { nullable: true }) journalPage: string | null;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field(() => String) raw: string;
}

@ObjectType({ description: 'A section of the Municipal Code as stored at one time (immutable).' })
export class CodeSection {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'section:<id>, for diff(from, to).' }) textRef: string;
  @Field(() => String) number: string;
  @Field(() => String) heading: string;
  @Field(() => String, { description: 'The body, one paragraph per line (no heading, no history note).' }) text: string;
  @Field(() => [CodeParagraph]) paragraphs: CodeParagraph[];
  @Field(() => String, { nullable: true }) historyNote: string | null;
  @Field(() => [CodeHistoryEntry]) history: CodeHistoryEntry[];
  @Field(() => GraphQLISODateTime, { description: 'When this wording was first read.' }) fetchedAt: Date;
  @Field(() => String, { nullable: true }) sourceUrl: string | null;
  @Field(() => String, { description: 'Link to the section on the tracker’s code page.' }) permalink: string;
}

@ObjectType({ description: 'An immutable state of a chapter, stored only when its normalised text changed.' })
export class CodeChapterVersion {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'chapter:<id>, for diff(from, to).' }) textRef: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => GraphQLISODateTime) fetchedAt: Date;
  @Field(() => [String]) sourceUrls: string[];
  sectionIds: string[];
}

@ObjectType({ description: 'A tracked chapter of the Municipal Code of Chicago.' })
export class CodeChapter {
  @Field(() => ID) id: string;
  @Field(() => String) number: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => Boolean) tracked: boolean;
  @Field(() => [String], { description: 'Publisher pages the chapter is read from.' }) sourceUrls: string[];
  @Field(() => GraphQLISODateTime, { nullable: true }) lastCheckedAt: Date | null;
}

@InputType()
export class TrackCodeChapterInput {
  @Field(() => String, { description: 'e.g. 2-173' })
  @Matches(/^\d{1,2}[A-Z]?-\d{1,3}[A-Z]?$/, { message: 'number must be a chapter number such as 2-173' })
  number: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @Field(() => [String], {
    description:
      'Pages of the chapter or its sections in the code library, as paths (/codes/chicago/latest/chicago_il/0-0-0-2605272) or URLs on CODE_LIBRARY_BASE_URL.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @Matches(/^(\/|https:\/\/)[^\s]+$/, { each: true, message: 'each source must be a path or an https URL' })
  sourceUrls: string[];
}
