import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Contact details as eLMS publishes them.' })
export class Contact {
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) fax: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true, description: 'Street address, city, state and ZIP on one line.' }) address: string | null;
}

@ObjectType({ description: 'A seat on a body (City Council, a committee) with its dates; former seats are kept.' })
export class Membership {
  @Field(() => String) bodyId: string;
  @Field(() => String) bodyName: string;
  @Field(() => String, { nullable: true }) bodyType: string | null;
  @Field(() => String, { nullable: true, description: 'Member, Chairman, Vice Chair, …, verbatim.' }) memberType: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) startDate: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) endDate: Date | null;
  @Field(() => Boolean, { nullable: true }) isActive: boolean | null;
}

@ObjectType({ description: 'How an alder voted on one action of a matter.' })
export class AlderVote {
  @Field(() => String) recordNumber: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) actionName: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) date: Date | null;
  @Field(() => String, { nullable: true, description: 'Verbatim eLMS vote.' }) vote: string | null;
}

@ObjectType({ description: 'A member of the City Council, by ward.' })
export class Alder {
  @Field(() => ID, { description: 'eLMS personId.' }) personId: string;
  @Field(() => String) name: string;
  @Field(() => Int) ward: number;
  @Field(() => Boolean, { nullable: true, description: 'False for former alders.' }) isActive: boolean | null;
  @Field(() => String, { nullable: true }) photoUrl: string | null;
  @Field(() => Contact, { description: 'Ward office.' }) wardOffice: Contact;
  @Field(() => Contact, { description: 'City Hall office.' }) cityHallOffice: Contact;
  @Field(() => [Membership]) memberships?: Membership[];
  @Field(() => [AlderVote], { description: 'Recorded votes, newest first.' }) votes?: AlderVote[];
}

@ObjectType()
export class Committee {
  @Field(() => ID) bodyId: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) bodyType: string | null;
  @Field(() => Boolean, { nullable: true }) isActive: boolean | null;
  @Field(() => [CommitteeMember]) members?: CommitteeMember[];
}

@ObjectType()
export class CommitteeMember {
  @Field(() => String, { nullable: true }) personId: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) ward: string | null;
  @Field(() => String, { nullable: true }) memberType: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) startDate: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) endDate: Date | null;
  @Field(() => Boolean, { nullable: true }) isActive: boolean | null;
}
