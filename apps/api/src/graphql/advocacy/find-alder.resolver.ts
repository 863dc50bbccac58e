import { AddressLookup, AddressLookupStatus, FindAlderService } from '@app/advocacy';
import { Args, Context, Float, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { toAlderModel } from '../people/alder.mapper';
import { AddressAlder, WardLocation } from './find-alder.model';

function messageOf(l: AddressLookup): string {
  switch (l.status) {
    case AddressLookupStatus.FOUND:
      return `${l.match!.matchedAddress} is in Ward ${l.result!.ward}.`;
    case AddressLookupStatus.NO_MATCH:
      return `No address matching "${l.searchedFor}" was found.`;
    case AddressLookupStatus.OUTSIDE_CHICAGO:
      return `${l.match!.matchedAddress} is outside the City of Chicago.`;
    case AddressLookupStatus.AMBIGUOUS:
      return `"${l.searchedFor}" matches places in different wards; add the ZIP code or choose among the candidates.`;
  }
}

@Resolver()
export class FindAlderResolver {
  constructor(private readonly findAlder: FindAlderService) {}

  @Query(() => WardLocation, {
    description: 'The ward (2023 map) and alder at a point; ward null outside Chicago. BAD_USER_INPUT for non-degrees.',
  })
  async wardAt(
    @Args('latitude', { type: () => Float }) latitude: number,
    @Args('longitude', { type: () => Float }) longitude: number,
  ): Promise<WardLocation> {
    const r = await this.findAlder.alderAt(latitude, longitude);
    return { latitude, longitude, ward: r?.ward ?? null, alder: r?.alder ? toAlderModel(r.alder) : null };
  }

  @Query(() => AddressAlder, {
    description:
      'The ward and alder of a street address, through the geocoder (GEOCODER_URL). Limited per client (ADDRESS_LOOKUP_LIMIT): TOO_MANY_REQUESTS with retryAfterSeconds; SERVICE_UNAVAILABLE when the geocoder cannot answer.',
  })
  async alderForAddress(@Args('address', { type: () => String }) address: string, @Context('req') req: Request): Promise<AddressAlder> {
    const l = await this.findAlder.lookUpAddress(address, req.ip ?? 'unknown');
    return {
      status: l.status,
      searchedFor: l.searchedFor,
      message: messageOf(l),
      match: l.match,
      ward: l.result?.ward ?? null,
      alder: l.result?.alder ? toAlderModel(l.result.alder) : null,
      candidates: l.candidates,
    };
  }
}
