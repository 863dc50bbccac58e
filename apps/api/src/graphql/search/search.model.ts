import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../common/page-info.model';
import { Matter } from '../legislation/matter.model';

@ObjectType({ description: 'A run of text in a search result; highlighted runs are what the query matched.' })
export class SnippetPart {
  @Field(() => String) text: string;
  @Field(() => Boolean) highlighted: boolean;
}

@ObjectType({ description: 'The document a snippet was taken from (a legislation attachment read by the worker).' })
export class SearchDocument {
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => String, { description: 'Where eLMS publishes the file.' }) url: string;
}

@ObjectType({ description: 'A matter found by full-text search.' })
export class SearchResult {
  @Field(() => Matter) matter: Matter;

  @Field(() => Float, { description: 'Relevance (title matches weigh more than document matches); results come highest first.' })
  rank: number;

  @Field(() => [SnippetPart], { description: 'The title, with matched words highlighted.' })
  title: SnippetPart[];

  @Field(() => [SnippetPart], {
    description:
      'Up to two fragments of the best-matching document around the matches (joined by " … "); empty when only the title matched.',
  })
  snippet: SnippetPart[];

  @Field(() => SearchDocument, { nullable: true, description: 'The document the snippet comes from.' })
  document: SearchDocument | null;
}

@ObjectType()
export class SearchResultEdge {
  @Field(() => SearchResult) node: SearchResult;
  @Field(() => String) cursor: string;
}

@ObjectType()
export class SearchResultConnection {
  @Field(() => [SearchResultEdge]) edges: SearchResultEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many matters match the query and filter in all.' }) totalCount: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Set when more titles match than are ranked: the results are the best of this many most recently introduced title matches, with every document and record-number match. Null when every match is ranked. A narrower query or a filter (e.g. introducedFrom) reaches older matters.',
  })
  rankedWindow: number | null;

  @Field(() => Boolean, {
    description:
      'True when totalCount is an estimate from the database statistics rather than a count (only with rankedWindow: counting every match of a very common word is what the window avoids). The CSV and JSON exports list every match.',
  })
  totalCountIsEstimate: boolean;
}
