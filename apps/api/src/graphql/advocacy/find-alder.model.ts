import { AddressLookupStatus } from '@app/advocacy';
import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Alder } from '../people/alder.model';

registerEnumType(AddressLookupStatus, {
  name: 'AddressLookupStatus',
  description:
    'FOUND: one place (or several in one ward); NO_MATCH: the geocoder found nothing; OUTSIDE_CHICAGO: found, but in no Chicago ward; AMBIGUOUS: places in different wards, listed in candidates.',
});

@ObjectType({ description: 'The Chicago ward (2023 ward map, in force since May 2023) at a point.' })
export class WardLocation {
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
  @Field(() => Int, { nullable: true, description: 'Null outside the City of Chicago.' }) ward: number | null;
  @Field(() => Alder, { nullable: true, description: 'The alder of that ward; null outside Chicago or when eLMS lists nobody.' })
  alder: Alder | null;
}

@ObjectType({ description: 'One place the geocoder matched.' })
export class AddressCandidate {
  @Field(() => String, { description: 'As the geocoder understood it ("121 N LA SALLE ST, CHICAGO, IL, 60602").' }) matchedAddress: string;
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
  @Field(() => Int, { nullable: true, description: 'Null outside Chicago.' }) ward: number | null;
}

@ObjectType({ description: 'An address, its ward and its alder.' })
export class AddressAlder {
  @Field(() => AddressLookupStatus) status: AddressLookupStatus;
  @Field(() => String, { description: 'What was sent to the geocoder (", Chicago, IL" added when the address named no city or ZIP).' })
  searchedFor: string;
  @Field(() => String, { description: 'What the answer means, in plain English.' }) message: string;
  @Field(() => AddressCandidate, { nullable: true, description: 'FOUND and OUTSIDE_CHICAGO: the place.' }) match: AddressCandidate | null;
  @Field(() => Int, { nullable: true }) ward: number | null;
  @Field(() => Alder, { nullable: true }) alder: Alder | null;
  @Field(() => [AddressCandidate], { description: 'Every match (for AMBIGUOUS, the places to choose from).' })
  candidates: AddressCandidate[];
}
