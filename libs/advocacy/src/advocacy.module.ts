import { AppConfig } from '@app/core';
import { LegislationModule } from '@app/legislation';
import { Module } from '@nestjs/common';
import { AddressLookupLimiter } from './geocoder/address-lookup-limiter';
import { CensusGeocoder } from './geocoder/census-geocoder';
import { GEOCODER } from './geocoder/geocoder';
import { TakeActionRepository } from './repositories/take-action.repository';
import { ADDRESS_LOOKUP_LIMITER, FindAlderService, WARD_MAP } from './services/find-alder.service';
import { TakeActionDataService } from './services/take-action-data.service';
import { TakeActionService } from './services/take-action.service';
import { MatterTakeActionService } from './services/matter-take-action.service';
import { WardMap } from './wards/ward-map';

/** The ward map is parsed on first use (about 1.8 MB), not at start: most processes never need it. */
function lazyWardMap(): () => WardMap {
  let map: WardMap | null = null;
  return () => (map ??= WardMap.load());
}

/** Find your alder and take action; the repository stays private. */
@Module({
  imports: [LegislationModule],
  providers: [
    { provide: WARD_MAP, useFactory: lazyWardMap },
    {
      provide: GEOCODER,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new CensusGeocoder(config.geocoder),
    },
    {
      provide: ADDRESS_LOOKUP_LIMITER,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new AddressLookupLimiter(config.geocoder.lookupLimit, config.geocoder.windowMs),
    },
    TakeActionRepository,
    FindAlderService,
    TakeActionService,
    MatterTakeActionService,
    TakeActionDataService,
  ],
  exports: [FindAlderService, TakeActionService, MatterTakeActionService, TakeActionDataService],
})
export class AdvocacyModule {}
