import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../common/page-info.model';
import { Matter } from './matter.model';

@ObjectType()
export class MatterEdge {
  @Field(() => Matter) node: Matter;
  @Field(() => String) cursor: string;
}

@ObjectType()
export class MatterConnection {
  @Field(() => [MatterEdge]) edges: MatterEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
