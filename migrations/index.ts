import { InitialSchema1764050000000 } from './1764050000000-InitialSchema';
import { TrackingAndApiKeys1764060000000 } from './1764060000000-TrackingAndApiKeys';
import { SeedWelcomingCityTracking1764060000001 } from './1764060000001-SeedWelcomingCityTracking';
import { MatterStage1764070000000 } from './1764070000000-MatterStage';
import { MatterRelationsIndex1764070000001 } from './1764070000001-MatterRelationsIndex';
import { OutboxAndWebhooks1764080000000 } from './1764080000000-OutboxAndWebhooks';
import { CodeBaselineAndAmendments1764090000000 } from './1764090000000-CodeBaselineAndAmendments';
import { JobFencing1764100300000 } from './1764100300000-JobFencing';
import { Quarantine1764110000000 } from './1764110000000-Quarantine';
import { EmailAlerts1764201000000 } from './1764201000000-EmailAlerts';
import { WebhookBodyFormat1764201000001 } from './1764201000001-WebhookBodyFormat';
import { FullTextSearch1764202000000 } from './1764202000000-FullTextSearch';
import { FullTextSearchBackfill1764202000001 } from './1764202000001-FullTextSearchBackfill';
import { CouncilVoteIndexes1764203000000 } from './1764203000000-CouncilVoteIndexes';
import { TakeAction1764200000000 } from './1764200000000-TakeAction';
import { DataVersion1764204000000 } from './1764204000000-DataVersion';
import { MatterListingIndex1764204000001 } from './1764204000001-MatterListingIndex';
import { MatterScaleIndexes1764206500000 } from './1764206500000-MatterScaleIndexes';
import { MatterTrackedFlag1764206500001 } from './1764206500001-MatterTrackedFlag';
import { SponsorNameIndex1764206500002 } from './1764206500002-SponsorNameIndex';
import { RelationsIndexDirectWrites1764207000000 } from './1764207000000-RelationsIndexDirectWrites';
import { Rule41FilesIndex1764207000001 } from './1764207000001-Rule41FilesIndex';
import { StoredStageFreshness1764208000000 } from './1764208000000-StoredStageFreshness';

/** Every migration, in order. Passed explicitly so jest (TypeScript) and dist (JavaScript) load the same list. */
export const MIGRATIONS = [
  InitialSchema1764050000000,
  TrackingAndApiKeys1764060000000,
  SeedWelcomingCityTracking1764060000001,
  MatterStage1764070000000,
  MatterRelationsIndex1764070000001,
  OutboxAndWebhooks1764080000000,
  CodeBaselineAndAmendments1764090000000,
  JobFencing1764100300000,
  Quarantine1764110000000,
  TakeAction1764200000000,
  EmailAlerts1764201000000,
  WebhookBodyFormat1764201000001,
  FullTextSearch1764202000000,
  FullTextSearchBackfill1764202000001,
  CouncilVoteIndexes1764203000000,
  DataVersion1764204000000,
  MatterListingIndex1764204000001,
  MatterScaleIndexes1764206500000,
  MatterTrackedFlag1764206500001,
  SponsorNameIndex1764206500002,
  RelationsIndexDirectWrites1764207000000,
  Rule41FilesIndex1764207000001,
  StoredStageFreshness1764208000000,
];
