import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({ description: "One alder's vote in a roll call, as eLMS records it." })
export class Vote {
  @Field(() => String, { nullable: true, description: 'eLMS person id (GUID) of the voter.' })
  personId: string | null;

  @Field(() => String, { nullable: true, description: 'Voter name, trimmed ("Lopez, Raymond A.").' })
  voterName: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Verbatim eLMS value: Yea, Nay, Present, Recused, Abstain, Absent, Excused, Rising Vote, Vacant; null when eLMS gives none.',
  })
  vote: string | null;

  @Field(() => String, { nullable: true })
  ward?: string | null;
}

@ObjectType({ description: "A step in a matter's history (eLMS action)." })
export class MatterAction {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'eLMS historyId.' })
  historyId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'eLMS stores this as local midnight (America/Chicago) in UTC.' })
  date: Date | null;

  @Field(() => String, { nullable: true, description: 'Verbatim action name, e.g. "Referred", "Passed", "Failed to Pass".' })
  name: string | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => String, { nullable: true, description: 'Acting body as eLMS records it (often missing or wrong, per scrapers).' })
  byName: string | null;

  @Field(() => String, { nullable: true })
  journalPage: string | null;

  @Field(() => String, { nullable: true })
  meetingId: string | null;

  @Field(() => Int, { nullable: true })
  sort: number | null;

  @Field(() => [Vote], { description: 'Roll call, in eLMS order; empty when the action had no recorded vote.' })
  votes?: Vote[];
}

@ObjectType()
export class Sponsor {
  @Field(() => String, { nullable: true })
  personId: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Sponsor or Co-Sponsor, verbatim.' })
  type: string | null;

  @Field(() => String, { nullable: true, description: 'Office (ward number for alders).' })
  office: string | null;
}

@ObjectType()
export class Attachment {
  @Field(() => String, { nullable: true })
  fileName: string | null;

  @Field(() => String, { nullable: true, description: 'Public blob URL of the document.' })
  url: string | null;

  @Field(() => String, { nullable: true, description: '"Legislation" for the ordinance text; other types are supporting documents.' })
  type: string | null;
}

@ObjectType({ description: 'A matter (ordinance, resolution, order, appointment, …) of the Chicago City Council.' })
export class Matter {
  /** Internal row id and record, used by field resolvers; not exposed. */
  rowId: string;
  record: import('@app/legislation').MatterRecord;
  rawDocumentId: string | null;

  @Field(() => ID, { description: 'eLMS matterId (GUID).' })
  matterId: string;

  @Field(() => String, { description: 'Record number, e.g. O2023-0004222.' })
  recordNumber: string;

  @Field(() => String, { nullable: true })
  legacyRecordNumber: string | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Ordinance, Resolution, Order, Appointment, …' })
  type: string | null;

  @Field(() => String, { nullable: true, description: 'Verbatim eLMS status, e.g. "5-Council Consideration".' })
  status: string | null;

  @Field(() => String, { nullable: true })
  subStatus: string | null;

  @Field(() => String, { nullable: true })
  matterCategory: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  introductionDate: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finalActionDate: Date | null;

  @Field(() => String, { nullable: true })
  filingSponsor: string | null;

  @Field(() => String, { nullable: true, description: 'Committee the matter was referred to at introduction.' })
  committeeReferral: string | null;

  @Field(() => String, { nullable: true })
  controllingBody: string | null;

  @Field(() => String, { nullable: true, description: 'For a substitute, the record number it replaces.' })
  originalRecordNumber: string | null;

  @Field(() => String, { nullable: true })
  supersededBy: string | null;

  @Field(() => [String], { description: 'Related record numbers as eLMS lists them.' })
  relations: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When eLMS last republished the record.' })
  lastPublicationDate: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When this copy was fetched.' })
  fetchedAt: Date;

  @Field(() => [Sponsor])
  sponsors?: Sponsor[];

  @Field(() => [MatterAction], { description: 'Every action, in eLMS order, with its votes.' })
  actions?: MatterAction[];

  @Field(() => [Attachment])
  attachments?: Attachment[];

  @Field(() => Boolean)
  tracked?: boolean;

  @Field(() => [String])
  relatedMatters?: string[];

  @Field(() => GraphQLJSON, { nullable: true, description: 'The eLMS document exactly as last fetched (every field the API exposes).' })
  source?: unknown;
}
